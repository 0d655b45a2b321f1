import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { Activity } from '../api/activities';
import { DistrictActivities } from './district-activities';

const record = (id: number, occurredOn: string, followUps: Activity['followUps']): Activity => ({
  id,
  type: 'VISIT',
  occurredOn,
  fiscalYear: 2026,
  districts: [{ id: 1, name: '香椎' }],
  organizations: [],
  staff: [],
  sections: [],
  summary: `訪問の記録 ${id}`,
  followUps,
  openFollowUps: followUps.filter((f) => f.status === 'OPEN').length,
  attachmentCount: 0,
  createdByName: '古賀 健一',
  updatedAt: '2026-12-01T10:00:00+09:00',
  permissions: { canEdit: true },
  version: 0,
  createdAt: '2026-12-01T10:00:00+09:00',
});

describe('DistrictActivities (校区カルテ)', () => {
  it('lists the latest records and the open follow-ups, oldest due first, overdue marked', async () => {
    const a = record(1, '2026-11-20', [
      { id: 11, description: '街灯の件を回答', responsibleName: '古賀 健一', dueOn: '2000-01-10', status: 'OPEN' },
      { id: 12, description: '済んだ件', dueOn: '2000-01-01', status: 'DONE', doneOn: '2000-01-02' },
    ]);
    const b = record(2, '2026-11-25', [{ id: 21, description: '名簿を届ける', dueOn: '2999-01-01', status: 'OPEN' }]);
    const seen: string[] = [];
    server.use(
      http.get('/api/v1/activities', ({ request, response }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        const items = [b, a];
        return response(200).json({ items, total: 2, page: 1, size: 5, nextCursor: null });
      }),
    );
    renderWithProviders(<DistrictActivities districtId={1} />);
    expect(await screen.findAllByRole('link', { name: /訪問/ })).toHaveLength(2);
    const table = await screen.findByRole('table', { name: '未対応の対応事項' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['街灯の件を回答', '名簿を届ける']);
    expect(within(rows[0]!).getByText('期限切れ')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('期限切れ')).toBeNull();
    expect(screen.getByRole('link', { name: 'この校区の活動記録をすべて見る（2件）' })).toHaveAttribute(
      'href',
      '/activities?district=1',
    );
    expect(seen.every((s) => s.includes('districtId=1'))).toBe(true);
  });
});
