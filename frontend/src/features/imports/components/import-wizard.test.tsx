import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, requests, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api';
import { ImportWizard } from './import-wizard';

type ImportProblem = components['schemas']['ImportProblem'];
type ImportReport = components['schemas']['ImportReport'];
const IMPORT = '/api/v1/imports/membership-figures';

const csv = () => new File(['\uFEFForganizationCode,fiscalYear\r\n'], 'figures.csv', { type: 'text/csv' });

const invalid: ImportProblem = {
  type: 'https://kyodo.example.jp/problems/import-rows-invalid',
  title: 'The file has invalid rows',
  status: 422,
  detail: '1 problems in 1 of 1 rows; nothing was changed',
  instance: IMPORT,
  dataset: 'membership-figures',
  dryRun: true,
  mode: 'ALL_OR_NOTHING',
  valid: false,
  applied: false,
  written: 0,
  refused: 1,
  counts: { created: 0, updated: 0, unchanged: 0, invalid: 1 },
  errorCount: 1,
  errors: [{ row: 2, column: 'memberHouseholds', message: 'must not exceed households (420)', code: 'NotAboveHouseholds' }],
  rows: [{ row: 2, key: 'HGS-03-A05/2025', action: 'INVALID' }],
};

const valid = (dryRun: boolean): ImportReport => ({
  dataset: 'membership-figures',
  dryRun,
  mode: 'ALL_OR_NOTHING',
  valid: true,
  applied: !dryRun,
  written: dryRun ? 0 : 1,
  refused: 0,
  counts: { created: 0, updated: 1, unchanged: 1, invalid: 0 },
  errorCount: 0,
  errors: [],
  rows: [
    { row: 2, key: 'HGS-03-A04/2025', action: 'UNCHANGED' },
    { row: 3, key: 'HGS-03-A05/2025', action: 'UPDATE', changed: ['memberHouseholds', 'source'] },
  ],
});

async function chooseAndCheck() {
  await userEvent.click(screen.getByRole('radio', { name: '加入世帯数' }));
  await userEvent.upload(screen.getByLabelText('取り込むファイル（加入世帯数）'), csv());
  await userEvent.click(screen.getByRole('button', { name: '変更内容を確認' }));
}

