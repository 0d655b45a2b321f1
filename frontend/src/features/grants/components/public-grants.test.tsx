import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { pageOf, stamps } from '@/testing/fixtures';
import type { components } from '@/types/api';
import type { GrantedAmount } from '../api/grants';
import { PublicGrantsTable } from './public-grants';

type SupportProgram = components['schemas']['SupportProgram'];

const OPERATING = '校区コミュニティ組織運営費補助';
const LIGHTS = '防犯灯設置費補助';
const NEWSLETTER = '行政情報伝達業務委託（市政だより配布）';

const row = (o: Partial<GrantedAmount>): GrantedAmount => ({
  fiscalYear: 2026,
  programId: 7,
  program: OPERATING,
  section: '地域コミュニティ課',
  organization: '香椎校区自治協議会',
  ward: '東区',
  district: '香椎',
  decidedYen: 944000,
  finalYen: null,
  decidedOn: '2026-05-01',
  ...o,
});

const program = (o: Partial<SupportProgram>): SupportProgram => ({
  id: 7,
  fiscalYear: 2026,
  name: OPERATING,
  sectionId: 3,
  sectionName: '地域コミュニティ課',
  kind: 'SUBSIDY',
  audience: 'COMMUNITY',
  categories: ['FINANCIAL'],
  sortOrder: 10,
  eligibleKinds: [],
  documents: [],
  canEdit: false,
  version: 1,
  ...stamps,
  ...o,
});

const rows = [
  row({}),
  row({ organization: '香椎東校区自治協議会', district: '香椎東', finalYen: 900000 }),
  row({ programId: 9, program: LIGHTS, section: '防犯・交通安全課', organization: '香椎第1町内会', decidedYen: 60000 }),
];

/** The year's catalogue (a briefing among the grants, which the filter leaves out) and the amounts, by programId. */
function serve({ catalogue = true }: { catalogue?: boolean } = {}) {
  server.use(
    http.get('/api/v1/public/grants/{fiscalYear}', ({ query, response }) => {
      const id = query.get('programId');
      const items = id ? rows.filter((g) => String(g.programId) === id) : rows;
      return response(200).json({ ...pageOf(items), size: 200 });
    }),
    http.get('/api/v1/support-programs', ({ response }) =>
      catalogue
        ? response(200).json(
            pageOf([
              program({}),
              program({ id: 8, name: '補助金等説明会', kind: 'TRAINING' }),
              program({ id: 9, name: LIGHTS, sectionName: '防犯・交通安全課' }),
              program({ id: 12, name: NEWSLETTER, kind: 'CONSIGNMENT', sectionName: '広報課' }),
            ]),
          )
        : response(503).json(problemBody(503)),
    ),
  );
}

describe('PublicGrantsTable', () => {
  it('lists the decided amounts of the year with the CSV link', async () => {
    serve();
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
    expect(new URL(get!.url).searchParams.has('programId')).toBe(false);
    const [catalogue] = requestsTo('GET', '/api/v1/support-programs');
    expect(Object.fromEntries(new URL(catalogue!.url).searchParams)).toEqual({ fiscalYear: '2026', size: '200' });
  });

  it('narrows the table and the CSV to one of the year’s subsidies and consignments', async () => {
    serve();
    renderWithProviders(<PublicGrantsTable fiscalYear={2026} />, { route: '/public/support/2026/grants?page=2' });
    const search = await screen.findByRole('search', { name: '事業名で絞り込む' });
    const select = within(search).getByRole('combobox', { name: '事業名' });
    // the catalogue's grants in its order; the briefing is not one
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['すべて', OPERATING, LIGHTS, NEWSLETTER]);

    await userEvent.selectOptions(select, LIGHTS);
    const table = await screen.findByRole('table', { name: '交付決定額の公表 令和8年度' });
    await expect.poll(() => within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /^香椎第1町内会/ })).toHaveTextContent('60,000円');
    // asked of the server (all its pages, not only the rows shown), from its first page
    const last = requestsTo('GET', '/api/v1/public/grants/2026').at(-1)!;
    expect(new URL(last.url).searchParams.get('programId')).toBe('9');
    expect(new URL(last.url).searchParams.get('page')).toBe('1');
    expect(screen.getByRole('link', { name: `${LIGHTS}を CSV でダウンロード` })).toHaveAttribute(
      'href',
      '/api/v1/public/grants/2026/csv?programId=9',
    );
    expect(select).toHaveFocus();

    await userEvent.selectOptions(select, 'すべて');
    await expect.poll(() => within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'CSV でダウンロード' })).toHaveAttribute('href', '/api/v1/public/grants/2026/csv');
  });

  it('keeps the filter when the chosen program has nothing decided yet', async () => {
    serve();
    renderWithProviders(<PublicGrantsTable fiscalYear={2026} />, { route: '/public/support/2026/grants?program=12' });
    expect(await screen.findByText(`${NEWSLETTER}の交付決定はまだありません。`)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('combobox', { name: '事業名' })).toHaveValue('12');
    expect(screen.getByRole('link', { name: `${NEWSLETTER}を CSV でダウンロード` })).toHaveAttribute(
      'href',
      '/api/v1/public/grants/2026/csv?programId=12',
    );
  });

  it('offers the programs of the rows when the catalogue cannot be read', async () => {
    serve({ catalogue: false });
    renderWithProviders(<PublicGrantsTable fiscalYear={2026} />, { route: '/public/support/2026/grants' });
    await screen.findByRole('table', { name: '交付決定額の公表 令和8年度' });
    const select = await screen.findByRole('combobox', { name: '事業名' });
    await expect
      .poll(() => within(select).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['すべて', OPERATING, LIGHTS]);
  });

  it('says so when nothing was decided that year', async () => {
    server.use(
      http.get('/api/v1/public/grants/{fiscalYear}', ({ response }) =>
        response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null }),
      ),
      http.get('/api/v1/support-programs', ({ response }) => response(200).json(pageOf([]))),
    );
    renderWithProviders(<PublicGrantsTable fiscalYear={2026} />);
    expect(await screen.findByText('令和8年度に公表する交付決定はまだありません。')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
