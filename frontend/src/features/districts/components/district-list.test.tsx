import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { components } from '@/types/api';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { DistrictList, readListParams } from './district-list';
import { districtSummary, ward } from '@/testing/fixtures';

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.search}</p>;
}

const wards = [
  ward({ id: 1, code: 'C', name: '中央区', kana: 'ちゅうおうく' }),
  ward({ id: 2, code: 'E', name: '東区', kana: 'ひがしく' }),
];

type DistrictSummary = components['schemas']['DistrictSummary'];

const serveWards = () =>
  http.get('/api/v1/wards', ({ response }) => response(200).json({ items: wards, total: 2, page: 1, size: 200, nextCursor: null }));

const serveDistricts = (items: DistrictSummary[], total = items.length, p = 1) =>
  http.get('/api/v1/districts', ({ response }) => response(200).json({ items, total, page: p, size: 20, nextCursor: null }));

const higashi = districtSummary({
  id: 7,
  code: '0107',
  name: '東校区',
  kana: 'ひがし',
  wardId: 2,
  wardName: '東区',
  fiscalYear: 2025,
  households: 1000,
  memberHouseholds: 824,
  joinRate: 0.824,
});

describe('readListParams', () => {
  it('reads the list state from the URL', () => {
    expect(readListParams(new URLSearchParams('ward=2&q=ﾋｶﾞｼ&sort=-joinRate&page=3'))).toEqual({
      wardId: 2,
      q: 'ﾋｶﾞｼ',
      sort: '-joinRate',
      page: 3,
      size: 20,
    });
    expect(readListParams(new URLSearchParams('ward=x&page=-1'))).toEqual({ page: 1, size: 20 });
  });
});

describe('DistrictList', () => {
  it('asks the server with the URL state and shows join rates as percentages', async () => {
    server.use(serveWards(), serveDistricts([higashi], 41, 2));
    renderWithProviders(
      <>
        <DistrictList />
        <Where />
      </>,
      { route: '/districts?ward=2&q=%EF%BE%8B%EF%BD%B6%EF%BE%9E%EF%BD%BC&page=2' },
    );
    const row = (await screen.findByRole('link', { name: '東校区' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('82.4%')).toBeInTheDocument();
    const url = new URL(requestsTo('GET', '/api/v1/districts')[0]!.url);
    expect(url.searchParams.get('wardId')).toBe('2');
    expect(url.searchParams.get('q')).toBe('ﾋｶﾞｼ');
    expect(url.searchParams.get('page')).toBe('2');
    expect(screen.getAllByText(/全 41 件/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '次へ' })).toHaveAttribute('href', expect.stringContaining('page=3'));
  });

  it('puts the search and the sort order into the URL and starts from page 1', async () => {
    server.use(serveWards(), serveDistricts([higashi]));
    renderWithProviders(
      <>
        <DistrictList />
        <Where />
      </>,
      { route: '/districts?page=4' },
    );
    await screen.findByRole('link', { name: '東校区' });
    await userEvent.type(screen.getByRole('searchbox', { name: /校区名・よみで検索/ }), 'ﾋｶﾞｼ');
    await userEvent.click(screen.getByRole('button', { name: '検索' }));
    expect(screen.getByTestId('where').textContent).toBe('?q=%EF%BE%8B%EF%BD%B6%EF%BE%9E%EF%BD%BC');

    await userEvent.click(screen.getByRole('button', { name: /加入率/ }));
    expect(new URLSearchParams(screen.getByTestId('where').textContent).get('sort')).toBe('joinRate');
    await userEvent.click(screen.getByRole('button', { name: /加入率/ }));
    expect(new URLSearchParams(screen.getByTestId('where').textContent).get('sort')).toBe('-joinRate');
    expect(screen.getByRole('columnheader', { name: /加入率/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('filters by ward at once', async () => {
    server.use(serveWards(), serveDistricts([]));
    renderWithProviders(
      <>
        <DistrictList />
        <Where />
      </>,
      { route: '/districts' },
    );
    await screen.findByRole('option', { name: '東区' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '区' }), '2');
    expect(screen.getByTestId('where').textContent).toBe('?ward=2');
    expect(await screen.findByText('該当するデータはありません。')).toBeInTheDocument();
  });
});
