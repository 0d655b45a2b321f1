import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { districtSummary, me, pageOf, stamps } from '@/testing/fixtures';
import type { GrantCase } from '../api/grants';
import { GrantCaseList } from './grant-case-list';

const grantCase = (o: Partial<GrantCase>): GrantCase => ({
  id: 1,
  programId: 7,
  programName: '校区コミュニティ組織運営費補助',
  programKind: 'SUBSIDY',
  fiscalYear: 2026,
  organizationId: 40,
  organizationName: '香椎校区自治協議会',
  districtId: 12,
  districtName: '香椎',
  status: 'AWAITING_PLAN',
  units: {},
  computedSteps: [],
  computedMissing: [],
  paidYen: 0,
  payments: [],
  reportedUnits: {},
  permissions: { canPrepare: true, canDecide: true, canInspect: false },
  version: 1,
  ...stamps,
  ...o,
});

function serve(items: GrantCase[]) {
  server.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me({ role: 'OFFICE' }))),
    http.get('/api/v1/districts', ({ response }) =>
      response(200).json(pageOf([districtSummary({ id: 12, name: '香椎' }), districtSummary({ id: 13, name: '香椎東' })])),
    ),
    http.get('/api/v1/grant-cases', ({ response }) => response(200).json(pageOf(items))),
  );
}

describe('GrantCaseList', () => {
  it('names in Japanese the figure a case cannot be computed without, and links each row to its case', async () => {
    serve([
      grantCase({ id: 1, computedYen: 944000, decidedYen: 944000, paidYen: 472000, status: 'DECIDED', nextDueOn: '2027-04-15' }),
      grantCase({
        id: 2,
        organizationName: '香椎東校区自治協議会',
        districtName: '香椎東',
        computedMissing: ['memberHouseholds', 'population'],
      }),
    ]);
    renderWithProviders(<GrantCaseList programId={7} />, { route: '/support/programs/7/cases' });
    const table = await screen.findByRole('table', { name: '交付案件' });
    const missing = within(table).getByRole('row', { name: /香椎東校区自治協議会/ });
    expect(missing).toHaveTextContent('算定不可：加入世帯数・人口');
    expect(missing).toHaveTextContent('事業計画待ち');
    expect(missing).not.toHaveTextContent('memberHouseholds');
    const decided = within(table).getByRole('row', { name: /^香椎校区自治協議会/ });
    expect(decided).toHaveTextContent('944,000円');
    expect(decided).toHaveTextContent('472,000円');
    expect(decided).toHaveTextContent('交付決定');
    expect(decided).toHaveTextContent('令和9年4月15日');
    expect(within(decided).getByRole('link', { name: '香椎校区自治協議会' })).toHaveAttribute('href', '/grant-cases/1');
    // one program's list has no program column
    expect(within(table).queryByRole('columnheader', { name: '事業名' })).not.toBeInTheDocument();
    const [list] = requestsTo('GET', '/api/v1/grant-cases');
    expect(new URL(list!.url).searchParams.get('programId')).toBe('7');
  });

  it('filters by the URL: not submitted, inspection due, status', async () => {
    serve([grantCase({ id: 1 })]);
    renderWithProviders(<GrantCaseList />, { route: '/grant-cases' });
    await screen.findByRole('table', { name: '交付案件' });
    expect(screen.getByRole('columnheader', { name: /事業名/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '未提出のみ' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '状況' }), '実地検査済');
    const last = requestsTo('GET', '/api/v1/grant-cases').at(-1)!;
    const params = new URL(last.url).searchParams;
    expect(params.get('notSubmitted')).toBe('true');
    expect(params.get('status')).toBe('INSPECTED');
    expect(params.get('programId')).toBeNull();
  });
});
