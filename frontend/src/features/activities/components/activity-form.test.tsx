import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { me, pageOf } from '@/testing/fixtures';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { outbox, type Activity } from '../api/activities';
import { ActivityForm } from './activity-form';

const district = (id: number, name: string) => ({
  id,
  code: `D${id}`,
  name,
  kana: 'かな',
  wardId: 1,
  wardName: '東区',
  fiscalYear: null,
  associations: 0,
  households: null,
  memberHouseholds: null,
  joinRate: null,
  createdAt: '2025-04-01T00:00:00Z',
  updatedAt: '2025-04-01T00:00:00Z',
});

const saved: Activity = {
  id: 9,
  type: 'VISIT',
  occurredOn: '2026-12-01',
  fiscalYear: 2026,
  districts: [{ id: 1, name: '香椎' }],
  organizations: [],
  staff: [],
  sections: [],
  summary: '訪問の記録',
  followUps: [],
  openFollowUps: 0,
  attachmentCount: 0,
  createdByName: '古賀 健一',
  createdAt: '2026-12-01T10:00:00+09:00',
  updatedAt: '2026-12-01T10:00:00+09:00',
  permissions: { canEdit: true },
  version: 0,
};

function handlers() {
  server.use(
    http.get('/api/v1/me', ({ response }) =>
      response(200).json(me({ id: 5, role: 'LIAISON', displayName: '古賀 健一', districtIds: [1] })),
    ),
    http.get('/api/v1/districts', ({ response }) =>
      response(200).json({ items: [district(1, '香椎'), district(2, '名島')], total: 2, page: 1, size: 200, nextCursor: null }),
    ),
    http.get('/api/v1/sections', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null })),
    http.get('/api/v1/districts/{id}/organization-tree', ({ response }) => response(200).json(pageOf([]))),
    http.get('/api/v1/districts/{id}/liaison-assignments', ({ response }) =>
      response(200).json({
        items: [
          { id: 1, districtId: 1, userId: 5, displayName: '古賀 健一', startsOn: '2025-04-01', endsOn: null, version: 0, createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z' },
          { id: 2, districtId: 1, userId: 8, displayName: '元担当', startsOn: '2023-04-01', endsOn: '2024-03-31', version: 0, createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z' },
        ],
        total: 2,
        page: 1,
        size: 100,
        nextCursor: null,
      }),
    ),
  );
}

async function fill() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('checkbox', { name: '香椎' }));
  await user.type(screen.getByLabelText(/概要/), '会長と防犯灯の件を相談した。');
  await user.click(screen.getByRole('button', { name: '対応事項を追加' }));
  await user.type(screen.getByLabelText(/内容/), '道路課へ伝える');
  await user.type(screen.getByLabelText(/期限/), '2026-12-10');
  return user;
}

describe('ActivityForm', () => {
  beforeEach(() => {
    window.localStorage.clear();
    for (const i of outbox().items()) outbox().remove(i.key);
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers only the liaison’s own districts and sends a new record with an Idempotency-Key', async () => {
    handlers();
    server.use(http.post('/api/v1/activities', ({ response }) => response(201).json(saved)));
    const onSaved = vi.fn();
    renderWithProviders(<ActivityForm onSaved={onSaved} onKept={() => {}} onCancel={() => {}} />);
    expect(await screen.findByRole('checkbox', { name: '香椎' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '名島' })).not.toBeInTheDocument();
    expect(screen.getByText(/記録者の責任で/)).toBeInTheDocument();
    const user = await fill();
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [post] = requestsTo('POST', '/api/v1/activities');
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await post!.json()) as { districtIds: number[]; staff: unknown[]; followUps: { responsibleId: number }[] };
    expect(body.districtIds).toEqual([1]);
    expect(body.staff).toEqual([{ userId: 5 }]);
    expect(body.followUps[0]!.responsibleId).toBe(5);
    // a liaison no longer serving the district is not offered
    expect(screen.queryByRole('option', { name: '元担当' })).not.toBeInTheDocument();
    expect(outbox().items()).toEqual([]);
  });

  it('keeps the record on the device when there is no signal', async () => {
    handlers();
    const onKept = vi.fn();
    renderWithProviders(<ActivityForm onSaved={() => {}} onKept={onKept} onCancel={() => {}} />);
    const user = await fill();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onKept).toHaveBeenCalled());
    expect(requestsTo('POST', '/api/v1/activities')).toHaveLength(0);
    expect(outbox().items()).toHaveLength(1);
    expect(outbox().items()[0]!.body.summary).toBe('会長と防犯灯の件を相談した。');
  });
});
