import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fieldProblem, me } from '@/testing/fixtures';
import { buildingContact, newBuilding } from '@/testing/join-promotion-fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { isoDate } from '@/utils/fiscal-year';
import { ContactForm, ContactTimeline } from './contact-timeline';

function serveMe() {
  server.use(http.get('/api/v1/me', ({ response }) => response(200).json(me({ role: 'LIAISON', displayName: '古賀 健一', districtIds: [1] }))));
}

describe('ContactTimeline', () => {
  it('shows the contacts oldest first, each with its day, way, partner, who and what, never a code', () => {
    serveMe();
    const building = newBuilding({
      contacts: [
        buildingContact({ id: 2, contactedOn: '2026-11-20', channel: 'MEETING', contactWith: '△△管理株式会社', madeBy: '自治会長', summary: '一括加入で合意' }),
        buildingContact({ id: 1, contactedOn: '2026-10-02', channel: 'LETTER', contactWith: '○○建設株式会社', madeBy: '地域協働課', summary: '協力依頼文書を送付' }),
      ],
    });
    renderWithProviders(<ContactTimeline building={building} />);
    const timeline = screen.getByRole('list', { name: '協議の記録（古い順）' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('令和8年10月2日文書');
    expect(items[0]).toHaveTextContent('相手○○建設株式会社');
    expect(items[0]).toHaveTextContent('対応者地域協働課');
    expect(items[0]).toHaveTextContent('内容協力依頼文書を送付');
    expect(within(items[1]!).getByRole('heading', { level: 3 })).toHaveTextContent('令和8年11月20日打合せ');
    expect(document.body).not.toHaveTextContent(/LETTER|MEETING|VISIT/);
    // each 削除 says which contact it deletes
    expect(within(items[1]!).getByRole('button', { name: '削除（令和8年11月20日の協議）' })).toBeInTheDocument();
  });

  it('says when nobody has contacted the developer yet, and offers nothing to a reader who may not record', () => {
    serveMe();
    renderWithProviders(<ContactTimeline building={newBuilding({ contacts: [], contactCount: 0, permissions: { canEdit: false } })} />);
    expect(screen.getByText('事業者への働きかけはまだ記録されていません。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '協議を記録' })).not.toBeInTheDocument();
  });

  it('adds a contact with an Idempotency-Key, the partner and the user filled in, then says so and gives the keyboard back', async () => {
    serveMe();
    server.use(
      http.post('/api/v1/new-buildings/{id}/contacts', async ({ request, response }) =>
        response(201).json(buildingContact({ id: 91, ...(await request.json()) })),
      ),
    );
    renderWithProviders(<ContactTimeline building={newBuilding()} />);
    await userEvent.click(screen.getByRole('button', { name: '協議を記録' }));
    const form = screen.getByRole('form', { name: '協議の記録を追加' });
    // the panel's heading takes the keyboard when it opens
    expect(within(form).getByRole('heading', { name: '協議の記録を追加' })).toHaveFocus();
    expect(within(form).getByLabelText(/協議日/)).toHaveValue(isoDate());
    expect(within(form).getByRole('textbox', { name: /相手/ })).toHaveValue('○○建設株式会社');
    await expect.poll(() => (within(form).getByRole('textbox', { name: /対応者/ }) as HTMLInputElement).value).toBe('古賀 健一');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /方法/ }), '電話');
    await userEvent.type(within(form).getByRole('textbox', { name: /内容/ }), '入居案内にチラシを同封してもらう');
    await userEvent.click(within(form).getByRole('button', { name: '協議を保存' }));

    expect(await screen.findByText('協議を記録しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/new-buildings/15/contacts');
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post?.json()).toEqual({
      contactedOn: isoDate(),
      channel: 'PHONE',
      contactWith: '○○建設株式会社',
      madeBy: '古賀 健一',
      summary: '入居案内にチラシを同封してもらう',
    });
    expect(screen.queryByRole('form', { name: '協議の記録を追加' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '協議を記録' })).toHaveFocus();
  });

  it('deletes a contact with its own version as If-Match', async () => {
    serveMe();
    server.use(http.delete('/api/v1/new-buildings/{id}/contacts/{contactId}', ({ response }) => response(204).empty()));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(<ContactTimeline building={newBuilding({ contacts: [buildingContact({ id: 90, version: 2 })] })} />);
    await userEvent.click(screen.getByRole('button', { name: '削除（令和8年10月2日の協議）' }));
    expect(await screen.findByText('協議の記録を削除しました。')).toBeInTheDocument();
    const [del] = requestsTo('DELETE', '/api/v1/new-buildings/15/contacts/90');
    expect(del?.headers.get('If-Match')).toBe('"2"');
    vi.restoreAllMocks();
  });
});

describe('ContactForm', () => {
  it('checks the fields before sending: required ones, and no day in the future', async () => {
    serveMe();
    const onSaved = vi.fn();
    renderWithProviders(<ContactForm building={newBuilding()} onSaved={onSaved} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '協議の記録を追加' });
    const day = within(form).getByLabelText(/協議日/);
    await userEvent.clear(day);
    await userEvent.type(day, '2999-01-01');
    await userEvent.clear(within(form).getByRole('textbox', { name: /相手/ }));
    await userEvent.click(within(form).getByRole('button', { name: '協議を保存' }));
    expect(await within(form).findByText('未来の日付は入力できません。')).toBeInTheDocument();
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(day).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: /方法/ })).toHaveAccessibleDescription('入力してください。');
    expect(within(form).getByRole('textbox', { name: /相手/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('textbox', { name: /内容/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo('POST', '/api/v1/new-buildings/15/contacts')).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('puts the server’s field errors next to their fields', async () => {
    serveMe();
    server.use(
      http.post('/api/v1/new-buildings/{id}/contacts', ({ response }) =>
        response(400).json(
          problemBody(400, {
            title: '入力内容に誤りがあります',
            errors: [fieldProblem({ field: 'addNewBuildingContact.body.contactWith', message: '200文字以内で入力してください', code: 'Size' })],
          }),
        ),
      ),
    );
    renderWithProviders(<ContactForm building={newBuilding()} onSaved={() => {}} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '協議の記録を追加' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /方法/ }), '訪問');
    const who = within(form).getByRole('textbox', { name: /対応者/ });
    await userEvent.clear(who);
    await userEvent.type(who, '古賀');
    await userEvent.type(within(form).getByRole('textbox', { name: /内容/ }), '協力依頼');
    await userEvent.click(within(form).getByRole('button', { name: '協議を保存' }));
    const partner = within(form).getByRole('textbox', { name: /相手/ });
    await expect.poll(() => partner.getAttribute('aria-invalid')).toBe('true');
    expect(partner).toHaveAccessibleDescription('200文字以内で入力してください');
    expect(partner).toHaveFocus();
  });
});
