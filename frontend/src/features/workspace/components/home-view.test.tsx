import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { Home } from '../api/workspace';
import { HomeView } from './home-view';

const kashii = { id: 7, name: '香椎', wardName: '東区' };
const nata = { id: 8, name: '奈多', wardName: '東区' };

const home: Home = {
  liaison: { userId: 4, displayName: '古賀 健一' },
  today: '2026-12-04',
  visitsRecorded: false,
  cards: [
    {
      district: kashii,
      councilName: '香椎校区自治協議会',
      councilId: 70,
      joinRate: { fiscalYear: 2026, rate: 0.7812, previousRate: 0.79, change: -0.0088, rank: 3, rankedDistricts: 9 },
      thisMonth: { year: 2026, month: 12, requests: 6, hours: 42 },
      needs: [
        { kind: 'FIGURES_MISSING', count: 2 },
        { kind: 'REQUEST_DEADLINE', count: 1 },
      ],
      lastVisitOn: null,
      daysSinceLastVisit: null,
    },
  ],
  worklist: [
    {
      kind: 'REQUEST_DEADLINE',
      due: '2026-12-21',
      overdue: false,
      title: '年末年始のごみ収集日程チラシの回覧',
      link: '/requests/41',
      districts: [kashii, nata],
    },
    { kind: 'FIGURES_MISSING', due: null, overdue: false, title: '香椎一丁目町内会', link: '/organizations/9', districts: [kashii] },
  ],
};

describe('HomeView', () => {
  it('shows a card per district in office words and the worklist in order', () => {
    renderWithProviders(<HomeView home={home} />);
    const card = screen.getByRole('article', { name: /香椎/ });
    expect(within(card).getByText('香椎校区自治協議会')).toBeInTheDocument();
    expect(within(card).getByText(/78\.1%/)).toBeInTheDocument();
    expect(within(card).getByText(/前年度比 0\.9 ポイント減/)).toBeInTheDocument();
    expect(within(card).getByText(/区内 9 校区中 3 位/)).toBeInTheDocument();
    expect(within(card).getByText(/6件・42時間/)).toBeInTheDocument();
    expect(within(card).getByText(/今年度の世帯数が未報告/)).toBeInTheDocument();
    expect(within(card).getByText('活動記録なし')).toBeInTheDocument();
    const links = screen.getAllByRole('link').map((l) => l.getAttribute('href'));
    expect(links).toContain('/requests/41');
    expect(screen.getByText('香椎、奈多')).toBeInTheDocument();
    expect(screen.getByText('令和8年12月21日')).toBeInTheDocument();
    expect(screen.getByText('期限なし')).toBeInTheDocument();
  });
});
