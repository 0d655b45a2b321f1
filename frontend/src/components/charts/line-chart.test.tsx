import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '@/utils/format';
import { LineChart, niceDomain } from './line-chart';

const props = {
  title: '加入率の推移',
  description: '平成21年度から令和7年度までの加入率',
  format: (v: number) => formatPercent(v),
  valueLabel: '加入率',
  categoryLabel: '年度',
  tableCaption: 'グラフのデータ',
};

describe('LineChart', () => {
  it('is one named image with a description and a data table', () => {
    render(
      <LineChart
        {...props}
        domain={[0, 1]}
        points={[
          { label: '令和5年度', value: 0.8 },
          { label: '令和6年度', value: null },
          { label: '令和7年度', value: 0.824 },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: '加入率の推移' });
    expect(img).toHaveAccessibleDescription('平成21年度から令和7年度までの加入率');
    const table = screen.getByRole('table', { name: 'グラフのデータ' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: '令和7年度' }).nextElementSibling).toHaveTextContent('82.4%');
    expect(within(table).getByRole('rowheader', { name: '令和6年度' }).nextElementSibling).toHaveTextContent('—');
  });

  it('says so when there is nothing to draw', () => {
    render(<LineChart {...props} emptyText="データがありません" points={[{ label: 'x', value: null }]} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('データがありません')).toBeInTheDocument();
  });

  it('draws bars too', () => {
    const { container } = render(
      <LineChart
        {...props}
        kind="bar"
        points={[
          { label: 'a', value: 3 },
          { label: 'b', value: 5 },
        ]}
      />,
    );
    expect(container.querySelectorAll('rect')).toHaveLength(2);
  });
});

describe('niceDomain', () => {
  it('rounds outward', () => {
    expect(niceDomain(0.62, 0.87)).toEqual([0.6, 0.9]);
    expect(niceDomain(5, 5)).toEqual([4.5, 5.5]);
  });
});
