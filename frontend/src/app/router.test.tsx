import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requests, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { AppRoutes } from './router';
import { me, planDetail, planSummary, planTree, pageOf } from '@/testing/fixtures';

const serveMe = () =>
  http.get('/api/v1/me', ({ response }) =>
    response(200).json({ id: 1, username: 'office', displayName: '事務局', role: 'OFFICE', districtIds: [] }),
  );

describe('plan routes', () => {
  it('go straight to the plan when the city has one, with 計画 and 推進委員会 in the menu', async () => {
    server.use(
      serveMe(),
      http.get('/api/v1/plans', ({ response }) =>
        response(200).json({
          items: [planSummary({ id: 1, name: 'コミュニティに関する今後の取り組み' })],
          total: 1,
          page: 1,
          size: 200,
          nextCursor: null,
        }),
      ),
      http.get('/api/v1/plans/{id}', ({ response }) =>
        response(200).json(
          planDetail({
            id: 1,
            name: 'コミュニティに関する今後の取り組み',
            owner: '福岡市',
            fromFiscalYear: 2009,
            toFiscalYear: 2010,
          }),
        ),
      ),
      http.get('/api/v1/plans/{id}/tree', ({ response }) => response(200).json(planTree({ nodes: [] }))),
    );
    renderWithProviders(<AppRoutes />, { route: '/plans' });
    expect(await screen.findByRole('heading', { level: 1, name: 'コミュニティに関する今後の取り組み' })).toBeInTheDocument();
    expect(screen.getByText(/平成21年度〜平成22年度/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect(nav).toHaveTextContent('計画');
    expect(nav).toHaveTextContent('推進委員会');
    // The plan ended in FY2010: its evaluation sheet opens on that year, not on this one.
    expect(screen.getByRole('link', { name: '評価シート' })).toHaveAttribute('href', '/plans/1/evaluations/2010');
  });

  it('land a committee member on the evaluation sheet of the plan, on its last year once it has ended', async () => {
    server.use(
      http.get('/api/v1/me', ({ response }) =>
        response(200).json(me({ id: 5, username: 'committee', role: 'COMMITTEE', districtIds: [] })),
      ),
      http.get('/api/v1/plans', ({ response }) =>
        response(200).json({
          items: [planSummary({ id: 1, name: 'コミュニティに関する今後の取り組み', fromFiscalYear: 2009, toFiscalYear: 2010 })],
          total: 1,
          page: 1,
          size: 200,
          nextCursor: null,
        }),
      ),
      http.get('/api/v1/plans/{id}', ({ response }) =>
        response(200).json(planDetail({ id: 1, name: 'コミュニティに関する今後の取り組み', fromFiscalYear: 2009, toFiscalYear: 2010 })),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: /評価シート 平成22年度/ })).toBeInTheDocument();
  });

  it('keep the committee pages from a liaison', async () => {
    server.use(
      http.get('/api/v1/me', ({ response }) =>
        response(200).json(me({ id: 2, username: 'liaison', role: 'LIAISON', districtIds: [3] })),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/committee' });
    expect(await screen.findByRole('heading', { level: 1, name: 'このページは利用できません' })).toBeInTheDocument();
    expect(screen.getByText(/推進委員会・システム管理者のみ/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).not.toHaveTextContent('推進委員会');
  });
});

describe('public routes', () => {
  it('need no sign-in and show no staff menu', async () => {
    server.use(
      http.get('/api/v1/public/reports', ({ response }) =>
        response(200).json(pageOf([
          {
            planCode: 'fukuoka-2009',
            planName: 'コミュニティに関する今後の取り組み',
            fiscalYear: 2026,
            revision: 1,
            publishedAt: '2027-06-01T00:00:00Z',
          },
        ])),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/public' });
    expect(await screen.findByRole('link', { name: /令和8年度/ })).toHaveAttribute('href', '/public/reports/fukuoka-2009/2026');
    expect(screen.queryByRole('navigation', { name: 'メインメニュー' })).not.toBeInTheDocument();
    expect(requests().map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/public/reports']);
  });

  it('say plainly when a year is not published', async () => {
    server.use(
      http.get('/api/v1/public/reports/{planCode}/{fiscalYear}', ({ response }) => response(404).json(problemBody(404))),
    );
    renderWithProviders(<AppRoutes />, { route: '/public/reports/fukuoka-2009/2027' });
    expect(await screen.findByRole('heading', { level: 1, name: '公表資料が見つかりません' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '公表資料の一覧へ' })).toHaveAttribute('href', '/public');
  });
});

describe('lazy pages', () => {
  it('say 読み込み中 as a status while a page loads, inside the signed-in layout', async () => {
    server.use(
      serveMe(),
      http.get('/api/v1/plans', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null })),
    );
    renderWithProviders(<AppRoutes />, { route: '/plans' });
    expect(await screen.findByRole('status')).toHaveTextContent('読み込み中');
    expect(await screen.findByRole('heading', { level: 1, name: '計画一覧' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).toBeInTheDocument();
  });
});
