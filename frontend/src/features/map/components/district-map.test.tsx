import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { BoundaryCollection, MapMetrics } from '../api/get-map';
import { DistrictMap } from './district-map';

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 33.6],
      [x + 0.01, 33.6],
      [x + 0.01, 33.61],
      [x, 33.61],
      [x, 33.6],
    ],
  ],
});

const boundaries: BoundaryCollection = {
  type: 'FeatureCollection',
  bbox: [130.4, 33.6, 130.43, 33.61],
  features: [1, 2, 3].map((id) => ({
    type: 'Feature',
    id,
    geometry: square(130.39 + id * 0.01),
    properties: { districtId: id, code: `D${id}`, name: ['香椎', '千早', '名島'][id - 1] ?? '', wardId: 1, wardName: '東区' },
  })),
};

const district = (id: number, name: string, joinRate: number | null, previous: number | null, hours: number, mine = false) => ({
  districtId: id,
  code: `D${id}`,
  name,
  wardId: 1,
  wardName: '東区',
  joinRate,
  previousJoinRate: previous,
  joinRateChange: joinRate !== null && previous !== null ? joinRate - previous : null,
  burdenHours: hours,
  daysSinceLastVisit: null,
  mine,
  hasBoundary: true,
});

const metrics: MapMetrics = {
  fiscalYear: 2025,
  visitsRecorded: false,
  today: '2025-12-04',
  districts: [district(1, '香椎', 0.81, 0.8, 120, true), district(2, '千早', 0.62, 0.66, 40), district(3, '名島', null, null, 0)],
};

describe('DistrictMap', () => {
  it('fills districts by join rate with a legend and the same values in the table', () => {
    renderWithProviders(<DistrictMap boundaries={boundaries} metrics={metrics} />);
    const kashii = screen.getByRole('link', { name: '香椎: 加入率 81.0%' });
    const chihaya = screen.getByRole('link', { name: '千早: 加入率 62.0%' });
    const fill = (a: HTMLElement) => a.querySelector('path')?.getAttribute('fill');
    expect(fill(kashii)).not.toBe(fill(chihaya));
    expect(screen.getByRole('link', { name: '名島: 加入率 データなし' })).toBeInTheDocument();
    expect(kashii.getAttribute('href')).toBe('/districts/1');
    const legend = screen.getByRole('region', { name: '凡例' });
    expect(within(legend).getByText(/階級1 62\.0% – 65\.8%/)).toBeInTheDocument();
    expect(within(legend).getByText('太線: わたしの担当校区')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '校区別の加入率（令和7年度）' });
    expect(within(table).getAllByTestId('map-value').map((c) => c.textContent)).toEqual([
      '81.0%（階級5）',
      '62.0%（階級1）',
      'データなし',
    ]);
  });

  it('switches the metric, says 記録なし without visits, sorts the table and shows the focused district', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DistrictMap boundaries={boundaries} metrics={metrics} />);
    await user.click(screen.getByRole('radio', { name: '加入率の前年度差' }));
    expect(screen.getByRole('link', { name: '千早: 加入率の前年度差 −4.0ポイント' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '最終訪問からの日数' }));
    expect(screen.getByText('訪問の記録がまだないため、すべての校区が「記録なし」になります。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '香椎: 最終訪問からの日数 記録なし' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '依頼等の負担時間' }));
    await user.click(screen.getByRole('button', { name: /^依頼等の負担時間/ }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['名島', '千早', '香椎担当']);

    // keyboard focus is checked in the browser (e2e/map.spec.ts): jsdom does not focus SVG links
    await user.hover(screen.getByRole('link', { name: /^千早:/ }));
    expect(screen.getByTestId('map-readout').textContent).toBe('千早（東区）: 依頼等の負担時間 40時間');
  });

  it('draws no tiles and names no credit without a tile server', () => {
    const { container } = renderWithProviders(<DistrictMap boundaries={boundaries} metrics={metrics} tiles={{}} />);
    expect(container.querySelectorAll('image')).toHaveLength(0);
    expect(screen.queryByTestId('map-attribution')).not.toBeInTheDocument();
    expect(container.querySelector('path')?.getAttribute('fill-opacity')).toBeNull();
  });

  it('draws the configured tiles under the districts, lets them show through and credits them', () => {
    const { container } = renderWithProviders(
      <DistrictMap
        boundaries={boundaries}
        metrics={metrics}
        tiles={{ tileUrl: 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png', tileAttribution: '地理院タイル' }}
      />,
    );
    const tiles = screen.getByTestId('map-tiles');
    expect(tiles).toHaveAttribute('aria-hidden', 'true');
    const images = [...tiles.querySelectorAll('image')];
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      expect(img.getAttribute('href')).toMatch(/^https:\/\/cyberjapandata\.gsi\.go\.jp\/xyz\/pale\/\d+\/\d+\/\d+\.png$/);
    }
    // under the districts: the tiles come first in the drawing
    const svg = container.querySelector('svg')!;
    expect(svg.querySelector('g.map-tiles')!.compareDocumentPosition(svg.querySelector('a')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: '香椎: 加入率 81.0%' }).querySelector('path')).toHaveAttribute('fill-opacity', '0.6');
    expect(screen.getByTestId('map-attribution')).toHaveTextContent('背景地図: 地理院タイル');
  });
});
