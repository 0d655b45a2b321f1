import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StackedBarChart } from './stacked-bar-chart';

const series = [
  { key: 'DONE', label: '完了', className: 'series-DONE' },
  { key: 'LATE', label: '遅延', className: 'series-LATE' },
];

describe('StackedBarChart', () => {
  it('is one named image, labels wide segments with their count and has the numbers in a table', () => {
    render(
      <StackedBarChart
        title="柱ごとの進捗状況"
        description="柱ごとの取り組み数を状況別に積み上げた横棒グラフ"
        series={series}
        categories={[
          { label: 'Ⅱ 自治の確立', values: { DONE: 8, LATE: 2 } },
          { label: 'Ⅲ 市の取り組み', values: { DONE: 0, LATE: 5 } },
        ]}
        format={String}
        categoryLabel="柱"
        tableCaption="グラフのデータ"
      />,
    );
    const img = screen.getByRole('img', { name: '柱ごとの進捗状況' });
    expect(img).toHaveAccessibleDescription('柱ごとの取り組み数を状況別に積み上げた横棒グラフ');
    // Totals at the end of each bar; a zero makes no segment.
    expect(img.querySelectorAll('rect')).toHaveLength(3);
    expect(within(img as unknown as HTMLElement).getByText('10')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'グラフのデータ' });
    expect(within(table).getByRole('rowheader', { name: 'Ⅲ 市の取り組み' }).parentElement).toHaveTextContent('05');
  });

  it('leaves the table to the page when it has its own, and says so when there is nothing', () => {
    const { rerender } = render(
      <StackedBarChart title="t" description="d" series={series} categories={[{ label: 'x', values: { DONE: 1 } }]} format={String} categoryLabel="c" />,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    rerender(
      <StackedBarChart title="t" description="d" series={series} categories={[]} format={String} categoryLabel="c" emptyText="データがありません" />,
    );
    expect(screen.getByText('データがありません')).toBeInTheDocument();
  });
});
