import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fieldLabel } from '@/features/audit/components/history-list';
import { translate } from '@/lib/i18n';
import type { components } from '@/types/api';
import { me, organizationKind, pageOf, section, stamps } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { AppRoutes } from '../router';
import { readCatalogParams } from './support';

type S = components['schemas'];
const CATEGORIES = ['HUMAN_RESOURCES', 'PUBLICITY', 'INFORMATION', 'PLACE', 'COOPERATION', 'FINANCIAL', 'OTHER'] as const;

const matrix = (fiscalYear: number): S['CatalogMatrix'] => ({
  fiscalYear,
  categories: [...CATEGORIES],
  programs: 1,
  rows: [
    {
      sectionId: 3,
      sectionName: '地域コミュニティ課',
      audiences: ['COMMUNITY'],
      cells: CATEGORIES.map((category) => ({
        category,
        programs: category === 'FINANCIAL' ? [{ id: 7, name: '校区コミュニティ組織運営費補助', kind: 'SUBSIDY' as const }] : [],
      })),
    },
  ],
});

const program: S['SupportProgram'] = {
  id: 7,
  fiscalYear: 2026,
  name: '校区コミュニティ組織運営費補助',
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  kind: 'SUBSIDY',
  audience: 'COMMUNITY',
  categories: ['FINANCIAL'],
  description: '校区コミュニティ組織の運営に要する経費を補助します。',
  sortOrder: 10,
  budgetYen: 12600000,
  amountRule: {
    kind: 'COMBINED',
    rounding: { unit: 1000, mode: 'DOWN' },
    cap: 300000,
    parts: [
      { kind: 'FLAT', yen: 200000 },
      { kind: 'PER_HOUSEHOLD', yenPerHousehold: 300, households: 'MEMBERS' },
    ],
  } as S['SupportProgram']['amountRule'],
  figuresYear: 2026,
  eligibleKinds: ['DISTRICT_COUNCIL'],
  documents: ['事業計画書', '収支予算書'],
  planDueOn: '2026-03-13',
  applicationDueOn: '2026-04-30',
  resultsDueOn: '2027-04-15',
  canEdit: true,
  version: 3,
  ...stamps,
};

const serveMe = (role: S['Me']['role']) => [
  http.get('/api/v1/me', ({ response }) => response(200).json(me({ id: 1, username: 'u', displayName: '事務局', role, districtIds: [] }))),
  http.get('/api/v1/me/notifications/unread-count', ({ response }) => response(200).json({ unread: 0 })),
];

