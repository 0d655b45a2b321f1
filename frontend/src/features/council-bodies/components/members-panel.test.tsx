import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { councilMember, councilSeat, roster } from '@/testing/council-fixtures';
import { districtSummary, pageOf } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { MembersPanel } from './members-panel';

const representatives = councilSeat({
  id: 8,
  title: '各校区代表',
  filling: 'DISTRICT_REPRESENTATIVE',
  seats: undefined,
  seatsToday: 3,
  filled: 2,
  vacant: 1,
  vacantDistricts: [{ id: 41, name: '名島' }],
});

const DISTRICTS = [
  districtSummary({ id: 12, name: '香椎', wardName: '東区' }),
  districtSummary({ id: 40, name: '城浜', wardName: '東区' }),
  districtSummary({ id: 41, name: '名島', wardName: '東区' }),
];

function serveMembers(current: ReturnType<typeof councilMember>[], others: ReturnType<typeof councilMember>[] = []) {
  server.use(
    http.get('/api/v1/council-bodies/{id}/members', ({ request, response }) =>
      response(200).json(pageOf(new URL(request.url).searchParams.get('current') === 'true' ? current : others)),
    ),
  );
}

afterEach(() => vi.restoreAllMocks());

describe('MembersPanel', () => {
  it('lists today’s members by seat, hides a name the caller may not read, and shows former members on request', async () => {
    serveMembers(
      [councilMember(), councilMember({ id: 302, personName: undefined, personKana: undefined, personalDataVisible: false, districtName: '城浜', organizationName: undefined, termEnd: undefined })],
      [councilMember({ id: 290, personName: '田中 次郎', current: false, termStart: '2023-05-27', termEnd: '2025-05-23' })],
    );
    renderWithProviders(<MembersPanel roster={roster({ permissions: { canEdit: false } })} canSeePersons={false} />);
    const table = await screen.findByRole('table', { name: '現在の構成員' });
    const yamada = within(table).getByRole('row', { name: /山田 花子/ });
    expect(yamada).toHaveTextContent('理事');
    expect(yamada).toHaveTextContent('香椎（香椎校区自治協議会）');
    expect(yamada).toHaveTextContent('令和7年5月24日〜令和9年5月31日');
    const hidden = within(table).getByRole('row', { name: /（非表示）/ });
    expect(hidden).toHaveTextContent('城浜');
    expect(hidden).toHaveTextContent('令和7年5月24日〜');
    // names are text, not buttons, for who may not look a person up
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: '任期の終わった構成員・これから就任する構成員も表示' }));
    const others = await screen.findByRole('table', { name: '任期の終わった構成員・これから就任する構成員' });
    expect(within(others).getByRole('row', { name: /田中 次郎/ })).toHaveTextContent('任期終了');
    expect(requestsTo('GET', '/api/v1/council-bodies/2/members').map((r) => new URL(r.url).searchParams.get('current'))).toEqual(['true', 'false']);
  });

  it('opens a person’s seats across the bodies from their name', async () => {
    serveMembers([councilMember()]);
    server.use(
      http.get('/api/v1/council-members', ({ response }) =>
        response(200).json(
          pageOf([
            councilMember(),
            councilMember({ id: 120, bodyId: 1, bodyName: '総会', seatTitle: '各校区代表', filling: 'DISTRICT_REPRESENTATIVE', organizationName: undefined }),
          ]),
        ),
      ),
    );
    renderWithProviders(<MembersPanel roster={roster({ permissions: { canEdit: false } })} canSeePersons />);
    const name = await screen.findByRole('button', { name: '山田 花子' });
    expect(name).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(name);
    expect(name).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: '山田 花子さんの役職（すべての会議体）' });
    const seats = await within(panel).findByRole('table');
    expect(within(seats).getByRole('link', { name: '総会' })).toHaveAttribute('href', '/council-bodies/1');
    expect(within(seats).getByRole('row', { name: /総会/ })).toHaveTextContent('各校区代表');
    expect(within(seats).getByRole('row', { name: /総会/ })).toHaveTextContent('在任中');
    expect(new URL(requestsTo('GET', '/api/v1/council-members')[0]!.url).searchParams.get('person')).toBe('301');
    await userEvent.click(within(panel).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('region', { name: /さんの役職/ })).not.toBeInTheDocument();
  });

  it('adds a district representative, asking for the district and offering those without one first', async () => {
    serveMembers([]);
    server.use(
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf(DISTRICTS))),
      http.get('/api/v1/organizations', ({ response }) => response(200).json(pageOf([]))),
      http.post('/api/v1/council-bodies/{id}/members', async ({ request, response }) => {
        const body = await request.json();
        return response(201).json(councilMember({ id: 400, personName: body.personName, seatId: body.seatId }));
      }),
    );
    renderWithProviders(<MembersPanel roster={roster({ seats: [councilSeat(), representatives] })} canSeePersons />);
    expect(await screen.findByText('現在の構成員は登録されていません。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '構成員を追加' }));
    const form = screen.getByRole('form', { name: '構成員の追加' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^役職/ }), '各校区代表');
    await userEvent.type(within(form).getByRole('textbox', { name: /^氏名/ }), '鈴木 三郎');
    await userEvent.type(within(form).getByLabelText(/任期の始まり/), '2026-04-01');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('各校区の代表は選出校区を選んでください。')).toBeInTheDocument();
    expect(requestsTo('POST', '/api/v1/council-bodies/2/members')).toHaveLength(0);

    const district = within(form).getByRole('combobox', { name: /^選出校区/ });
    await within(district).findByRole('option', { name: '名島（東区）' });
    const groups = within(district).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['代表のいない校区', 'その他の校区']);
    expect(within(groups[0]!).getAllByRole('option').map((o) => o.textContent)).toEqual(['名島（東区）']);
    await userEvent.selectOptions(district, '名島（東区）');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('鈴木 三郎さんを保存しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/council-bodies/2/members');
    expect(await post!.json()).toEqual({ seatId: 8, personName: '鈴木 三郎', districtId: 41, termStart: '2026-04-01' });
    expect(post!.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('changes a member with their version, and says why one with recorded attendance is not deleted', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    serveMembers([councilMember()]);
    server.use(
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf(DISTRICTS))),
      http.get('/api/v1/organizations', ({ response }) => response(200).json(pageOf([]))),
      http.put('/api/v1/council-members/{id}', async ({ request, response }) => response(200).json(councilMember({ termEnd: (await request.json()).termEnd }))),
      http.delete('/api/v1/council-members/{id}', ({ response }) => response(409).json(problemBody(409, { title: 'Conflict' }))),
    );
    renderWithProviders(<MembersPanel roster={roster()} canSeePersons />);
    await userEvent.click(await screen.findByRole('button', { name: '変更（山田 花子）' }));
    const form = screen.getByRole('form', { name: '山田 花子さんの変更' });
    expect(within(form).getByText('この役職の任期は2年です（空欄: 定めなし）')).toBeInTheDocument();
    const end = within(form).getByLabelText(/任期の終わり/);
    await userEvent.clear(end);
    await userEvent.type(end, '2026-03-31');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('山田 花子さんを保存しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/council-members/301');
    expect(put!.headers.get('If-Match')).toBe('"1"');
    expect(await put!.json()).toEqual({
      seatId: 7,
      personName: '山田 花子',
      personKana: 'やまだ はなこ',
      districtId: 12,
      organizationId: 40,
      termStart: '2025-05-24',
      termEnd: '2026-03-31',
    });

    await userEvent.click(screen.getByRole('button', { name: '削除（山田 花子）' }));
    expect(await screen.findByText('出欠が記録されているため削除できません。退任したときは、任期の終わりを入力してください。')).toBeInTheDocument();
  });
});
