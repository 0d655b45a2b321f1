import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ward } from '@/testing/fixtures';
import { effectComparison, joinEffect } from '@/testing/join-promotion-fixtures';
import { http, requests, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { fiscalYearOf, isoDate } from '@/utils/fiscal-year';
import type { JoinEffect } from '../api/join-promotion';
import { EffectDashboard } from './effect-dashboard';

function serve(effect: JoinEffect) {
  server.use(
    http.get('/api/v1/wards', ({ response }) => response(200).json({ items: [ward({ id: 1, name: '東区' })], total: 1, page: 1, size: 200, nextCursor: null })),
    http.get('/api/v1/join-promotion/effect', ({ query, response }) =>
      response(200).json({ ...effect, fiscalYear: Number(query.get('fiscalYear')), baseYear: Number(query.get('fiscalYear')) - 1 }),
    ),
  );
}

const NOT_CAUSE = 'この比較は取り組みと加入率の関係を示すもので、取り組みが加入率を動かした原因であることを示すものではありません';

describe('EffectDashboard', () => {
  it('asks for this fiscal year and says a difference within the intervals may be chance, and never that the measure caused it', async () => {
    serve(joinEffect());
    renderWithProviders(<EffectDashboard />);
    const measure = await screen.findByRole('region', { name: '新築集合住宅の加入（加入戸数があった校区）' });
    const fy = fiscalYearOf(isoDate());
    const asked = requests().find((r) => new URL(r.url).pathname === '/api/v1/join-promotion/effect');
    expect(new URL(asked!.url).searchParams.get('fiscalYear')).toBe(String(fy));
    expect(screen.getByRole('combobox', { name: '年度' })).toHaveDisplayValue(`令和${fy - 2018}年度`);

    expect(within(measure).getByText('取り組みのあった校区（5校区）')).toBeInTheDocument();
    expect(within(measure).getByTestId('BUILDINGS_JOINED-with')).toHaveTextContent('平均 +0.62ポイント （95%の範囲 −0.10〜+1.30ポイント）');
    expect(within(measure).getByTestId('BUILDINGS_JOINED-without')).toHaveTextContent('平均 −0.21ポイント （95%の範囲 −0.40〜±0.00ポイント）');
    expect(within(measure).getByText('平均の差: +0.83ポイント')).toBeInTheDocument();
    expect(within(measure).getByTestId('BUILDINGS_JOINED-verdict')).toHaveTextContent('差は偶然の範囲内の可能性があります。');
    expect(screen.getByTestId('effect-caveat')).toHaveTextContent(NOT_CAUSE);
    expect(document.body).not.toHaveTextContent(/BUILDINGS_JOINED|INCORPORATION|BLOCK_JOIN|PENDING/);
  });

  it('says there are too few districts to judge, without an interval, when a side has fewer than three', async () => {
    serve(
      joinEffect({
        comparisons: [
          effectComparison({ measure: 'INCORPORATION', withCount: 1, withMean: 1.6, withInterval: undefined, difference: 1.12, enoughData: false, separated: false }),
        ],
      }),
    );
    renderWithProviders(<EffectDashboard />);
    const measure = await screen.findByRole('region', { name: '地縁団体の認可（認可された団体があった校区）' });
    expect(within(measure).getByTestId('INCORPORATION-verdict')).toHaveTextContent('校区の数が少なく、判断できません。');
    expect(within(measure).queryByText('差は偶然の範囲内の可能性があります。')).not.toBeInTheDocument();
    expect(within(measure).getByTestId('INCORPORATION-with')).toHaveTextContent('平均 +1.60ポイント （校区が3つ未満のため範囲は出せません）');
    expect(screen.getByTestId('effect-caveat')).toHaveTextContent(NOT_CAUSE);
  });

  it('says a separated difference is hard to explain by chance alone — still only an association', async () => {
    serve(joinEffect({ comparisons: [effectComparison({ withInterval: [0.4, 1.3], withoutInterval: [-0.4, 0.1], separated: true })] }));
    renderWithProviders(<EffectDashboard />);
    const verdict = await screen.findByTestId('BUILDINGS_JOINED-verdict');
    expect(verdict).toHaveTextContent('差は偶然だけでは説明しにくい大きさです。');
    expect(screen.getByTestId('effect-caveat')).toHaveTextContent(NOT_CAUSE);
  });

  it('shows each district’s rate before and after with the change signed and in words, and the wards’ leaflets', async () => {
    serve(joinEffect());
    renderWithProviders(<EffectDashboard />);
    const table = await screen.findByRole('table', { name: '校区ごとの加入率と取り組み' });
    const kashii = within(table).getByRole('row', { name: /香椎/ });
    expect(kashii).toHaveTextContent('78.4% → 79.1%');
    expect(within(kashii).getByText(/\+0\.7ポイント/)).toHaveClass('jp-change-up');
    expect(kashii).toHaveTextContent('（上昇）');
    expect(kashii).toHaveTextContent('96戸');
    expect(kashii).toHaveTextContent('48戸');
    const chihaya = within(table).getByRole('row', { name: /千早/ });
    expect(within(chihaya).getByText(/−1\.9ポイント/)).toHaveClass('jp-change-down');
    expect(chihaya).toHaveTextContent('（低下）');

    // only the districts where something was done
    await userEvent.click(screen.getByRole('checkbox', { name: '取り組みのあった校区だけ表示' }));
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    const wards = screen.getByRole('table', { name: '区ごとのチラシ・ウェルカムパックと加入率' });
    const east = within(wards).getByRole('row', { name: /東区/ });
    expect(east).toHaveTextContent('1,200部');
    expect(east).toHaveTextContent('640部');
    expect(east).toHaveTextContent('77.9% → 78.2%');
    expect(east).toHaveTextContent('+0.3ポイント');
    expect(screen.getByTestId('effect-summary')).toHaveTextContent('8棟');
    expect(screen.getByTestId('effect-summary')).toHaveTextContent('その結果: 協議中 5棟・一括加入 3棟');
  });
});
