import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { GrantedAmount } from '../api/grants';
import { PublicGrantsTable } from './public-grants';

const row = (o: Partial<GrantedAmount>): GrantedAmount => ({
  fiscalYear: 2026,
  program: '校区コミュニティ組織運営費補助',
  section: '地域コミュニティ課',
  organization: '香椎校区自治協議会',
  ward: '東区',
  district: '香椎',
  decidedYen: 944000,
  finalYen: null,
  decidedOn: '2026-05-01',
  ...o,
});

describe('PublicGrantsTable', () => {
  it('lists the decided amounts of the year with the CSV link and a program filter', async () => {
    server.use(
      http.get('/api/v1/public/grants/{fiscalYear}', ({ response }) =>
        response(200).json({
          items: [
            row({}),
            row({ organization: '香椎東校区自治協議会', district: '香椎東', finalYen: 900000 }),
            row({ program: '防犯灯設置補助', organization: '香椎第1町内会', decidedYen: 60000 }),
          ],
          total: 3,
          page: 1,
          size: 200,
          nextCursor: null,
        }),
      ),
    );
    renderWithProviders(<PublicGrantsTable fiscalYear={2026} />, { route: '/public/support/2026/grants' });
    const table = await screen.findByRole('table', { name: '交付決定額の公表 令和8年度' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const first = within(table).getByRole('row', { name: /^香椎校区自治協議会/ });
    expect(first).toHaveTextContent('944,000円');
    expect(first).toHaveTextContent('令和8年5月1日');
    expect(first).toHaveTextContent('東区');
    expect(within(table).getByRole('row', { name: /香椎東校区自治協議会/ })).toHaveTextContent('900,000円');
    expect(screen.getByRole('link', { name: 'CSV でダウンロード' })).toHaveAttribute('href', '/api/v1/public/grants/2026/csv');
    const [get] = requestsTo('GET', '/api/v1/public/grants/2026');
    expect(new URL(get!.url).searchParams.get('size')).toBe('200');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: '事業名' }), '防犯灯設置補助');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('香椎第1町内会')).toBeInTheDocument();
  });

  it('says so when nothing was decided that year', async () => {
    server.use(
      http.get('/api/v1/public/grants/{fiscalYear}', ({ response }) =>
        response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null }),
      ),
    );
    renderWithProviders(<PublicGrantsTable fiscalYear={2026} />);
    expect(await screen.findByText('令和8年度に公表する交付決定はまだありません。')).toHaveAttribute('role', 'status');
  });
});
