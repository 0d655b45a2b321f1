import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import {
  DistrictExportButtons,
  GrantCaseExportButtons,
  MembershipExportButtons,
  SupportProgramExportButtons,
} from './export-buttons';

const CSV = '\uFEFFcode\r\n';

describe('export buttons', () => {
  beforeEach(() => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks a Japanese user’s file for Japanese headers and labels', async () => {
    server.use(
      http.get('/api/v1/exports/districts', ({ response }) =>
        response(200).text(CSV, { headers: { 'Content-Type': 'text/csv' } }),
      ),
    );
    renderWithProviders(<DistrictExportButtons filter={{ wardId: 3 }} />);
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect(screen.getByRole('group', { name: '校区一覧を出力' })).toBeInTheDocument();
    await expect.poll(() => requestsTo('GET', '/api/v1/exports/districts')).toHaveLength(1);
    const url = new URL(requestsTo('GET', '/api/v1/exports/districts')[0]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ wardId: '3', format: 'csv', headers: 'ja', labels: 'ja' });
  });

  it('gives an English user the keys and codes', async () => {
    server.use(
      http.get('/api/v1/exports/membership-figures', ({ response }) =>
        response(200).text(CSV, { headers: { 'Content-Type': 'text/csv' } }),
      ),
    );
    renderWithProviders(<MembershipExportButtons filter={{ districtId: 7 }} />, { lang: 'en' });
    await userEvent.click(screen.getAllByRole('button')[0]!);
    await expect.poll(() => requestsTo('GET', '/api/v1/exports/membership-figures')).toHaveLength(1);
    const url = new URL(requestsTo('GET', '/api/v1/exports/membership-figures')[0]!.url);
    expect(url.searchParams.get('headers')).toBe('key');
    expect(url.searchParams.get('labels')).toBe('code');
    expect(url.searchParams.get('districtId')).toBe('7');
  });

  it('exports one program’s grant cases and one edition of the catalogue, as Excel too', async () => {
    const xlsx = {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="support-programs-20260601.xlsx"',
    };
    server.use(
      http.get('/api/v1/exports/grant-cases', ({ response }) =>
        response(200).text(CSV, { headers: { 'Content-Type': 'text/csv' } }),
      ),
      http.get('/api/v1/exports/support-programs', ({ response }) => response(200).text('PK', { headers: xlsx })),
    );
    renderWithProviders(
      <>
        <GrantCaseExportButtons filter={{ programId: 14 }} />
        <SupportProgramExportButtons filter={{ fiscalYear: 2026 }} />
      </>,
    );
    const cases = screen.getByRole('group', { name: '交付案件を出力' });
    await userEvent.click(within(cases).getByRole('button', { name: /CSV/ }));
    await expect.poll(() => requestsTo('GET', '/api/v1/exports/grant-cases')).toHaveLength(1);
    expect(Object.fromEntries(new URL(requestsTo('GET', '/api/v1/exports/grant-cases')[0]!.url).searchParams)).toEqual({
      programId: '14',
      format: 'csv',
      headers: 'ja',
      labels: 'ja',
    });

    const catalogue = screen.getByRole('group', { name: '支援策一覧を出力' });
    await userEvent.click(within(catalogue).getByRole('button', { name: /Excel/ }));
    await expect.poll(() => requestsTo('GET', '/api/v1/exports/support-programs')).toHaveLength(1);
    const url = new URL(requestsTo('GET', '/api/v1/exports/support-programs')[0]!.url);
    expect(url.searchParams.get('fiscalYear')).toBe('2026');
    expect(url.searchParams.get('format')).toBe('xlsx');
  });
});
