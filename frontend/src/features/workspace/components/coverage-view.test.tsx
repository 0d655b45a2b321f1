import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { Coverage, CoverageDistrict } from '../api/workspace';
import { CoverageView } from './coverage-view';

const district = (id: number, name: string, o: Partial<CoverageDistrict> = {}): CoverageDistrict => ({
  district: { id, name, code: `D${id}`, wardName: '東区' } as CoverageDistrict['district'],
  liaisons: [],
  lastVisitOn: '2026-11-20',
  daysSinceLastVisit: 14,
  openFollowUps: 0,
  attention: [],
  ...o,
});

const stale = district(2, '名島', {
  liaisons: [{ userId: 5, displayName: '古賀 健一' } as CoverageDistrict['liaisons'][number]],
  lastVisitOn: '2026-08-01',
  daysSinceLastVisit: 125,
  attention: ['NO_RECENT_VISIT'],
});
const coverage: Coverage = {
  today: '2026-12-04',
  staleDays: 60,
  visitsRecorded: true,
  liaisons: [
    {
      liaison: { userId: 5, displayName: '古賀 健一' } as Coverage['liaisons'][number]['liaison'],
      openFollowUps: 2,
      districts: [district(1, '香椎'), stale],
    },
  ],
  attention: [district(3, '舞松原', { lastVisitOn: null, daysSinceLastVisit: null, attention: ['NO_LIAISON', 'NO_RECENT_VISIT'] }), stale],
};

describe('CoverageView', () => {
  it('lists the districts that stand out in a table, saying why in words', () => {
    renderWithProviders(<CoverageView coverage={coverage} />);
    const table = screen.getByRole('table', { name: '注意が必要な校区の一覧' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('舞松原');
    expect(rows[1]).toHaveTextContent('担当者なし');
    expect(rows[1]).toHaveTextContent('最近の訪問なし');
    expect(rows[1]).toHaveTextContent('（なし）');
    expect(rows[1]).toHaveTextContent('訪問の記録なし');
    expect(rows[2]).toHaveTextContent('古賀 健一');
    expect(rows[2]).toHaveTextContent('125日前');
  });

  it('marks a liaison’s district without a recent visit in words, and names each liaison in the row header', () => {
    renderWithProviders(<CoverageView coverage={coverage} />);
    const table = screen.getByRole('table', { name: '校区担当職員ごとの担当校区' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('古賀 健一');
    const items = within(row).getAllByRole('listitem');
    expect(items[0]).not.toHaveTextContent('最近の訪問なし');
    expect(items[1]).toHaveTextContent('名島');
    expect(items[1]).toHaveTextContent('最近の訪問なし');
    expect(row).toHaveTextContent('2件');
  });
});
