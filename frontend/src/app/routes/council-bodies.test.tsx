import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/types/api';
import { attendanceFigures, councilBody, councilMember, councilSeat, meetingAttendance, meetingSummary, roster } from '@/testing/council-fixtures';
import { me, pageOf, ward } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
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
  http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([]))),
  http.get('/api/v1/sections', ({ response }) => response(200).json(pageOf([]))),
  http.get('/api/v1/organization-kinds', ({ response }) => response(200).json(pageOf([]))),
];

const emptyPage = { items: [], total: 0, page: 1, size: 20, nextCursor: null };

describe('会議体', () => {
  it('is in the menu under 校区の活動 after 会議録, and the office may add a body', async () => {
    server.use(...serveMe('OFFICE'), http.get('/api/v1/council-bodies', ({ response }) => response(200).json(pageOf([councilBody()]))));
    renderWithProviders(<AppRoutes />, { route: '/council-bodies' });
    expect(await screen.findByRole('heading', { level: 1, name: '会議体' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    const links = within(nav)
      .getAllByRole('link', { hidden: true })
      .map((a) => a.textContent);
    expect(links.slice(links.indexOf('会議録'), links.indexOf('会議録') + 2)).toEqual(['会議録', '会議体']);
    expect(screen.getByRole('link', { name: '会議体を登録' })).toHaveAttribute('href', '/council-bodies/new');
    expect(await screen.findByRole('link', { name: '理事会' })).toHaveAttribute('href', '/council-bodies/2');
  });

  it('shows a body’s settings, seats, members, meetings with their quorum and history; a liaison edits nothing', async () => {
    server.use(
      ...serveMe('LIAISON', [1]),
      ...referenceData,
      http.get('/api/v1/council-bodies/{id}', ({ response }) => response(200).json(councilBody({ proxiesCount: true }), { headers: { ETag: '"3"' } })),
      http.get('/api/v1/council-bodies/{id}/roster', ({ response }) => response(200).json(roster({ permissions: { canEdit: false } }))),
      http.get('/api/v1/council-bodies/{id}/members', ({ response }) => response(200).json(pageOf([councilMember()]))),
      http.get('/api/v1/council-meetings', ({ response }) =>
        response(200).json({
          ...emptyPage,
          total: 2,
          items: [
            meetingSummary({ id: 32, heldOn: '2025-09-24', displayName: '第4回理事会', attendance: attendanceFigures({ present: 5, proxy: 0, absent: 6, quorumMet: false }) }),
            meetingSummary({ attendance: attendanceFigures() }),
          ],
        }),
      ),
      http.get('/api/v1/council-bodies/{id}/history', ({ response }) =>
        response(200).json({
          ...emptyPage,
          total: 1,
          items: [
            {
              id: 9,
              entityType: 'CouncilMember',
              entityId: 301,
              action: 'CREATE',
              actor: 'office',
              occurredAt: '2026-04-01T00:00:00Z',
              changes: [
                { field: 'seatId', after: 7 },
                { field: 'personName', after: '***' },
                { field: 'termStart', after: '2025-05-24' },
              ],
            },
          ],
        }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/council-bodies/2' });
    expect(await screen.findByRole('heading', { level: 1, name: '理事会' })).toBeInTheDocument();
    expect(screen.getByText('過半数（委任状を出席に含む）')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '設定を変更' })).not.toBeInTheDocument();
    const seats = await screen.findByRole('table', { name: '役職と定数' });
    expect(within(seats).getByRole('row', { name: /理事/ })).toHaveTextContent('欠員 1');
    expect(screen.queryByRole('button', { name: '役職を追加' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '山田 花子' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '構成員を追加' })).not.toBeInTheDocument();

    const meetings = await screen.findByRole('table', { name: 'この会議体の会議' });
    const short = within(meetings).getByRole('row', { name: /第4回理事会/ });
    expect(within(short).getByRole('link', { name: '第4回理事会' })).toHaveAttribute('href', '/meetings/32');
    expect(short).toHaveTextContent('令和7年9月24日');
    expect(short).toHaveTextContent('出席 5・委任状 0・欠席 6');
    expect(short).toHaveTextContent('不成立');
    expect(within(meetings).getByRole('row', { name: /第3回理事会/ })).toHaveTextContent('成立');
    expect(new URL(requestsTo('GET', '/api/v1/council-meetings')[0]!.url).searchParams.get('bodyId')).toBe('2');
    expect(screen.queryByRole('link', { name: 'この会議体の会議を登録' })).not.toBeInTheDocument();

    const history = await screen.findByTestId('history');
    expect(history).toHaveTextContent('構成員');
    expect(history).toHaveTextContent('役職—理事');
    expect(history).toHaveTextContent('氏名—（非表示）');
    expect(history).not.toHaveTextContent('***');
  });

  it('lets the office change a body’s settings: side, quorum and whether proxies count', async () => {
    server.use(
      ...serveMe('OFFICE'),
      ...referenceData,
      http.get('/api/v1/council-bodies/{id}', ({ response }) => response(200).json(councilBody(), { headers: { ETag: '"3"' } })),
      http.get('/api/v1/council-bodies/{id}/roster', ({ response }) => response(200).json(roster({ seats: [councilSeat()] }))),
      http.get('/api/v1/council-bodies/{id}/members', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/council-meetings', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/council-bodies/{id}/history', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/organizations', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/council-bodies', ({ response }) => response(200).json(pageOf([councilBody()]))),
      http.put('/api/v1/council-bodies/{id}', async ({ request, response }) => response(200).json(councilBody({ ...(await request.json()), version: 4 }))),
    );
    renderWithProviders(<AppRoutes />, { route: '/council-bodies/2' });
    await userEvent.click(await screen.findByRole('button', { name: '設定を変更' }));
    const form = screen.getByRole('form', { name: '理事会の設定' });
    await userEvent.click(within(form).getByRole('radio', { name: '市側' }));
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^定足数/ }), '3分の2以上');
    await userEvent.click(within(form).getByRole('checkbox', { name: '委任状を出席に含める' }));
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('会議体を保存しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/council-bodies/2');
    expect(put!.headers.get('If-Match')).toBe('"3"');
    expect(await put!.json()).toEqual({
      code: 'BOARD',
      nameJa: '理事会',
      nameEn: 'Board',
      kind: 'BOARD',
      side: 'CITY',
      quorum: 'TWO_THIRDS',
      proxiesCount: true,
      aliases: [],
      organizationId: 5,
      sortOrder: 20,
    });
    expect(screen.getByRole('link', { name: 'この会議体の会議を登録' })).toHaveAttribute('href', '/meetings/new?body=2');
  });

  it('keeps what the office typed and says so when someone else saved the body first (412)', async () => {
    let version = 3;
    server.use(
      ...serveMe('OFFICE'),
      ...referenceData,
      http.get('/api/v1/council-bodies/{id}', ({ response }) =>
        response(200).json(councilBody({ version, nameJa: version === 3 ? '理事会' : '理事会（改）' }), { headers: { ETag: `"${version}"` } }),
      ),
      http.get('/api/v1/council-bodies/{id}/roster', ({ response }) => response(200).json(roster({ seats: [councilSeat()] }))),
      http.get('/api/v1/council-bodies/{id}/members', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/council-meetings', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/council-bodies/{id}/history', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/organizations', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/council-bodies', ({ response }) => response(200).json(pageOf([councilBody()]))),
      http.put('/api/v1/council-bodies/{id}', ({ response }) => {
        version = 4; // another screen saved in between
        return response(412).json(
          problemBody(412, { title: 'Precondition Failed' }),
          { headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    renderWithProviders(<AppRoutes />, { route: '/council-bodies/2' });
    await userEvent.click(await screen.findByRole('button', { name: '設定を変更' }));
    const form = screen.getByRole('form', { name: '理事会の設定' });
    await userEvent.click(within(form).getByRole('radio', { name: '市側' }));
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText(/他の人によって変更されました/)).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '市側' })).toBeChecked();
  });

  it('adds a body from the office’s form and opens its page', async () => {
    server.use(
      ...serveMe('OFFICE'),
      ...referenceData,
      http.get('/api/v1/organizations', ({ response }) => response(200).json(pageOf([]))),
      http.post('/api/v1/council-bodies', async ({ request, response }) => response(201).json(councilBody({ ...(await request.json()), id: 50 }))),
      http.get('/api/v1/council-bodies/{id}', ({ response }) =>
        response(200).json(councilBody({ id: 50, nameJa: '防災連絡会議', code: 'BOSAI', side: 'CITY', quorum: 'HALF' }), { headers: { ETag: '"0"' } }),
      ),
      http.get('/api/v1/council-bodies/{id}/roster', ({ response }) => response(200).json(roster({ bodyId: 50, seats: [] }))),
      http.get('/api/v1/council-bodies/{id}/members', ({ response }) => response(200).json(pageOf([]))),
      http.get('/api/v1/council-meetings', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/council-bodies/{id}/history', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/council-bodies', ({ response }) => response(200).json(pageOf([]))),
    );
    renderWithProviders(<AppRoutes />, { route: '/council-bodies/new' });
    const form = await screen.findByRole('form', { name: '会議体の登録' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^名称/ }), '防災連絡会議');
    await userEvent.type(within(form).getByRole('textbox', { name: /^英語名/ }), 'Disaster prevention liaison meeting');
    await userEvent.type(within(form).getByRole('textbox', { name: /^コード/ }), 'ＢＯＳＡＩ');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^種類/ }), 'その他');
    await userEvent.click(within(form).getByRole('radio', { name: '市側' }));
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^定足数/ }), '半数以上');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('heading', { level: 1, name: '防災連絡会議' })).toBeInTheDocument();
    expect(screen.getByText('会議体を保存しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/council-bodies');
    expect(post!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post!.json()).toEqual({
      code: 'BOSAI',
      nameJa: '防災連絡会議',
      nameEn: 'Disaster prevention liaison meeting',
      kind: 'OTHER',
      side: 'CITY',
      quorum: 'HALF',
      proxiesCount: false,
      aliases: [],
    });
    expect(await screen.findByText('役職と定数はまだ登録されていません。')).toBeInTheDocument();
    expect(screen.getByText('構成員を登録するには、先に役職を追加してください。')).toBeInTheDocument();
  });

  it('shows a meeting’s attendance on its page, with the office’s sheet download and import', async () => {
    server.use(
      ...serveMe('OFFICE'),
      http.get('/api/v1/council-meetings/{id}', ({ response }) =>
        response(200).json(
          {
            ...meetingSummary(),
            agendaItems: [],
            attendance: attendanceFigures(),
            permissions: { canEdit: true },
          },
          { headers: { ETag: '"3"' } },
        ),
      ),
      http.get('/api/v1/council-meetings/{id}/attendance', ({ response }) =>
        response(200).json(meetingAttendance({ figures: attendanceFigures() }), { headers: { ETag: '"3"' } }),
      ),
    );
    renderWithProviders(<AppRoutes />, { route: '/meetings/31' });
    expect(await screen.findByRole('heading', { level: 1, name: '第3回理事会' })).toBeInTheDocument();
    const section = screen.getByRole('region', { name: '出欠' });
    expect(await within(section).findByTestId('attendance-figures')).toHaveTextContent('構成員 14名・出席 10・委任状 2・欠席 2—定足数 8（過半数・委任状を含む）成立');
    expect(within(section).getByRole('form', { name: '出欠の記録' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: '出欠表をダウンロード' })).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: '記入した出欠表を取り込む' })).toHaveAttribute('href', '/import?dataset=meeting-attendance');
  });
});
