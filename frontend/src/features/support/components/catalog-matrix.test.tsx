import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { CatalogMatrix } from '../api/support';
import { CatalogMatrixTable } from './catalog-matrix';

const CATEGORIES = ['HUMAN_RESOURCES', 'PUBLICITY', 'INFORMATION', 'PLACE', 'COOPERATION', 'FINANCIAL', 'OTHER'] as const;

/** A row with the given programs per column (the others empty). */
function row(sectionId: number, sectionName: string, audiences: CatalogMatrix['rows'][number]['audiences'], programs: Partial<Record<(typeof CATEGORIES)[number], [number, string][]>>) {
  return {
    sectionId,
    sectionName,
    audiences,
    cells: CATEGORIES.map((category) => ({
      category,
      programs: (programs[category] ?? []).map(([id, name]) => ({ id, name, kind: 'SUBSIDY' as const })),
    })),
  };
}

const matrix: CatalogMatrix = {
  fiscalYear: 2026,
  categories: [...CATEGORIES],
  programs: 4,
  rows: [
    row(3, '地域コミュニティ課', ['COMMUNITY'], {
      HUMAN_RESOURCES: [[11, '地域活動リーダー研修']],
      FINANCIAL: [
        [7, '校区コミュニティ組織運営費補助'],
        [8, '防犯灯設置補助'],
      ],
    }),
    row(5, '市民公益活動推進課', ['CIVIC', 'COMMUNITY'], { PLACE: [[20, 'NPO活動支援センター']] }),
  ],
};

describe('CatalogMatrixTable', () => {
  it('lays out the sections as rows and the seven categories as columns, each cell listing its programs', () => {
    renderWithProviders(<CatalogMatrixTable matrix={matrix} caption="令和8年度版" programHref={(id) => `/public/support/programs/${id}`} />);
    const table = screen.getByRole('table', { name: '令和8年度版' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '実施主体',
      '人材育成',
      '広報支援',
      '情報提供',
      '場の提供',
      '連携・交流',
      '財政支援',
      'その他',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // the section names its audience under the name, as the print does
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('地域コミュニティ課（地域コミュニティ組織等）');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('市民公益活動推進課（市民活動全般・地域コミュニティ組織等）');

    const cells = within(rows[0]!).getAllByRole('cell');
    expect(cells).toHaveLength(7);
    // 財政支援 is the sixth column: two programs, each a link in a list
    const financial = within(cells[5]!).getAllByRole('listitem');
    expect(financial.map((li) => li.textContent)).toEqual(['校区コミュニティ組織運営費補助', '防犯灯設置補助']);
    expect(within(cells[5]!).getByRole('link', { name: '防犯灯設置補助' })).toHaveAttribute('href', '/public/support/programs/8');
    expect(within(cells[0]!).getByRole('link', { name: '地域活動リーダー研修' })).toBeInTheDocument();
    expect(within(cells[1]!).queryByRole('list')).not.toBeInTheDocument();
    expect(within(within(rows[1]!).getAllByRole('cell')[3]!).getByRole('link')).toHaveTextContent('NPO活動支援センター');
  });

  it('also reads as one block per section, for a phone: its name a heading, the columns holding programs as terms', () => {
    renderWithProviders(<CatalogMatrixTable matrix={matrix} caption="令和8年度版" programHref={(id) => `/public/support/programs/${id}`} />);
    // (CSS shows the table or the blocks by the screen's width; jsdom has both)
    const section = screen.getByRole('region', { name: '地域コミュニティ課' });
    expect(within(section).getByText('（地域コミュニティ組織等）')).toBeInTheDocument();
    expect(within(section).getAllByRole('term').map((dt) => dt.textContent)).toEqual(['人材育成', '財政支援']);
    const financial = within(section).getAllByRole('definition')[1]!;
    expect(within(financial).getByRole('link', { name: '防犯灯設置補助' })).toHaveAttribute('href', '/public/support/programs/8');
    expect(within(screen.getByRole('region', { name: '市民公益活動推進課' })).getByRole('term')).toHaveTextContent('場の提供');
  });

  it('says so when the edition has no programs yet', () => {
    renderWithProviders(
      <CatalogMatrixTable matrix={{ ...matrix, rows: [], programs: 0 }} caption="令和9年度版" programHref={(id) => `/x/${id}`} />,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('この年度の支援策はまだ掲載されていません。');
  });

  it('reads in English', () => {
    renderWithProviders(<CatalogMatrixTable matrix={matrix} caption="FY2026" programHref={(id) => `/x/${id}`} />, { lang: 'en' });
    expect(screen.getByRole('columnheader', { name: 'Financial support' })).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('(Community organizations)');
  });
});
