import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { sortOfficers, type Officer } from '../api/get-officers';
import { OfficersPanel } from './officers-panel';
import { officer } from '@/testing/fixtures';

const listing = () =>
  http.get('/api/v1/organizations/{id}/officers', ({ params, response }) => {
    expect(params.id).toBe('9');
    return response(200).json({ items: officers, total: officers.length, page: 1, size: 200, nextCursor: null });
  });

const of9 = { organizationId: 9, organizationName: '東一丁目自治会' };
const newChair = officer({ ...of9, id: 2, role: 'CHAIR', personName: '新 会長', termStart: '2025-04-01', version: 2 });
const officers: Officer[] = [
  officer({ ...of9, id: 3, role: 'AUDITOR', personName: '監事 一', termStart: '2023-04-01', version: 0 }),
  officer({ ...of9, id: 1, role: 'OTHER', personName: '顧問 二', termStart: '2020-04-01', version: 0 }),
  newChair,
  officer({ ...of9, id: 4, role: 'CHAIR', personName: '前 会長', termStart: '2019-04-01', termEnd: '2025-03-31', version: 1 }),
  officer({ ...of9, id: 5, role: 'TREASURER', personName: '会計 三', termStart: '2021-04-01', version: 0 }),
];

describe('sortOfficers', () => {
  it('reads 会長, 副会長, 会計, 事務局長, 監事, その他, then by the start of the term', () => {
    expect(sortOfficers(officers).map((o) => o.id)).toEqual([4, 2, 5, 3, 1]);
  });
});

describe('OfficersPanel', () => {
  it('shows officers in office and, on request, former ones; no buttons for readers', async () => {
    server.use(listing());
    renderWithProviders(<OfficersPanel organizationId={9} canEdit={false} caption="役員" />);
    const table = await screen.findByRole('table', { name: '役員' });
    expect(within(table).queryByText('前 会長')).not.toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      '新 会長',
      '会計 三',
      '監事 一',
      '顧問 二',
    ]);
    await userEvent.click(screen.getByRole('checkbox', { name: '退任した役員も表示（1）' }));
    const former = within(table).getByText('前 会長').closest('tr') as HTMLElement;
    expect(within(former).getByText('退任')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('ends a term with the officer’s ETag, sending the rest of the officer unchanged', async () => {
    server.use(
      listing(),
      http.put('/api/v1/officers/{id}', async ({ request, response }) =>
        response(200).json({ ...newChair, ...(await request.json()), version: 3 }),
      ),
    );
    renderWithProviders(<OfficersPanel organizationId={9} canEdit caption="役員" />);
    await userEvent.click(await screen.findByRole('button', { name: '任期終了 新 会長（会長）' }));
    const form = screen.getByRole('form', { name: '任期を終了: 新 会長（会長）' });
    const date = within(form).getByLabelText(/任期の終了日/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-03-31');
    await userEvent.click(within(form).getByRole('button', { name: '任期を終了する' }));
    expect(await screen.findByText('任期を終了しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/officers/2');
    if (!put) throw new Error('no PUT');
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({
      role: 'CHAIR',
      personName: '新 会長',
      termStart: '2025-04-01',
      termEnd: '2026-03-31',
    });
  });

  it('adds an officer once per form (Idempotency-Key) and shows server errors by the field', async () => {
    server.use(
      listing(),
      http.post('/api/v1/organizations/{id}/officers', ({ response }) =>
        response(400).json(
          problemBody(400, { errors: [{ field: 'createOfficer.arg1.phone', message: 'digits only', code: 'Pattern' }] }),
        ),
      ),
    );
    const posts = () => requestsTo('POST', '/api/v1/organizations/9/officers');
    renderWithProviders(<OfficersPanel organizationId={9} canEdit caption="役員" />);
    await userEvent.click(await screen.findByRole('button', { name: '役員を追加' }));
    const form = screen.getByRole('form', { name: '役員を追加' });
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    // Nothing is sent while required fields are empty.
    expect(posts()).toHaveLength(0);
    expect(within(form).getByRole('textbox', { name: /氏名/ })).toHaveFocus();

    await userEvent.type(within(form).getByRole('textbox', { name: /氏名/ }), '山田 花子');
    await userEvent.type(within(form).getByRole('textbox', { name: /電話番号/ }), 'abc');
    await userEvent.type(within(form).getByLabelText(/任期の開始日/), '2025-04-01');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    const phone = within(form).getByRole('textbox', { name: /電話番号/ });
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(phone).toHaveAccessibleDescription('digits only');

    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await expect.poll(() => posts().length).toBe(2);
    const keys = posts().map((c) => c.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('deletes only after asking, with If-Match', async () => {
    server.use(
      listing(),
      http.delete('/api/v1/officers/{id}', ({ response }) => response(204).empty()),
    );
    const deletes = () => requestsTo('DELETE', '/api/v1/officers/5');
    renderWithProviders(<OfficersPanel organizationId={9} canEdit caption="役員" />);
    await userEvent.click(await screen.findByRole('button', { name: '削除 会計 三（会計）' }));
    expect(deletes()).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('役員を削除しました。')).toBeInTheDocument();
    expect(deletes()[0]!.headers.get('If-Match')).toBe('"0"');
  });

  it('ends a term: on 412 reads the officers again, and says when the officer is gone', async () => {
    let listed = officers;
    server.use(
      http.get('/api/v1/organizations/{id}/officers', ({ response }) =>
        response(200).json({ items: listed, total: listed.length, page: 1, size: 200, nextCursor: null }),
      ),
      http.put('/api/v1/officers/{id}', ({ response }) => {
        listed = officers.filter((o) => o.id !== 2);
        return response(412).json(problemBody(412));
      }),
    );
    renderWithProviders(<OfficersPanel organizationId={9} canEdit caption="役員" />);
    await userEvent.click(await screen.findByRole('button', { name: '任期終了 新 会長（会長）' }));
    const form = screen.getByRole('form', { name: '任期を終了: 新 会長（会長）' });
    await userEvent.click(within(form).getByRole('button', { name: '任期を終了する' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('他の人によって変更されました');
    await userEvent.click(within(form).getByRole('button', { name: '最新の内容を読み込む' }));
    expect(await within(form).findByText('この役員はすでに削除されています。')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '任期を終了する' })).toBeDisabled();
  });
});
