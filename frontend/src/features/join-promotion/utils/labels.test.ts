import { describe, expect, it } from 'vitest';
import { newBuilding } from '@/testing/join-promotion-fixtures';
import { stamps } from '@/testing/fixtures';
import type { LeafletDistribution } from '../api/join-promotion';
import { unitsJoinedIn } from '../components/district-join-promotion';
import { monthByWard, shownMonth } from '../components/leaflets';
import { direction, formatMonth, formatRate, signedPoints } from './labels';

const leaflet = (o: Partial<LeafletDistribution>): LeafletDistribution => ({
  id: 1,
  wardId: 1,
  wardName: '東区',
  month: '2026-04',
  fiscalYear: 2026,
  kind: 'LEAFLET',
  place: '区役所',
  copies: 10,
  version: 0,
  ...stamps,
  ...o,
});

describe('the words of 加入促進', () => {
  it('writes changes of the rate with a real sign, zero as ±, and which way they went', () => {
    expect(signedPoints(0.72)).toBe('+0.7');
    expect(signedPoints(-1.94)).toBe('−1.9');
    expect(signedPoints(-0.04)).toBe('±0.0');
    expect(signedPoints(0.5, 2)).toBe('+0.50');
    expect(direction(0.7)).toBe('up');
    expect(direction(-0.7)).toBe('down');
    expect(direction(0.02)).toBe('flat');
    expect(direction(undefined)).toBeUndefined();
    expect(formatRate(78.4)).toBe('78.4%');
    expect(formatRate(undefined)).toBe('—');
  });

  it('names a month in 和暦 (and in English)', () => {
    expect(formatMonth('2026-04', 'ja')).toBe('令和8年4月');
    expect(formatMonth('2019-04', 'ja')).toBe('平成31年4月');
    expect(formatMonth('2026-04', 'en')).toBe('Apr 2026');
  });

  it('sums a year of distributions by month and ward, leaflets apart from welcome packs', () => {
    const pivot = monthByWard([
      leaflet({ id: 1, month: '2026-05', kind: 'WELCOME_PACK', copies: 200 }),
      leaflet({ id: 2, month: '2026-05', kind: 'LEAFLET', copies: 100 }),
      leaflet({ id: 3, month: '2026-04', kind: 'LEAFLET', copies: 30, place: '不動産店' }),
      leaflet({ id: 4, month: '2026-04', kind: 'LEAFLET', copies: 20 }),
      leaflet({ id: 5, month: '2026-04', wardId: 2, wardName: '博多区', kind: 'WELCOME_PACK', copies: 5 }),
    ]);
    expect(pivot.wards.map((w) => w.wardName)).toEqual(['東区', '博多区']);
    expect(pivot.months.map((m) => m.month)).toEqual(['2026-05', '2026-04']);
    expect(pivot.months[1]!.cells.get(1)).toEqual({ leaflets: 50, welcomePacks: 0 });
    expect(pivot.months[0]!.cells.get(2)).toBeUndefined();
    expect(pivot.totals.get(1)).toEqual({ leaflets: 150, welcomePacks: 200 });
    expect(pivot.totals.get(2)).toEqual({ leaflets: 0, welcomePacks: 5 });
  });

  it('shows the records of the latest month unless another month or the whole year is asked for', () => {
    const rows = [leaflet({ month: '2026-05' }), leaflet({ month: '2026-04' })];
    expect(shownMonth(rows, '')).toBe('2026-05');
    expect(shownMonth(rows, '2026-04')).toBe('2026-04');
    expect(shownMonth(rows, '2025-04')).toBe('2026-05');
    expect(shownMonth(rows, 'all')).toBeUndefined();
  });

  it('counts the units that joined in a fiscal year by the day of the outcome', () => {
    const buildings = [
      newBuilding({ id: 1, outcome: 'BLOCK_JOIN', outcomeOn: '2026-05-01', joinedUnits: 48 }),
      newBuilding({ id: 2, outcome: 'INDIVIDUAL', outcomeOn: '2027-03-31', joinedUnits: 9 }),
      newBuilding({ id: 3, outcome: 'BLOCK_JOIN', outcomeOn: '2026-03-31', joinedUnits: 30 }),
      newBuilding({ id: 4, outcome: 'DECLINED', outcomeOn: '2026-06-01', joinedUnits: 0 }),
      newBuilding({ id: 5 }),
    ];
    expect(unitsJoinedIn(buildings, 2026)).toBe(57);
    expect(unitsJoinedIn(buildings, 2025)).toBe(30);
  });
});