describe('the public support catalogue', () => {
  it('shows an edition as the printed matrix, with its neighbours, the print page and the grants', async () => {
    server.use(http.get('/api/v1/support-catalog/{fiscalYear}', ({ params, response }) => response(200).json(matrix(Number(params.fiscalYear)))));
    renderWithProviders(<AppRoutes />, { route: '/public/support/2026' });
    expect(
      await screen.findByRole('heading', { level: 1, name: '市の基本施策に対応する事業一覧（令和8年度版）' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '市の基本施策に対応する事業一覧（令和8年度版）' });
    expect(within(table).getByRole('link', { name: '校区コミュニティ組織運営費補助' })).toHaveAttribute(
      'href',
      '/public/support/programs/7',
    );
    const editions = screen.getByRole('navigation', { name: '他の年度版' });
    expect(within(editions).getByRole('link', { name: '← 令和7年度版' })).toHaveAttribute('href', '/public/support/2025');
    expect(within(editions).getByRole('link', { name: '令和9年度版 →' })).toHaveAttribute('href', '/public/support/2027');
    expect(screen.getByRole('link', { name: '印刷用ページ' })).toHaveAttribute('href', '/public/support/2026/print');
    expect(screen.getByRole('link', { name: '交付決定額の公表（令和8年度）' })).toHaveAttribute('href', '/public/support/2026/grants');
    expect(requestsTo('GET', '/api/v1/me')).toHaveLength(0);
  });

  it("shows a program's terms to anyone, the rule in words and the deadlines in 和暦", async () => {
    server.use(
      http.get('/api/v1/support-programs/{id}', ({ response }) => response(200).json(program)),
      http.get('/api/v1/organization-kinds', ({ response }) =>
        response(200).json(pageOf([organizationKind({ code: 'DISTRICT_COUNCIL', labelJa: '校区自治協議会' })])),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/public/support/programs/7' });
    expect(await screen.findByRole('heading', { level: 1, name: '校区コミュニティ組織運営費補助' })).toBeInTheDocument();
    expect(screen.getByTestId('support-rule')).toHaveTextContent(
      '均等割 200,000円 ＋ 加入世帯 1世帯につき 300円（千円未満切捨て、上限 300,000円）',
    );
    expect(screen.getByText('12,600,000円')).toBeInTheDocument();
    expect(screen.getByText('令和8年4月30日')).toBeInTheDocument();
    expect(await screen.findByText('校区自治協議会')).toBeInTheDocument();
    expect(screen.queryByText('事務の負担（1年あたり）')).not.toBeInTheDocument();
  });

  it('prints an edition on its own page', async () => {
    server.use(http.get('/api/v1/support-catalog/{fiscalYear}', ({ response }) => response(200).json(matrix(2026))));
    renderWithProviders(<AppRoutes />, { route: '/public/support/2026/print' });
    expect(await screen.findByRole('heading', { level: 1, name: '市の基本施策に対応する事業一覧（令和8年度版）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '印刷する' })).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});

describe('the staff catalogue', () => {
  it('is in the menu under 計画・支援 and lets the office carry an edition over', async () => {
    server.use(
      ...serveMe('OFFICE'),
      http.get('/api/v1/support-catalog/{fiscalYear}', ({ response }) => response(200).json(matrix(2026))),
      http.post('/api/v1/support-catalog/{fiscalYear}/carry-over', ({ response }) =>
        response(200).json({ fiscalYear: 2027, carried: 3, skipped: 1 }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/support?fy=2026' });
    expect(await screen.findByRole('heading', { level: 1, name: '支援策一覧' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect(nav).toHaveTextContent('計画・支援');
    expect(within(await screen.findByRole('table')).getByRole('link', { name: '校区コミュニティ組織運営費補助' })).toHaveAttribute(
      'href',
      '/support/programs/7',
    );
    expect(screen.getByRole('link', { name: '事業一覧表' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '支援策を登録' })).toHaveAttribute('href', '/support/programs/new?fy=2026');
    // the edition as a file (CSV or Excel), and the import of one for the office
    expect(within(screen.getByRole('group', { name: '支援策一覧を出力' })).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '支援策一覧を取り込む' })).toHaveAttribute('href', '/import?dataset=support-programs');

    await userEvent.click(screen.getByRole('button', { name: '次年度（令和9年度）へ引き継ぐ' }));
    expect(screen.getByRole('heading', { name: '令和8年度の支援策を令和9年度へ引き継ぎますか？' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '引き継ぐ' }));
    expect(await screen.findByText('3件を令和9年度へ引き継ぎました（1件は既にあります）。')).toBeInTheDocument();
    expect(requestsTo('POST', '/api/v1/support-catalog/2026/carry-over')).toHaveLength(1);
  });

  it('says what changed since the previous edition, in words', async () => {
    server.use(
      ...serveMe('DEPARTMENT'),
      http.get('/api/v1/support-catalog/{fiscalYear}', ({ response }) => response(200).json(matrix(2027))),
      http.get('/api/v1/sections', ({ response }) => response(200).json(pageOf([section({ id: 3, name: '地域コミュニティ課' })]))),
      http.get('/api/v1/organization-kinds', ({ response }) => response(200).json(pageOf([organizationKind()]))),
      http.get('/api/v1/support-catalog/{fiscalYear}/changes', ({ response }) =>
        response(200).json({
          fiscalYear: 2027,
          previousFiscalYear: 2026,
          changes: [
            {
              change: 'CHANGED',
              programId: 17,
              previousId: 7,
              name: '校区コミュニティ組織運営費補助',
              fields: [
                { field: 'budgetYen', before: '12000000', after: '12600000' },
                { field: 'categories', before: '["FINANCIAL"]', after: '["FINANCIAL","OTHER"]' },
                { field: 'applicationDueOn', before: '2026-04-30', after: '2027-05-10' },
                { field: 'amountRule', before: '{"kind":"FLAT","yen":200000}', after: '{"kind":"FLAT","yen":220000}' },
              ],
            },
            { change: 'ADDED', programId: 18, previousId: null, name: '地域デビュー講座', fields: [] },
            { change: 'REMOVED', programId: null, previousId: 9, name: '旧事業', fields: [] },
            { change: 'UNCHANGED', programId: 19, previousId: 10, name: '防犯灯設置補助', fields: [] },
          ],
        }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/support?fy=2027&view=changes' });
    const table = await screen.findByRole('table', { name: '校区コミュニティ組織運営費補助の変更' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      '予算額12,000,000円12,600,000円',
      '区分財政支援財政支援、その他',
      '申請期限令和8年4月30日令和9年5月10日',
      '算定方法均等割 200,000円均等割 220,000円',
    ]);
    expect(screen.getByText('変更なし 1件')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '地域デビュー講座' })).toHaveAttribute('href', '/support/programs/18');
    expect(screen.getByRole('link', { name: '旧事業' })).toHaveAttribute('href', '/support/programs/9');
    // a section's user neither carries over nor imports, but exports the edition
    expect(screen.queryByRole('button', { name: /引き継ぐ/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '支援策一覧を取り込む' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: '支援策一覧を出力' })).toBeInTheDocument();
  });

  it('is not for a committee member', async () => {
    server.use(...serveMe('COMMITTEE'));
    renderWithProviders(<AppRoutes />, { route: '/support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'このページは利用できません' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).not.toHaveTextContent('支援策');
  });

  it("deletes a program after asking, and shows the server's refusal", async () => {
    server.use(
      ...serveMe('OFFICE'),
      http.get('/api/v1/support-programs/{id}', ({ response }) =>
        response(200).json(program, { headers: { ETag: '"3"' } }),
      ),
      http.get('/api/v1/support-programs/{id}/history', ({ response }) => response(200).json({ ...pageOf([]), nextCursor: null })),
      http.get('/api/v1/organization-kinds', ({ response }) => response(200).json(pageOf([organizationKind()]))),
      http.get('/api/v1/sections', ({ response }) => response(200).json(pageOf([section({ id: 3 })]))),
      http.get('/api/v1/wards', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([]))),
      http.delete('/api/v1/support-programs/{id}', ({ response }) =>
        response(409).json(problemBody(409, { title: 'Conflict', detail: 'The program has cases of organizations' })),
      ),
    );
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(<AppRoutes />, { route: '/support/programs/7' });
    expect(await screen.findByRole('heading', { level: 1, name: '校区コミュニティ組織運営費補助' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '交付案件' })).toHaveAttribute('href', '/support/programs/7/cases');
    expect(screen.getByRole('link', { name: '編集' })).toHaveAttribute('href', '/support/programs/7/edit');
    await userEvent.click(screen.getByRole('button', { name: '削除' }));
    expect(confirm).toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent('The program has cases of organizations');
    expect(requestsTo('DELETE', '/api/v1/support-programs/7')[0]?.headers.get('If-Match')).toBe('"3"');
    confirm.mockRestore();
  });
});

describe('the history of a program', () => {
  // the fields SupportPrograms.auditState writes
  const audited = [
    ...['fiscalYear', 'name', 'sectionId', 'contactSectionId', 'kind', 'audience', 'categories', 'description', 'sortOrder'],
    ...['budgetYen', 'amountRule', 'figuresYear', 'eligibleKinds', 'documents', 'planDueOn', 'applicationDueOn', 'resultsDueOn'],
    'paperworkHours',
  ];
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate('ja', k, p);

  it('has a Japanese label for every field', () => {
    expect(audited.filter((f) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(fieldLabel(f, t, 'SupportProgram')))).toEqual([]);
  });

  it('names sections and kinds, writes codes and the rule in words', async () => {
    server.use(
      ...serveMe('OFFICE'),
      http.get('/api/v1/support-programs/{id}', ({ response }) => response(200).json(program)),
      http.get('/api/v1/organization-kinds', ({ response }) =>
        response(200).json(pageOf([organizationKind({ code: 'DISTRICT_COUNCIL', labelJa: '校区自治協議会' })])),
      ),
      http.get('/api/v1/sections', ({ response }) =>
        response(200).json(pageOf([section({ id: 3, name: '地域コミュニティ課', departmentName: 'コミュニティ推進部' }), section({ id: 4, name: '区政推進課', departmentName: '区役所' })])),
      ),
      http.get('/api/v1/wards', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/support-programs/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 9,
              entityType: 'SupportProgram',
              entityId: 7,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2026-04-02T09:00:00+09:00',
              changes: [
                { field: 'contactSectionId', after: 4 },
                { field: 'kind', before: 'TRAINING', after: 'SUBSIDY' },
                { field: 'categories', before: ['OTHER'], after: ['FINANCIAL', 'OTHER'] },
                { field: 'eligibleKinds', before: [], after: ['DISTRICT_COUNCIL'] },
                { field: 'budgetYen', after: 12600000 },
                { field: 'amountRule', after: '{"kind":"PER_CAPITA","yenPerPerson":10}' },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 20,
          nextCursor: null,
        }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/support/programs/7' });
    const history = await screen.findByTestId('history');
    expect(within(history).getByText('支援策')).toBeInTheDocument();
    const table = within(history).getByRole('table');
    await within(table).findByText('区役所 区政推進課');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      '問い合わせ先—区役所 区政推進課',
      '種類研修・説明会補助金',
      '区分その他財政支援、その他',
      '交付対象—校区自治協議会',
      '予算額—12,600,000円',
      '算定方法—人口 1人につき 10円',
    ]);
  });
});

describe('readCatalogParams', () => {
  it('reads the year and the view, this fiscal year in Japan by default', () => {
    // 2026-03-31 20:00 in UTC is already 1 April in Japan: the new fiscal year
    const today = new Date('2026-03-31T20:00:00Z');
    expect(readCatalogParams(new URLSearchParams(''), today)).toEqual({ fiscalYear: 2026, view: 'matrix' });
    expect(readCatalogParams(new URLSearchParams('fy=2024&view=list'), today)).toEqual({ fiscalYear: 2024, view: 'list' });
    expect(readCatalogParams(new URLSearchParams('fy=abc&view=x'), today)).toEqual({ fiscalYear: 2026, view: 'matrix' });
  });
});
