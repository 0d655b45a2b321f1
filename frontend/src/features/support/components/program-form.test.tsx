import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fieldProblem, me, organizationKind, pageOf, section, stamps } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { SupportProgram } from '../api/support';
import { ProgramForm } from './program-form';

const lookups = (role: 'OFFICE' | 'DEPARTMENT' = 'OFFICE') => [
  http.get('/api/v1/me', ({ response }) =>
    response(200).json(me({ id: 1, username: 'office', displayName: '事務局', role, districtIds: [], sectionId: role === 'DEPARTMENT' ? 3 : undefined })),
  ),
  http.get('/api/v1/sections', ({ response }) =>
    response(200).json(
      pageOf([
        section({ id: 3, name: '地域コミュニティ課', departmentName: '市民局コミュニティ推進部' }),
        section({ id: 4, name: '防犯・交通安全課', departmentName: '市民局生活安全部', sortOrder: 2 }),
      ]),
    ),
  ),
  http.get('/api/v1/organization-kinds', ({ response }) =>
    response(200).json(
      pageOf([
        organizationKind({ code: 'DISTRICT_COUNCIL', labelJa: '校区自治協議会', labelEn: 'District council' }),
        organizationKind({ code: 'NEIGHBORHOOD_ASSOCIATION', labelJa: '自治会・町内会', labelEn: 'Neighborhood association' }),
      ]),
    ),
  ),
];

const saved: SupportProgram = {
  id: 7,
  fiscalYear: 2026,
  name: '校区コミュニティ組織運営費補助',
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  kind: 'SUBSIDY',
  audience: 'COMMUNITY',
  categories: ['FINANCIAL'],
  sortOrder: 0,
  eligibleKinds: ['DISTRICT_COUNCIL'],
  documents: [],
  canEdit: true,
  version: 1,
  ...stamps,
};

/** Fills what every program needs: a subsidy of 地域コミュニティ課 in 財政支援. */
async function fillProgram() {
  await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^種類/ }), '補助金');
  await userEvent.type(screen.getByRole('textbox', { name: /^事業名/ }), '校区コミュニティ組織運営費補助');
  const sectionSelect = screen.getByRole('combobox', { name: /^実施主体/ });
  await within(sectionSelect).findByRole('option', { name: '地域コミュニティ課' });
  await userEvent.selectOptions(sectionSelect, '地域コミュニティ課');
  await userEvent.click(screen.getByRole('checkbox', { name: '財政支援' }));
}

/** 組合せ: 均等割 200,000円 ＋ 加入世帯 300円, 千円未満切捨て, 上限 300,000円. */
async function fillCombinedRule() {
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^算定の種類/ }), '組合せ');
  const first = screen.getByRole('group', { name: '内訳 1' });
  expect(within(first).getByRole('combobox', { name: /内訳 1 の種類/ })).toHaveValue('FLAT');
  await userEvent.type(within(first).getByRole('textbox', { name: /^金額（円）/ }), '200000');
  const second = screen.getByRole('group', { name: '内訳 2' });
  expect(within(second).getByRole('combobox', { name: /^数える世帯/ })).toHaveValue('MEMBERS');
  await userEvent.type(within(second).getByRole('textbox', { name: /^1世帯あたり（円）/ }), '300');
  // the rounding and cap of the whole combination come after its parts
  const roundings = screen.getAllByRole('combobox', { name: '端数処理' });
  await userEvent.selectOptions(roundings[roundings.length - 1]!, '千円未満');
  const caps = screen.getAllByRole('textbox', { name: /^上限額（円）/ });
  await userEvent.type(caps[caps.length - 1]!, '300000');
}

