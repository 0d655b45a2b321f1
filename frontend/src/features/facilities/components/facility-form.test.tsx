import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { districtSummary, me, pageOf, stamps } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { facility } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api';
import { facilityBodyOf, facilityFieldOf, facilityValuesOf } from '../utils/facility-values';
import { FacilityForm } from './facility-form';

type Program = components['schemas']['SupportProgram'];

const subsidy = (id: number, fiscalYear: number): Program => ({
  id,
  fiscalYear,
  name: '校区コミュニティセンター等建築費補助',
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  kind: 'SUBSIDY',
  audience: 'COMMUNITY',
  categories: ['PLACE'],
  sortOrder: 100,
  eligibleKinds: [],
  documents: [],
  canEdit: true,
  version: 1,
  ...stamps,
});

function serve(role: 'OFFICE' | 'LIAISON', districtIds: number[] = []) {
  server.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me({ role, districtIds }))),
    http.get('/api/v1/districts', ({ response }) =>
      response(200).json(pageOf([districtSummary({ id: 1, name: '香椎' }), districtSummary({ id: 8, name: '警固', wardName: '中央区' })])),
    ),
    http.get('/api/v1/support-programs', ({ response }) => response(200).json(pageOf([subsidy(18, 2025), subsidy(19, 2026)]))),
  );
}

describe('FacilityForm', () => {
  it('adds a repair paid by a subsidy to a facility, sending the works oldest first with If-Match', async () => {
    serve('OFFICE');
    server.use(http.put('/api/v1/facilities/{id}', ({ response }) => response(200).json(facility({ version: 4 }))));
    const onSaved = vi.fn();
    renderWithProviders(<FacilityForm facility={facility()} etag={'"3"'} onSaved={onSaved} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '香椎校区コミュニティセンターの編集' });
    await userEvent.click(within(form).getByRole('button', { name: '工事を追加' }));
    const work = within(form).getByRole('group', { name: '工事3' });
    await userEvent.type(within(work).getByLabelText(/完了日/), '2026-10-31');
    await userEvent.selectOptions(within(work).getByRole('combobox', { name: /区分/ }), '修繕');
    await userEvent.type(within(work).getByRole('textbox', { name: /内容/ }), '外壁塗装');
    await userEvent.type(within(work).getByRole('textbox', { name: /工事費/ }), '2,000,000');
    await userEvent.type(within(work).getByRole('textbox', { name: /補助額/ }), '2500000');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(work).findByText('補助額を入れるときは補助金を選んでください。')).toBeInTheDocument();
    expect(within(work).getByText('補助額は工事費以下にしてください。')).toBeInTheDocument();

    await userEvent.selectOptions(
      within(work).getByRole('combobox', { name: /補助金/ }),
      await within(work).findByRole('option', { name: '校区コミュニティセンター等建築費補助（令和8年度）' }),
    );
    const amount = within(work).getByRole('textbox', { name: /補助額/ });
    await userEvent.clear(amount);
    await userEvent.type(amount, '1000000');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [put] = requestsTo('PUT', '/api/v1/facilities/5');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    const body = await put?.json();
    expect(body.works).toEqual([
      { doneOn: '1998-03-20', kind: 'CONSTRUCTION', description: '新築' },
      { doneOn: '2024-11-20', kind: 'REPAIR', description: '屋根防水改修', costYen: 3200000, programId: 14, subsidyYen: 1600000 },
      { doneOn: '2026-10-31', kind: 'REPAIR', description: '外壁塗装', costYen: 2000000, programId: 19, subsidyYen: 1000000 },
    ]);
    expect(body.rooms).toEqual([
      { name: '大会議室', capacity: 100 },
      { name: '和室', capacity: 20 },
    ]);
    expect(body).toMatchObject({ name: '香椎校区コミュニティセンター', kind: 'COMMUNITY_CENTER', districtId: 1, owner: 'CITY', lentByCity: true });
  });

  it('offers a liaison their own districts and no city room, and places the server’s error at the row it came from', async () => {
    serve('LIAISON', [1]);
    server.use(
      http.post('/api/v1/facilities', ({ response }) =>
        response(400).json(problemBody(400, { errors: [{ field: 'works[0].subsidyYen', message: '補助額が工事費を超えています', code: 'Max' }] })),
      ),
    );
    renderWithProviders(<FacilityForm districtId={1} onSaved={() => {}} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '施設の登録' });
    const kind = within(form).getByRole('combobox', { name: /種類/ });
    expect(within(kind).queryByRole('option', { name: '市の貸出会議室' })).not.toBeInTheDocument();
    const district = within(form).getByRole('combobox', { name: /校区/ });
    await within(district).findByRole('option', { name: '香椎（東区）' });
    expect(within(district).queryByRole('option', { name: /警固/ })).not.toBeInTheDocument();
    expect(district).toHaveValue('1');

    await userEvent.type(within(form).getByRole('textbox', { name: /名称/ }), '香椎二丁目集会所');
    await userEvent.selectOptions(kind, '集会所');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /所有者/ }), '自治会・町内会');
    await userEvent.type(within(form).getByRole('textbox', { name: '所有者の名称' }), '香椎二丁目町内会');
    // two works typed newest first: the newer one is sent second, and its error comes back to its row
    for (const [day, what] of [
      ['2020-05-01', '屋根修繕'],
      ['1990-04-01', '新築'],
    ]) {
      await userEvent.click(within(form).getByRole('button', { name: '工事を追加' }));
      const rows = within(form).getAllByRole('group', { name: /^工事\d$/ });
      const work = rows[rows.length - 1]!;
      await userEvent.type(within(work).getByLabelText(/完了日/), day!);
      await userEvent.selectOptions(within(work).getByRole('combobox', { name: /区分/ }), day === '1990-04-01' ? '新築' : '修繕');
      await userEvent.type(within(work).getByRole('textbox', { name: /内容/ }), what!);
    }
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    const second = within(form).getByRole('group', { name: '工事2' });
    expect(await within(second).findByText('補助額が工事費を超えています')).toBeInTheDocument();
    const body = await requestsTo('POST', '/api/v1/facilities')[0]?.json();
    expect(body.works.map((w: { description: string }) => w.description)).toEqual(['新築', '屋根修繕']);
    expect(body).toMatchObject({ districtId: 1, kind: 'MEETING_HALL', owner: 'ASSOCIATION', ownerName: '香椎二丁目町内会' });
  });
});

describe('facility values', () => {
  it('leaves out empty rooms, the district of a city room and the owner’s name of the city', () => {
    const v = facilityValuesOf(facility({ kind: 'CITY_ROOM', ownerName: '市', works: [] }));
    const { body, roomRows } = facilityBodyOf({ ...v, rooms: [{ name: '', capacity: '' }, ...v.rooms] });
    expect(body.districtId).toBeUndefined();
    expect(body.ownerName).toBeUndefined();
    expect(body.rooms).toHaveLength(2);
    expect(roomRows).toEqual([1, 2]);
    expect(facilityFieldOf('rooms[1].capacity', roomRows, [])).toBe('rooms.2.capacity');
    expect(facilityFieldOf('works[0]', [], [3])).toBe('works.3.doneOn');
    expect(facilityFieldOf('name', [], [])).toBeUndefined();
  });
});
