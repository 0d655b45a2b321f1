import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pageOf, stamps } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { supportFile } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { GrantCase } from '../api/grants';
import { GrantCaseFiles, stepOfCase } from './grant-case-files';

const grantCase = (o: Partial<GrantCase> = {}): GrantCase => ({
  id: 301,
  programId: 7,
  programName: '防犯灯設置費補助',
  programKind: 'SUBSIDY',
  fiscalYear: 2026,
  organizationId: 40,
  organizationName: '香椎一丁目自治会',
  status: 'APPLIED',
  units: {},
  computedSteps: [],
  computedMissing: [],
  paidYen: 0,
  payments: [],
  reportedUnits: {},
  permissions: { canPrepare: true, canDecide: false, canInspect: false },
  version: 3,
  ...stamps,
  ...o,
});

describe('GrantCaseFiles', () => {
  it('lists the documents with their step in words and a download link each', async () => {
    server.use(
      http.get('/api/v1/grant-cases/{id}/files', ({ response }) =>
        response(200).json(pageOf([supportFile(), supportFile({ id: 32, step: 'INSPECTION', filename: '実地検査記録.xlsx', sizeBytes: 2_400_000 })])),
      ),
    );
    renderWithProviders(<GrantCaseFiles grantCase={grantCase({ permissions: { canPrepare: false, canDecide: false, canInspect: false } })} />);
    const table = await screen.findByRole('table', { name: '書類' });
    const row = within(table).getByRole('row', { name: /交付申請書\.pdf/ });
    expect(row).toHaveTextContent('交付申請');
    expect(row).toHaveTextContent('184 KB');
    expect(within(row).getByRole('link', { name: '交付申請書.pdf（ダウンロード）' })).toHaveAttribute('href', '/api/v1/grant-cases/301/files/31/content');
    expect(within(table).getByRole('row', { name: /実地検査記録/ })).toHaveTextContent('実地検査');
    expect(within(table).getByRole('row', { name: /実地検査記録/ })).toHaveTextContent('2.4 MB');
    expect(table).not.toHaveTextContent(/APPLICATION|INSPECTION/);
    // who may neither prepare, inspect nor decide only reads
    expect(screen.queryByRole('form', { name: '書類を追加' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /削除/ })).not.toBeInTheDocument();
  });

  it('keeps a file with the step the case is at by default, sent with its own type', async () => {
    server.use(
      http.get('/api/v1/grant-cases/{id}/files', ({ response }) => response(200).json(pageOf([]))),
      http.post('/api/v1/grant-cases/{id}/files', ({ response }) => response(201).json(supportFile())),
    );
    renderWithProviders(<GrantCaseFiles grantCase={grantCase()} />);
    expect(await screen.findByText('書類はまだありません。')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: '書類を追加' });
    expect(within(form).getByRole('combobox', { name: '手続き' })).toHaveValue('APPLICATION');
    const file = new File(['%PDF-1.4 申請書'], '交付申請書.pdf', { type: 'application/pdf' });
    await userEvent.upload(within(form).getByLabelText('ファイル'), file);
    await userEvent.click(within(form).getByRole('button', { name: '登録する' }));
    expect(await within(form).findByText('「交付申請書.pdf」を登録しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/grant-cases/301/files');
    const url = new URL(post!.url);
    expect(url.searchParams.get('step')).toBe('APPLICATION');
    expect(url.searchParams.get('filename')).toBe('交付申請書.pdf');
    // the file goes with its own type, not as JSON (jsdom's File is no body Node's fetch reads: the bytes are left to
    // the browser tests)
    expect(post!.headers.get('Content-Type')).toBe('application/pdf');
  });

  it('says in words why a file was refused, and removes one after asking', async () => {
    server.use(
      http.get('/api/v1/grant-cases/{id}/files', ({ response }) => response(200).json(pageOf([supportFile()]))),
      http.post('/api/v1/grant-cases/{id}/files', ({ response }) => response(415).json(problemBody(415, { title: 'Unsupported Media Type' }))),
      http.delete('/api/v1/grant-cases/{id}/files/{fileId}', ({ response }) => response(204).empty()),
    );
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(<GrantCaseFiles grantCase={grantCase({ status: 'REPORTED', permissions: { canPrepare: false, canDecide: false, canInspect: true } })} />);
    const form = screen.getByRole('form', { name: '書類を追加' });
    expect(within(form).getByRole('combobox', { name: '手続き' })).toHaveValue('REPORT');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: '手続き' }), '実地検査');
    await userEvent.upload(within(form).getByLabelText('ファイル'), new File(['png'], '写真.pdf', { type: 'application/pdf' }));
    await userEvent.click(within(form).getByRole('button', { name: '登録する' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('登録できない種類のファイルか、拡張子と中身が合っていません。');
    expect(new URL(requestsTo('POST', '/api/v1/grant-cases/301/files')[0]!.url).searchParams.get('step')).toBe('INSPECTION');

    const table = await screen.findByRole('table', { name: '書類' });
    await userEvent.click(within(table).getByRole('button', { name: '削除: 交付申請書.pdf' }));
    expect(window.confirm).toHaveBeenCalledWith('「交付申請書.pdf」を削除しますか？');
    await vi.waitFor(() => expect(requestsTo('DELETE', '/api/v1/grant-cases/301/files/31')).toHaveLength(1));
  });

  it('takes the step a case is at as its documents’ step', () => {
    expect(stepOfCase({ status: 'AWAITING_PLAN' })).toBe('PLAN');
    expect(stepOfCase({ status: 'PLAN_RECEIVED' })).toBe('PLAN');
    expect(stepOfCase({ status: 'DECIDED' })).toBe('DECISION');
    expect(stepOfCase({ status: 'SETTLED' })).toBe('SETTLEMENT');
  });
});
