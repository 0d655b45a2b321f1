import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { districtSummary, me, pageOf, stamps } from '@/testing/fixtures';
import type { components } from '@/types/api';
import { AppRoutes } from '../router';

type S = components['schemas'];

const program = (o: Partial<S['SupportProgram']> = {}): S['SupportProgram'] => ({
  id: 7,
  fiscalYear: 2026,
  name: '校区コミュニティ組織運営費補助',
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  kind: 'SUBSIDY',
  audience: 'COMMUNITY',
  categories: ['FINANCIAL'],
  sortOrder: 10,
  budgetYen: 1000000,
  eligibleKinds: ['DISTRICT_COUNCIL'],
  documents: [],
  planDueOn: '2026-03-13',
  canEdit: true,
  version: 1,
  ...stamps,
  ...o,
});

const row = (o: Partial<S['GrantFigureRow']>): S['GrantFigureRow'] => ({
  level: 'PROGRAM',
  id: null,
  name: '全体',
  cases: 3,
  notSubmitted: 1,
  decidedCases: 2,
  computedYen: 900000,
  decidedYen: 880000,
  paidYen: 400000,
  finalYen: 0,
  refundYen: 0,
  ...o,
});

function signedIn(role: S['Me']['role'], districtIds: number[] = []) {
  server.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me({ role, districtIds }))),
    http.get('/api/v1/me/notifications/unread-count', ({ response }) => response(200).json({ unread: 0 })),
    http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([districtSummary({ id: 12, name: '香椎' })]))),
    http.get('/api/v1/grant-cases', ({ response }) => response(200).json(pageOf([]))),
  );
}

