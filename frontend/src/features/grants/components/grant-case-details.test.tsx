import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { stamps } from '@/testing/fixtures';
import type { GrantCase, GrantProgram } from '../api/grants';
import { GrantCaseDetails } from './grant-case-details';

const program: GrantProgram = {
  id: 7,
  fiscalYear: 2026,
  name: '校区コミュニティ組織運営費補助',
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  kind: 'SUBSIDY',
  audience: 'COMMUNITY',
  categories: ['FINANCIAL'],
  sortOrder: 10,
  budgetYen: 130000000,
  amountRule: {
    kind: 'COMBINED',
    parts: [
      { kind: 'FLAT', yen: 200000 },
      { kind: 'PER_UNIT', unitPrices: { LED: 12000, NEW: 30000 }, labels: { LED: 'LED化', NEW: '新設' } },
    ],
  } as GrantProgram['amountRule'],
  eligibleKinds: ['DISTRICT_COUNCIL'],
  documents: ['事業計画書'],
  planDueOn: '2026-03-13',
  applicationDueOn: '2026-04-30',
  canEdit: true,
  version: 1,
  ...stamps,
};

const applied = (o: Partial<GrantCase> = {}): GrantCase => ({
  id: 301,
  programId: 7,
  programName: '校区コミュニティ組織運営費補助',
  programKind: 'SUBSIDY',
  fiscalYear: 2026,
  organizationId: 40,
  organizationName: '香椎校区自治協議会',
  districtId: 12,
  districtName: '香椎',
  wardId: 2,
  wardName: '東区',
  status: 'APPLIED',
  planReceivedOn: '2026-03-10',
  planReceivedBy: '校区 担当',
  appliedOn: '2026-04-20',
  appliedBy: '校区 担当',
  units: { LED: 5 },
  households: 3120,
  memberHouseholds: 2480,
  computedYen: 260000,
  computedSteps: ['均等割 200,000円', 'LED化 5 × 12,000円 = 60,000円', '合計 260,000円'],
  computedMissing: [],
  paidYen: 0,
  payments: [],
  reportedUnits: {},
  permissions: { canPrepare: true, canDecide: true, canInspect: false },
  version: 3,
  ...stamps,
  ...o,
});