describe('ImportWizard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the errors of a refused file by row and column, and offers no import', async () => {
    server.use(http.post(IMPORT, ({ response }) => response(422).json(invalid)));
    renderWithProviders(<ImportWizard />);
    await chooseAndCheck();
    const table = await screen.findByRole('table', { name: 'エラー一覧（1 件）' });
    const row = within(table).getByRole('rowheader', { name: '2' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('加入世帯数')).toBeInTheDocument();
    expect(within(row).getByText('memberHouseholds')).toBeInTheDocument();
    expect(within(row).getByText('加入世帯数が世帯数を超えています。')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('ファイルに 1 件のエラーがあります（1 行）');
    expect(screen.queryByRole('button', { name: 'この内容で取り込む' })).not.toBeInTheDocument();
    // The file goes with its own type (not JSON), and is only checked. (jsdom's File is not a body
    // Node's fetch can read, so the bytes themselves are left to the browser tests.)
    const request = requestsTo('POST', IMPORT)[0]!;
    expect(new URL(request.url).searchParams.get('dryRun')).toBe('true');
    expect(request.headers.get('Content-Type')).toBe('text/csv');
  });

  it('shows what a valid file changes, then imports the same file for real', async () => {
    server.use(
      http.post(IMPORT, ({ query, response }) => response(200).json(valid(query.get('dryRun') === 'true'))),
    );
    renderWithProviders(<ImportWizard />);
    await chooseAndCheck();
    const changes = await screen.findByRole('table', { name: '変更される行（1 件）' });
    const row = within(changes).getByRole('rowheader', { name: 'HGS-03-A05/2025' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('更新')).toBeInTheDocument();
    expect(within(row).getByText('加入世帯数、出典')).toBeInTheDocument();
    expect(screen.getByTestId('count-updated')).toHaveTextContent('1');
    expect(screen.getByRole('heading', { name: '4. 確認結果と取り込み' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'この内容で取り込む' }));
    expect(await screen.findByRole('heading', { name: '取り込みが完了しました' })).toHaveFocus();
    expect(screen.getByText('新規 0 件、更新 1 件、変更なし 1 件。')).toBeInTheDocument();
    expect(requestsTo('POST', IMPORT).map((c) => new URL(c.url).searchParams.get('dryRun'))).toEqual(['true', 'false']);
  });

  it('with 正しい行だけ取り込む imports the good rows and lists the refused ones', async () => {
    const partial = (dryRun: boolean): ImportReport => ({
      dataset: 'membership-figures',
      dryRun,
      mode: 'PARTIAL',
      valid: false,
      applied: !dryRun,
      written: dryRun ? 0 : 1,
      refused: 1,
      counts: { created: 0, updated: 1, unchanged: 0, invalid: 1 },
      errorCount: 1,
      errors: [{ row: 3, column: 'version', message: 'changed since it was exported: stored version 4, the file has 3', code: 'Stale' }],
      rows: [
        { row: 2, key: 'HGS-03-A04/2025', action: 'UPDATE', changed: ['memberHouseholds'] },
        { row: 3, key: 'HGS-03-A05/2025', action: 'INVALID' },
      ],
    });
    server.use(http.post(IMPORT, ({ query, response }) => response(200).json(partial(query.get('dryRun') === 'true'))));
    renderWithProviders(<ImportWizard />);
    await userEvent.click(screen.getByRole('radio', { name: '正しい行だけ取り込む' }));
    await chooseAndCheck();
    const errors = await screen.findByRole('table', { name: 'エラー一覧（1 件）' });
    expect(within(errors).getByText(/出力した後に、この行のデータが変更されています/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('エラーのある 1 行は取り込みません。');
    expect(screen.getByRole('table', { name: '変更される行（1 件）' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'この内容で取り込む' }));
    expect(await screen.findByRole('heading', { name: '取り込みが完了しました' })).toHaveFocus();
    expect(screen.getByText('次の 1 行は取り込んでいません。')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'エラー一覧（1 件）' })).toBeInTheDocument();
    expect(requestsTo('POST', IMPORT).map((c) => new URL(c.url).searchParams.get('mode'))).toEqual(['PARTIAL', 'PARTIAL']);
  });

  it('offers the grant cases’ applications and results, with what they hold, and reports their rows like any file', async () => {
    const GRANTS = '/api/v1/imports/grant-cases';
    const refused: ImportProblem = {
      ...invalid,
      instance: GRANTS,
      dataset: 'grant-cases',
      errors: [{ row: 2, column: 'units', message: 'the program\'s rule prices no unit BULB (it prices LED, NEW, REPLACE)', code: 'KnownUnit' }],
      rows: [{ row: 2, key: '14/HGS-01-001', action: 'INVALID' }],
    };
    const applied = (dryRun: boolean): ImportReport => ({
      ...valid(dryRun),
      dataset: 'grant-cases',
      counts: { created: 0, updated: 1, unchanged: 0, invalid: 0 },
      rows: [{ row: 2, key: '14/HGS-01-001', action: 'UPDATE', changed: ['appliedOn'] }],
    });
    let fixed = false;
    server.use(
      http.post(GRANTS, ({ query, response }) =>
        fixed ? response(200).json(applied(query.get('dryRun') === 'true')) : response(422).json(refused),
      ),
    );
    renderWithProviders(<ImportWizard />);
    const choice = screen.getByRole('radio', { name: '申請・実績報告（補助金・委託）' });
    expect(choice).toHaveAccessibleDescription(/紙で受け付けた事業計画・申請・実績報告を交付案件に記録します/);
    expect(screen.getByRole('radio', { name: '支援策一覧' })).toHaveAccessibleDescription(/年度ごとの事業一覧表/);
    // every data set says in a line what it holds
    for (const radio of screen.getAllByRole('radio', { name: /./ }).filter((r) => r.getAttribute('name') === 'dataset')) {
      expect(radio).toHaveAccessibleDescription(/。$/);
    }
    await userEvent.click(choice);
    expect(screen.getByRole('group', { name: '申請・実績報告（補助金・委託）のひな形' })).toBeInTheDocument();

    const file = () => new File(['\uFEFFprogramId,organizationCode,appliedOn,units\r\n'], 'applications.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('取り込むファイル（申請・実績報告（補助金・委託））'), file());
    await userEvent.click(screen.getByRole('button', { name: '変更内容を確認' }));
    const errors = await screen.findByRole('table', { name: 'エラー一覧（1 件）' });
    const errorRow = within(errors).getByRole('rowheader', { name: '2' }).closest('tr') as HTMLElement;
    expect(within(errorRow).getByText('数量')).toBeInTheDocument();
    expect(within(errorRow).getByText('この支援策の算定方法にない項目の数量です。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'この内容で取り込む' })).not.toBeInTheDocument();

    fixed = true;
    await userEvent.upload(screen.getByLabelText('取り込むファイル（申請・実績報告（補助金・委託））'), file());
    await userEvent.click(screen.getByRole('button', { name: '変更内容を確認' }));
    const changes = await screen.findByRole('table', { name: '変更される行（1 件）' });
    expect(within(changes).getByText('申請受付日')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'この内容で取り込む' }));
    expect(await screen.findByRole('heading', { name: '取り込みが完了しました' })).toHaveFocus();
    expect(requestsTo('POST', GRANTS).map((c) => new URL(c.url).searchParams.get('dryRun'))).toEqual(['true', 'true', 'false']);
  });

  it('starts at the data set a page linked to: the support catalogue, its template and its import', async () => {
    const PROGRAMS = '/api/v1/imports/support-programs';
    server.use(
      http.get('/api/v1/imports/support-programs/template', ({ response }) =>
        response(200).text('\uFEFFfiscalYear,sectionCode,name\r\n', { headers: { 'Content-Type': 'text/csv' } }),
      ),
      http.post(PROGRAMS, ({ query, response }) =>
        response(200).json({
          ...valid(query.get('dryRun') === 'true'),
          dataset: 'support-programs',
          counts: { created: 1, updated: 1, unchanged: 0, invalid: 0 },
          rows: [
            { row: 2, key: '2026/CHIIKI/補助金等説明会', action: 'UPDATE', changed: ['categories', 'description'] },
            { row: 3, key: '2026/CHIIKI/地域デビュー講座', action: 'CREATE' },
          ],
        }),
      ),
    );
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<ImportWizard initialDataset="support-programs" />);
    expect(screen.getByRole('radio', { name: '支援策一覧' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: /^支援策一覧のひな形: ?CSV$/ }));
    await expect.poll(() => requestsTo('GET', '/api/v1/imports/support-programs/template')).toHaveLength(1);

    await userEvent.upload(
      screen.getByLabelText('取り込むファイル（支援策一覧）'),
      new File(['\uFEFFfiscalYear,sectionCode,name\r\n'], 'catalogue.csv', { type: 'text/csv' }),
    );
    await userEvent.click(screen.getByRole('button', { name: '変更内容を確認' }));
    const changes = await screen.findByRole('table', { name: '変更される行（2 件）' });
    const updated = within(changes).getByRole('rowheader', { name: '2026/CHIIKI/補助金等説明会' }).closest('tr') as HTMLElement;
    expect(within(updated).getByText('区分、事業概要')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'この内容で取り込む' }));
    expect(await screen.findByText('新規 1 件、更新 1 件、変更なし 0 件。')).toBeInTheDocument();
    expect(requestsTo('POST', PROGRAMS)).toHaveLength(2);
  });

  it('asks for a file of a type it can read before sending anything', async () => {
    renderWithProviders(<ImportWizard />);
    await userEvent.upload(
      screen.getByLabelText('取り込むファイル（校区）'),
      new File(['x'], 'notes.txt', { type: 'text/plain' }),
      { applyAccept: false },
    );
    await userEvent.click(screen.getByRole('button', { name: '変更内容を確認' }));
    expect(screen.getByLabelText('取り込むファイル（校区）')).toHaveAccessibleDescription(/CSV または xlsx ファイルを選んでください。/);
    expect(requests()).toHaveLength(0);
  });
});