describe('grant routes', () => {
  it('show a program’s cases with its figures and open the year for the office', async () => {
    signedIn('OFFICE');
    server.use(
      http.get('/api/v1/support-programs/{id}', ({ response }) => response(200).json(program())),
      http.get('/api/v1/support-programs/{id}/grant-figures', ({ response }) =>
        response(200).json({
          programId: 7,
          programName: '校区コミュニティ組織運営費補助',
          fiscalYear: 2026,
          budgetYen: 1000000,
          remainingYen: 120000,
          total: row({}),
          wards: [row({ level: 'WARD', id: 2, name: '東区' })],
          districts: [row({ level: 'DISTRICT', id: 12, name: '香椎' })],
        }),
      ),
      http.post('/api/v1/support-programs/{id}/opening', ({ response }) =>
        response(200).json({ programId: 7, created: 146, existing: 0, computed: 144, missing: 2, computedYen: 128400000 }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/support/programs/7/cases' });
    expect(await screen.findByRole('heading', { level: 1, name: '校区コミュニティ組織運営費補助の交付案件' })).toBeInTheDocument();
    expect(screen.getByText(/令和8年度 ・ 補助金/)).toBeInTheDocument();
    const figures = await screen.findByTestId('grant-figures');
    expect(within(figures).getByText('1,000,000円')).toBeInTheDocument();
    expect(within(figures).getByText('120,000円')).toBeInTheDocument();
    expect(screen.getByText('区別・校区別の内訳')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '支払一覧（CSV）' })).toHaveAttribute('href', '/api/v1/grant-payments/csv?programId=7');
    // the cases as a file, filled in and imported back by the office
    const cases = screen.getByRole('region', { name: '交付案件' });
    expect(within(cases).getByRole('group', { name: '交付案件を出力' })).toBeInTheDocument();
    expect(within(cases).getByRole('link', { name: '申請・実績報告を取り込む' })).toHaveAttribute('href', '/import?dataset=grant-cases');

    await userEvent.click(screen.getByRole('button', { name: '年度を開始（対象団体の案件を作成）' }));
    expect(await screen.findByText('146件を作成、144件は算定できました、2件は数値が不足しています。')).toBeInTheDocument();
    expect(requestsTo('POST', '/api/v1/support-programs/7/opening')).toHaveLength(1);
  });

  it('decide every applied case after a confirmation', async () => {
    signedIn('OFFICE');
    server.use(
      http.get('/api/v1/support-programs/{id}', ({ response }) => response(200).json(program())),
      http.get('/api/v1/support-programs/{id}/grant-figures', ({ response }) =>
        response(200).json({
          programId: 7,
          programName: '校区コミュニティ組織運営費補助',
          fiscalYear: 2026,
          budgetYen: null,
          remainingYen: null,
          total: row({}),
          wards: [],
          districts: [],
        }),
      ),
      http.post('/api/v1/support-programs/{id}/decisions', ({ response }) =>
        response(200).json({ decided: 144, missing: 2, decidedYen: 128400000 }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/support/programs/7/cases' });
    await userEvent.click(await screen.findByRole('button', { name: '申請済みを算定額で一括決定' }));
    await userEvent.click(screen.getByRole('button', { name: '確認へ進む' }));
    expect(requestsTo('POST', '/api/v1/support-programs/7/decisions')).toHaveLength(0);
    await userEvent.click(await screen.findByRole('button', { name: '一括決定する' }));
    expect(await screen.findByText('144件を交付決定しました（合計 128,400,000円）。')).toBeInTheDocument();
    expect(screen.getByText(/数値が不足している2件は決定していません/)).toBeInTheDocument();
  });

  it('give a liaison the cases without figures or whole-program steps, and 補助金・委託 in the menu', async () => {
    signedIn('LIAISON', [12]);
    server.use(http.get('/api/v1/support-programs/{id}', ({ response }) => response(200).json(program({ canEdit: false }))));
    renderWithProviders(<AppRoutes />, { route: '/support/programs/7/cases' });
    expect(await screen.findByRole('heading', { level: 2, name: '交付案件' })).toBeInTheDocument();
    expect(await screen.findByText('該当する交付案件はありません。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /年度を開始/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /一括決定/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /支払一覧/ })).not.toBeInTheDocument();
    // the cases they see may be exported; the import is the office's
    expect(screen.getByRole('group', { name: '交付案件を出力' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '申請・実績報告を取り込む' })).not.toBeInTheDocument();
    expect(requestsTo('GET', '/api/v1/support-programs/7/grant-figures')).toHaveLength(0);
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).toHaveTextContent('補助金・委託');
  });

  it('keep the cases from a committee member', async () => {
    server.use(http.get('/api/v1/me', ({ response }) => response(200).json(me({ role: 'COMMITTEE' }))));
    server.use(http.get('/api/v1/me/notifications/unread-count', ({ response }) => response(200).json({ unread: 0 })));
    renderWithProviders(<AppRoutes />, { route: '/grant-cases' });
    expect(await screen.findByRole('heading', { level: 1, name: 'このページは利用できません' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).not.toHaveTextContent('補助金・委託');
  });

  it('publish the decided amounts without sign-in', async () => {
    server.use(
      http.get('/api/v1/public/grants/{fiscalYear}', ({ response }) =>
        response(200).json(
          pageOf([
            {
              fiscalYear: 2026,
              programId: 7,
              program: '校区コミュニティ組織運営費補助',
              section: '地域コミュニティ課',
              organization: '香椎校区自治協議会',
              ward: '東区',
              district: '香椎',
              decidedYen: 944000,
              finalYen: null,
              decidedOn: '2026-05-01',
            },
          ]),
        ),
      ),
      // the program filter's choices: the year's subsidies and consignments
      http.get('/api/v1/support-programs', ({ response }) => response(200).json(pageOf([program()]))),
    );
    renderWithProviders(<AppRoutes />, { route: '/public/support/2026/grants' });
    expect(await screen.findByRole('heading', { level: 1, name: '交付決定額の公表 令和8年度' })).toBeInTheDocument();
    expect(await screen.findByText('944,000円')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: '校区コミュニティ組織運営費補助' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'メインメニュー' })).not.toBeInTheDocument();
  });
});