describe('ProgramForm', () => {
  it('sends a combined rule as the API reads it, and reads it back in words', async () => {
    server.use(
      ...lookups(),
      http.post('/api/v1/support-programs', ({ response }) => response(201).json(saved)),
    );
    const onSaved = vi.fn();
    renderWithProviders(<ProgramForm fiscalYear={2026} onSaved={onSaved} onCancel={() => {}} />);
    await fillProgram();
    await userEvent.click(screen.getByRole('checkbox', { name: '校区自治協議会' }));
    await fillCombinedRule();
    expect(screen.getByText(/算定方法の表示/).parentElement).toHaveTextContent(
      '均等割 200,000円 ＋ 加入世帯 1世帯につき 300円（千円未満切捨て、上限 300,000円）',
    );
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());

    const [post] = requestsTo('POST', '/api/v1/support-programs');
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    const body = (await post!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      fiscalYear: 2026,
      name: '校区コミュニティ組織運営費補助',
      sectionId: 3,
      kind: 'SUBSIDY',
      audience: 'COMMUNITY',
      categories: ['FINANCIAL'],
      eligibleKinds: ['DISTRICT_COUNCIL'],
      documents: [],
    });
    expect(body.amountRule).toEqual({
      kind: 'COMBINED',
      parts: [
        { kind: 'FLAT', yen: 200000 },
        { kind: 'PER_HOUSEHOLD', yenPerHousehold: 300, households: 'MEMBERS' },
      ],
      rounding: { unit: 1000, mode: 'DOWN' },
      cap: 300000,
    });
  });

  it("puts the server's error on a part's field next to that field", async () => {
    server.use(
      ...lookups(),
      http.post('/api/v1/support-programs', ({ response }) =>
        response(400).json(
          problemBody(400, {
            errors: [fieldProblem({ field: 'amountRule.parts[0].yen', message: 'must be between 0 and 10000000000', code: 'Rule' })],
          }),
        ),
      ),
    );
    renderWithProviders(<ProgramForm fiscalYear={2026} onSaved={() => {}} onCancel={() => {}} />);
    await fillProgram();
    await fillCombinedRule();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const yen = within(screen.getByRole('group', { name: '内訳 1' })).getByRole('textbox', { name: /^金額（円）/ });
    await vi.waitFor(() => expect(yen).toHaveAttribute('aria-invalid', 'true'));
    expect(yen).toHaveAccessibleDescription(/must be between 0 and 10000000000/);
    expect(yen).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('入力内容を確認してください');
  });

  it('checks the bounds before sending: a share above 1, a unit key, a category', async () => {
    server.use(...lookups());
    renderWithProviders(<ProgramForm fiscalYear={2026} onSaved={() => {}} onCancel={() => {}} />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^種類/ }), '委託');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^算定の種類/ }), '補助率');
    const share = screen.getByRole('textbox', { name: /^補助率/ });
    expect(share).toHaveAccessibleDescription(/1\/2 は 0\.5/);
    await userEvent.type(share, '1.5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(share).toHaveAccessibleDescription(/0 より大きく 1 以下/);
    expect(screen.getByRole('group', { name: /^区分/ })).toHaveTextContent('1つ以上選択してください。');
    expect(requestsTo('POST', '/api/v1/support-programs')).toHaveLength(0);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^算定の種類/ }), '単価');
    await userEvent.type(screen.getByRole('textbox', { name: /^記号/ }), '1led');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('textbox', { name: /^記号/ })).toHaveAccessibleDescription(/半角英字で始め/);
  });

  it('changes a program with the ETag it was read with, keeping its documents in order', async () => {
    server.use(
      ...lookups(),
      http.put('/api/v1/support-programs/{id}', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json({ ...saved, documents: body.documents ?? [], version: 2 });
      }),
    );
    const program: SupportProgram = {
      ...saved,
      documents: ['事業計画書', '収支予算書'],
      amountRule: { kind: 'FLAT', yen: 150000 } as SupportProgram['amountRule'],
    };
    const onSaved = vi.fn();
    renderWithProviders(<ProgramForm program={program} etag={'"1"'} fiscalYear={2026} onSaved={onSaved} onCancel={() => {}} />);
    expect(await screen.findByRole('textbox', { name: /^金額（円）/ })).toHaveValue('150000');
    await userEvent.click(screen.getByRole('button', { name: '提出書類 2 を上へ' }));
    await userEvent.click(screen.getByRole('button', { name: '書類を追加' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^提出書類 3/ }), '役員名簿');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [put] = requestsTo('PUT', '/api/v1/support-programs/7');
    expect(put?.headers.get('If-Match')).toBe('"1"');
    const body = (await put!.json()) as Record<string, unknown>;
    expect(body.documents).toEqual(['収支予算書', '事業計画書', '役員名簿']);
    expect(body.amountRule).toEqual({ kind: 'FLAT', yen: 150000 });
    expect(body).not.toHaveProperty('figuresYear');
  });
});