describe('GrantCaseDetails', () => {
  // 書類: the case's documents (GrantCaseFiles has its own tests)
  beforeEach(() => {
    server.use(http.get('/api/v1/grant-cases/{id}/files', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null })));
  });

  it('offers a liaison only the steps the permissions allow: no decision', async () => {
    const liaison = applied({ permissions: { canPrepare: true, canDecide: false, canInspect: false } });
    renderWithProviders(<GrantCaseDetails grantCase={liaison} etag={'"3"'} program={program} />);
    const steps = screen.getByRole('list', { name: '交付の流れ' });
    expect(within(steps).getAllByRole('listitem')[2]).toHaveAttribute('aria-current', 'step');
    expect(within(steps).getAllByRole('listitem')[2]).toHaveTextContent('申請受付');
    expect(screen.getByRole('button', { name: '申請内容を訂正する' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '交付決定' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /変更交付決定/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '交付決定' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '支払を記録' })).not.toBeInTheDocument();
    // the computation one step per line, and the units by the rule's labels
    const lines = screen.getByRole('list', { name: '算定の内訳' });
    expect(within(lines).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '均等割 200,000円',
      'LED化 5 × 12,000円 = 60,000円',
      '合計 260,000円',
    ]);
    expect(screen.getByText('LED化 5')).toBeInTheDocument();
    expect(screen.getByTestId('grant-computed')).toHaveTextContent('260,000円');
  });

  it('asks for a reason when the decided amount differs from the computed one, then decides with If-Match', async () => {
    server.use(
      http.put('/api/v1/grant-cases/{id}/decision', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json(applied({ status: 'DECIDED', decidedYen: body.yen, overrideReason: body.reason, version: 4 }));
      }),
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null })),
    );
    renderWithProviders(<GrantCaseDetails grantCase={applied()} etag={'"3"'} program={program} />);
    await userEvent.click(screen.getByRole('button', { name: '交付決定' }));
    const form = screen.getByRole('form', { name: '交付決定' });
    const amount = within(form).getByRole('textbox', { name: /交付決定額/ });
    expect(amount).toHaveValue('260000');
    expect(within(form).getByText('算定額: 260,000円')).toBeInTheDocument();

    await userEvent.clear(amount);
    await userEvent.type(amount, '250000');
    await userEvent.click(within(form).getByRole('button', { name: '交付決定する' }));
    expect(await within(form).findByText('算定額と異なる金額にするときは、理由を入力してください。')).toBeInTheDocument();
    expect(requestsTo('PUT', '/api/v1/grant-cases/301/decision')).toHaveLength(0);

    await userEvent.type(within(form).getByRole('textbox', { name: /算定額と異なる理由/ }), '校区統合に伴う経過措置');
    await userEvent.click(within(form).getByRole('button', { name: '交付決定する' }));
    expect(await screen.findByText('交付決定しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/grant-cases/301/decision');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(await put?.json()).toMatchObject({ yen: 250000, reason: '校区統合に伴う経過措置' });
  });

  it('decides the computed amount without a reason', async () => {
    server.use(
      http.put('/api/v1/grant-cases/{id}/decision', ({ response }) =>
        response(200).json(applied({ status: 'DECIDED', decidedYen: 260000, version: 4 })),
      ),
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null })),
    );
    renderWithProviders(<GrantCaseDetails grantCase={applied()} etag={'"3"'} program={program} />);
    await userEvent.click(screen.getByRole('button', { name: '交付決定' }));
    await userEvent.click(screen.getByRole('button', { name: '交付決定する' }));
    expect(await screen.findByText('交付決定しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/grant-cases/301/decision');
    const body = (await put?.json()) as { yen: number; reason?: string };
    expect(body.yen).toBe(260000);
    expect(body.reason).toBeUndefined();
  });

  it('names a correction of the decision as one (変更交付決定), and its success too', async () => {
    const decided = applied({ status: 'DECIDED', decidedYen: 260000, decidedOn: '2026-05-01', paidYen: 130000 });
    server.use(
      http.put('/api/v1/grant-cases/{id}/decision', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json({ ...decided, decidedYen: body.yen, overrideReason: body.reason, version: 4 });
      }),
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null })),
    );
    renderWithProviders(<GrantCaseDetails grantCase={decided} etag={'"3"'} program={program} />);
    await userEvent.click(screen.getByRole('button', { name: '変更交付決定（決定の訂正）' }));
    const form = screen.getByRole('form', { name: '変更交付決定（決定の訂正）' });
    const amount = within(form).getByRole('textbox', { name: /交付決定額/ });
    await userEvent.clear(amount);
    await userEvent.type(amount, '248000');
    await userEvent.type(within(form).getByRole('textbox', { name: /算定額と異なる理由/ }), '加入世帯数の誤りを訂正');
    await userEvent.click(within(form).getByRole('button', { name: '変更交付決定する' }));
    expect(await screen.findByText('変更交付決定しました。')).toBeInTheDocument();
  });

  it('reads 事業計画待ち as passed once the plan came in, and as 省略 when the program asks for none', () => {
    const { unmount } = renderWithProviders(<GrantCaseDetails grantCase={applied()} etag={'"3"'} program={program} />);
    let items = within(screen.getByRole('list', { name: '交付の流れ' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^事業計画待ち$/);
    expect(items[1]).toHaveTextContent('令和8年3月10日');
    unmount();
    const straight = applied({ planReceivedOn: undefined, planReceivedBy: undefined });
    renderWithProviders(<GrantCaseDetails grantCase={straight} etag={'"3"'} program={{ ...program, planDueOn: undefined }} />);
    items = within(screen.getByRole('list', { name: '交付の流れ' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('事業計画待ち省略');
    expect(items[1]).toHaveTextContent('事業計画受付省略');
  });

  it('says in words when the case has moved on meanwhile (409)', async () => {
    server.use(
      http.put('/api/v1/grant-cases/{id}/decision', ({ response }) =>
        response(409).json(problemBody(409, { detail: 'A grant decision is not possible while the case is 額の確定 (SETTLED)' }), {
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null })),
    );
    renderWithProviders(<GrantCaseDetails grantCase={applied()} etag={'"3"'} program={program} />);
    await userEvent.click(screen.getByRole('button', { name: '交付決定' }));
    await userEvent.click(screen.getByRole('button', { name: '交付決定する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('この手続きはできませんでした');
  });

  it('places a server field error on its field (units by key)', async () => {
    server.use(
      http.put('/api/v1/grant-cases/{id}/application', ({ response }) =>
        response(400).json(
          problemBody(400, { errors: [{ field: 'units.LED', message: 'must be less than or equal to 1000000', code: 'Max' }] }),
          { headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      http.get('/api/v1/grant-cases/{id}/history', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null })),
    );
    const liaison = applied({ permissions: { canPrepare: true, canDecide: false, canInspect: false } });
    renderWithProviders(<GrantCaseDetails grantCase={liaison} etag={'"3"'} program={program} />);
    await userEvent.click(screen.getByRole('button', { name: '申請内容を訂正する' }));
    const led = screen.getByRole('textbox', { name: /LED化（数量）/ });
    expect(led).toHaveValue('5');
    expect(screen.getByRole('textbox', { name: /新設（数量）/ })).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: '申請を登録' }));
    expect(await screen.findByText('must be less than or equal to 1000000')).toBeInTheDocument();
    expect(led).toHaveAttribute('aria-invalid', 'true');
    const [put] = requestsTo('PUT', '/api/v1/grant-cases/301/application');
    expect(await put?.json()).toMatchObject({ units: { LED: 5 } });
  });

  it('shows the settlement with the refund highlighted, and offers a correction of it', () => {
    const settled = applied({
      status: 'SETTLED',
      decidedYen: 260000,
      decidedOn: '2026-05-01',
      paidYen: 260000,
      payments: [{ instalment: 1, paidOn: '2026-06-30', yen: 260000, recordedBy: '地域 花子', note: '概算払' }],
      reportedOn: '2027-04-10',
      reportedUnits: { LED: 4 },
      inspectedOn: '2027-05-20',
      findings: '領収書1件が対象外経費',
      corrections: '対象外経費を除いた額で精算',
      settlementYen: 248000,
      finalYen: 236000,
      finalReason: '対象外経費 12,000円を除外',
      refundYen: 24000,
      settledOn: '2027-06-01',
      permissions: { canPrepare: false, canDecide: true, canInspect: true },
    });
    renderWithProviders(<GrantCaseDetails grantCase={settled} etag={'"9"'} program={program} />);
    expect(screen.getByTestId('grant-refund')).toHaveTextContent('返還 24,000円');
    expect(screen.getByText('領収書1件が対象外経費')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '確定額を訂正する' })).toBeInTheDocument();
    // fully paid: nothing left to pay
    expect(screen.queryByRole('button', { name: '支払を記録' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /交付決定/ })).not.toBeInTheDocument();
  });
});
