import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/types/api';
import { districtSummary, me, pageOf, ward } from '@/testing/fixtures';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { publicVolunteerPost, volunteerInquiry, volunteerPost } from '@/testing/volunteer-fixtures';
import { AppRoutes } from '../router';

type S = components['schemas'];

const serveMe = (role: S['Me']['role'], districtIds: number[] = []) => [
  http.get('/api/v1/me', ({ response }) => response(200).json(me({ role, districtIds }))),
  http.get('/api/v1/me/notifications/unread-count', ({ response }) => response(200).json({ unread: 0 })),
];

const referenceData = [
  http.get('/api/v1/wards', ({ response }) => response(200).json(pageOf([ward()]))),
  http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([districtSummary({ id: 4, name: '香椎' })]))),
  http.get('/api/v1/sections', ({ response }) => response(200).json(pageOf([]))),
  http.get('/api/v1/organization-kinds', ({ response }) => response(200).json(pageOf([]))),
];

const noHistory = http.get('/api/v1/volunteer-posts/{id}/history', ({ response }) =>
  response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null }),
);

describe('ボランティア募集', () => {
  it('is in the menu next to 地域の声 for every staff role; the list says where each call stands, never a code', async () => {
    server.use(
      ...serveMe('DEPARTMENT'),
      ...referenceData,
      http.get('/api/v1/volunteer-posts', ({ response }) =>
        response(200).json(
          pageOf([
            volunteerPost({ status: 'APPROVED', published: true, inquiryCount: 2, unrelayedCount: 1 }),
            volunteerPost({ id: 13, title: '見守り活動（登下校）', status: 'SUBMITTED', endsOn: undefined, startsOn: '2027-09-01' }),
          ]),
        ),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/volunteer-posts' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ボランティア募集' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    const links = within(nav)
      .getAllByRole('link', { hidden: true })
      .map((a) => a.textContent);
    expect(links[links.indexOf('地域の声') + 1]).toBe('ボランティア募集');
    // a section's user reads, but writes no call
    expect(screen.queryByRole('link', { name: '募集を作成' })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'ボランティア募集の一覧' });
    const festival = within(table).getByRole('row', { name: /夏祭りの会場設営/ });
    expect(festival).toHaveTextContent('香椎校区自治協議会');
    expect(festival).toHaveTextContent('令和9年7月25日〜令和9年7月26日');
    expect(festival).toHaveTextContent('令和9年7月10日');
    expect(festival).toHaveTextContent('10人');
    expect(festival).toHaveTextContent('公開中');
    expect(festival).toHaveTextContent('2件未伝達 1件');
    expect(within(table).getByRole('row', { name: /見守り活動/ })).toHaveTextContent('承認待ち');
    expect(table).not.toHaveTextContent(/APPROVED|SUBMITTED/);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: '状態' }), '公開中');
    await screen.findByRole('button', { name: '条件をクリア' });
    const last = new URL(requestsTo('GET', '/api/v1/volunteer-posts').at(-1)!.url).searchParams;
    expect(last.get('status')).toBe('APPROVED');
    expect(last.get('published')).toBe('true');
  });

  it('shows a liaison a published call with its public page, its inquiries and the step they may take', async () => {
    server.use(
      ...serveMe('LIAISON', [4]),
      ...referenceData,
      noHistory,
      http.get('/api/v1/volunteer-posts/{id}', ({ response }) =>
        response(200).json(
          volunteerPost({
            status: 'APPROVED',
            published: true,
            approvedAt: '2027-06-02T01:00:00Z',
            approvedBy: '地域協働課 山本',
            inquiryCount: 1,
            unrelayedCount: 1,
            permissions: { canEdit: false, canSubmit: false, canApprove: false, canClose: true, canReadInquiries: true },
          }),
          { headers: { ETag: '"4-x"' } },
        ),
      ),
      http.get('/api/v1/volunteer-posts/{id}/inquiries', ({ response }) => response(200).json(pageOf([volunteerInquiry()]))),
    );
    renderWithProviders(<AppRoutes />, { route: '/volunteer-posts/12' });
    expect(await screen.findByRole('heading', { level: 1, name: '夏祭りの会場設営' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '公開ページを見る' })).toHaveAttribute('href', '/public/volunteers/12');
    expect(screen.queryByRole('link', { name: '編集' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '削除' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '募集を終了' })).toBeInTheDocument();
    expect(screen.getByText('令和9年6月2日 10:00 地域協働課 山本')).toBeInTheDocument();
    const inquiries = screen.getByRole('region', { name: '問い合わせ 1件（未伝達 1件）' });
    expect(await within(inquiries).findByText('当日だけ参加できますか')).toBeInTheDocument();
    expect(within(inquiries).getByRole('button', { name: /伝達済みにする/ })).toBeInTheDocument();
  });

  it('keeps the inquiries from those who may not read them', async () => {
    server.use(
      ...serveMe('COMMITTEE'),
      ...referenceData,
      noHistory,
      http.get('/api/v1/volunteer-posts/{id}', ({ response }) =>
        response(200).json(
          volunteerPost({
            status: 'SUBMITTED',
            inquiryCount: 3,
            permissions: { canEdit: false, canSubmit: false, canApprove: false, canClose: false, canReadInquiries: false },
          }),
        ),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/volunteer-posts/12' });
    expect(await screen.findByRole('heading', { level: 1, name: '夏祭りの会場設営' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /問い合わせ/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'この募集の手続き' })).not.toBeInTheDocument();
    expect(requestsTo('GET', '/api/v1/volunteer-posts/12/inquiries')).toHaveLength(0);
  });

  it('shows a visitor an open call with the inquiry form, and the public home links to the calls', async () => {
    server.use(
      http.get('/api/v1/public/volunteer-posts/{id}', ({ response }) => response(200).json(publicVolunteerPost())),
      http.get('/api/v1/public/reports', ({ response }) => response(200).json(pageOf([]))),
    );
    renderWithProviders(<AppRoutes />, { route: '/public/volunteers/12' });
    expect(await screen.findByRole('heading', { level: 1, name: '夏祭りの会場設営' })).toBeInTheDocument();
    expect(screen.getByText(/募集団体の連絡先は公開していません/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'お問い合わせフォーム' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '公表資料' }));
    expect(await screen.findByRole('link', { name: 'ボランティア募集を見る' })).toHaveAttribute('href', '/public/volunteers');
  });
});
