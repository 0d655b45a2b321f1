import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/types/api';
import { districtSummary, me, pageOf, ward } from '@/testing/fixtures';
import { http, requestsTo, server } from '@/testing/msw';
import { attendanceRow, facility, supportEvent, supportFile } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { AppRoutes } from '../router';

type S = components['schemas'];

const serveMe = (role: S['Me']['role'], districtIds: number[] = []) => [
  http.get('/api/v1/me', ({ response }) => response(200).json(me({ role, districtIds }))),
  http.get('/api/v1/me/notifications/unread-count', ({ response }) => response(200).json({ unread: 0 })),
];

/** The reference data the history names things from. */
const referenceData = [
  http.get('/api/v1/wards', ({ response }) => response(200).json(pageOf([ward()]))),
  http.get('/api/v1/sections', ({ response }) => response(200).json(pageOf([]))),
  http.get('/api/v1/organization-kinds', ({ response }) => response(200).json(pageOf([]))),
];

const noHistory = (path: '/api/v1/support-events/{id}/history' | '/api/v1/facilities/{id}/history') =>
  http.get(path, ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 20, nextCursor: null }));

describe('研修・説明会', () => {
  it('is in the menu under 計画・支援 next to 支援策 and 補助金・委託, with 施設', async () => {
    server.use(...serveMe('OFFICE'), http.get('/api/v1/support-events', ({ response }) => response(200).json(pageOf([supportEvent()]))));
    renderWithProviders(<AppRoutes />, { route: '/support-events?fy=2026' });
    expect(await screen.findByRole('heading', { level: 1, name: '研修・説明会' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    const links = within(nav)
      .getAllByRole('link', { hidden: true })
      .map((a) => a.textContent);
    expect(links.slice(links.indexOf('支援策'), links.indexOf('支援策') + 4)).toEqual(['支援策', '補助金・委託', '研修・説明会', '施設']);
    expect(screen.getByRole('link', { name: '研修・説明会を登録' })).toHaveAttribute('href', '/support-events/new');
    expect(await screen.findByRole('link', { name: '令和8年度 補助金等説明会' })).toHaveAttribute('href', '/support-events/7');
  });

  it('shows a liaison an event’s totals and attendance by district, lets them record their districts only, and offers no edit', async () => {
    server.use(
      ...serveMe('LIAISON', [1]),
      ...referenceData,
      http.get('/api/v1/support-events/{id}', ({ response }) =>
        response(200).json(
          supportEvent({
            permissions: { canManage: false, canRecordAttendance: true },
            attendance: [
              attendanceRow({ districtId: 10, districtName: '赤坂', wardName: '中央区', organizationId: 10, organizationName: '赤坂校区自治協議会', registered: 2, attended: 2 }),
              attendanceRow({ districtId: 1, registered: 3, attended: null }),
            ],
            registeredTotal: 5,
            attendedTotal: 2,
            districtsAttended: 1,
          }),
          { headers: { ETag: '"2-abc"' } },
        ),
      ),
      http.get('/api/v1/districts', ({ response }) =>
        response(200).json(pageOf([districtSummary({ id: 1, name: '香椎' }), districtSummary({ id: 10, name: '赤坂', wardName: '中央区' })])),
      ),
      http.get('/api/v1/organizations', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/support-events/{id}/files', ({ response }) => response(200).json(pageOf([supportFile({ step: undefined, filename: '説明資料.pdf' })]))),
      noHistory('/api/v1/support-events/{id}/history'),
    );
    renderWithProviders(<AppRoutes />, { route: '/support-events/7' });
    expect(await screen.findByRole('heading', { level: 1, name: '令和8年度 補助金等説明会' })).toBeInTheDocument();
    expect(screen.getByText('令和8年4月18日 14:00〜16:00')).toBeInTheDocument();
    expect(screen.getByTestId('event-registered')).toHaveTextContent('5人');
    expect(screen.getByTestId('event-attended')).toHaveTextContent('2人');
    expect(screen.getByTestId('event-districts')).toHaveTextContent('1校区');
    const table = screen.getByRole('table', { name: '校区ごとの申込者数・出席者数' });
    expect(within(table).getByRole('row', { name: /赤坂/ })).toHaveTextContent('赤坂校区自治協議会');
    expect(within(table).getByRole('row', { name: /香椎/ })).toHaveTextContent('校区全体');
    expect(within(table).getByRole('row', { name: /香椎/ })).toHaveTextContent('未記録');
    expect(within(table).getByRole('row', { name: /合計/ })).toHaveTextContent('出席 1校区52');
    expect(screen.queryByRole('link', { name: '編集' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '削除' })).not.toBeInTheDocument();

    // the liaison's one district is open at once, with its rows as recorded
    const record = screen.getByRole('region', { name: '申込・出席の記録' });
    const form = await within(record).findByRole('form', { name: '香椎校区の申込・出席' });
    expect(within(form).getByRole('textbox', { name: '申込者数（1行目）' })).toHaveValue('3');
    expect(within(record).queryByRole('option', { name: /赤坂/ })).not.toBeInTheDocument();

    // materials to download, none to add
    const files = screen.getByRole('region', { name: '資料' });
    expect(await within(files).findByRole('link', { name: '説明資料.pdf（ダウンロード）' })).toHaveAttribute('href', '/api/v1/support-events/7/files/31/content');
    expect(within(files).queryByRole('form')).not.toBeInTheDocument();
  });

  it('deletes an event after asking, with its ETag, and goes back to the year’s list', async () => {
    server.use(
      ...serveMe('OFFICE'),
      ...referenceData,
      http.get('/api/v1/support-events/{id}', ({ response }) => response(200).json(supportEvent(), { headers: { ETag: '"2-abc"' } })),
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([districtSummary()]))),
      http.get('/api/v1/support-events/{id}/files', ({ response }) => response(200).json(pageOf([]))),
      noHistory('/api/v1/support-events/{id}/history'),
      http.delete('/api/v1/support-events/{id}', ({ response }) => response(204).empty()),
      http.get('/api/v1/support-events', ({ response }) => response(200).json(pageOf([]))),
    );
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(<AppRoutes />, { route: '/support-events/7' });
    await userEvent.click(await screen.findByRole('button', { name: '削除' }));
    expect(await screen.findByText('研修・説明会を削除しました。')).toBeInTheDocument();
    expect(requestsTo('DELETE', '/api/v1/support-events/7')[0]?.headers.get('If-Match')).toBe('"2-abc"');
  });

  it('is not for a committee member', async () => {
    server.use(...serveMe('COMMITTEE'));
    renderWithProviders(<AppRoutes />, { route: '/support-events' });
    expect(await screen.findByRole('heading', { level: 1, name: 'このページは利用できません' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'メインメニュー' })).not.toHaveTextContent('研修・説明会');
  });
});

describe('施設', () => {
  it('shows a facility with its works and writes its history in words', async () => {
    server.use(
      ...serveMe('OFFICE'),
      ...referenceData,
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([districtSummary()]))),
      http.get('/api/v1/facilities/{id}', ({ response }) => response(200).json(facility(), { headers: { ETag: '"3"' } })),
      http.get('/api/v1/facilities/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 4,
              entityType: 'Facility',
              entityId: 5,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2026-11-02T09:00:00+09:00',
              changes: [
                { field: 'works', before: ['1998-03-20 CONSTRUCTION 新築'], after: ['1998-03-20 CONSTRUCTION 新築', '2024-11-20 REPAIR 屋根防水改修 ¥3200000 補助 ¥1600000 program 14'] },
                { field: 'rooms', before: [], after: ['大会議室 (100)'] },
                { field: 'kind', before: 'KOMINKAN', after: 'COMMUNITY_CENTER' },
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
    renderWithProviders(<AppRoutes />, { route: '/facilities/5' });
    expect(await screen.findByRole('heading', { level: 1, name: '香椎校区コミュニティセンター' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '編集' })).toHaveAttribute('href', '/facilities/5/edit');
    const history = await screen.findByTestId('history');
    expect(history).toHaveTextContent('令和6年11月20日 修繕 屋根防水改修、工事費 3,200,000円、補助 1,600,000円、校区コミュニティセンター等建築費補助');
    expect(history).toHaveTextContent('大会議室（定員100人）');
    expect(history).toHaveTextContent('公民館');
    expect(history).toHaveTextContent('施設');
    expect(history).not.toHaveTextContent(/REPAIR|CONSTRUCTION|KOMINKAN|program 14/);
    expect(screen.getByRole('link', { name: '香椎校区のカルテへ戻る' })).toHaveAttribute('href', '/districts/1');
  });

  it('opens the form for a new facility of the district it came from', async () => {
    server.use(
      ...serveMe('LIAISON', [1]),
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([districtSummary({ id: 1, name: '香椎' })]))),
      http.get('/api/v1/support-programs', ({ response }) => response(200).json(pageOf([]))),
    );
    renderWithProviders(<AppRoutes />, { route: '/facilities/new?district=1' });
    const form = await screen.findByRole('form', { name: '施設の登録' });
    const district = within(form).getByRole('combobox', { name: /校区/ });
    await within(district).findByRole('option', { name: '香椎（東区）' });
    expect(district).toHaveValue('1');
  });
});
