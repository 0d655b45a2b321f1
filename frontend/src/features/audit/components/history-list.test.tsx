import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate, type TFunction } from '@/lib/i18n';
import { http, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { districtSummary, organization } from '@/testing/fixtures';
import type { AuditEvent } from '../api/get-history';
import { fieldLabel, HistoryList, visibleChanges } from './history-list';

const t: TFunction = (key, params) => translate('ja', key, params);

describe('history helpers', () => {
  it('leaves out bookkeeping fields', () => {
    // The contract types before/after loosely (a JSON node); on the wire they are plain values.
    const event = {
      changes: [
        { field: 'version', before: 1, after: 2 },
        { field: 'households', before: 1, after: 2 },
      ],
    };
    expect(visibleChanges(event as unknown as AuditEvent)).toEqual([{ field: 'households', before: 1, after: 2 }]);
  });

  it('names fields in the reader language', () => {
    expect(fieldLabel('memberHouseholds', t)).toBe('加入世帯数');
    expect(fieldLabel('contact.phone', t)).toBe('連絡先電話番号');
    expect(fieldLabel('somethingNew', t)).toBe('somethingNew');
  });

  it('has a Japanese label for every audited field of districts and organizations', () => {
    const audited = [
      // District, its statistics and liaison assignments
      ...['code', 'name', 'kana', 'wardId', 'communityHall', 'note', 'fiscalYear', 'population', 'households'],
      ...['displayName', 'startsOn', 'endsOn'],
      // Organization, membership figures, officers
      ...['kind', 'subKind', 'districtId', 'parentId', 'foundedOn', 'legalEntity', 'legalEntitySince'],
      ...['publishesAssemblyDocuments', 'publishesAccounts', 'contactName', 'contactPhone', 'contactAddress', 'contactEmail'],
      ...['memberHouseholds', 'joinRate', 'areaCountMethod', 'source'],
      ...['role', 'personName', 'personKana', 'phone', 'address', 'termStart', 'termEnd'],
    ];
    const missing = audited.filter((f) => !/[\u3000-\u9fff]/.test(fieldLabel(f, t)));
    expect(missing).toEqual([]);
  });

  it("leaves out the subject itself and a person's number when their name is there", () => {
    const event = {
      action: 'CREATE',
      changes: [
        { field: 'districtId', after: 3 },
        { field: 'userId', after: 4 },
        { field: 'displayName', after: '博多 花子' },
        { field: 'startsOn', after: '2025-04-01' },
      ],
    } as unknown as AuditEvent;
    expect(visibleChanges(event, { type: 'district', id: 3 }).map((c) => c.field)).toEqual(['displayName', 'startsOn']);
  });
});

describe('HistoryList', () => {
  it('names wards, districts and organizations instead of showing their ids', async () => {
    server.use(
      http.get('/api/v1/organizations/{id}/history', ({ response }) =>
        response(200).json({
          items: [
            {
              id: 2,
              entityType: 'Organization',
              entityId: 12,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2025-06-01T10:02:00+09:00',
              changes: [
                { field: 'districtId', before: 1, after: 2 },
                { field: 'parentId', before: 40, after: 41 },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 20,
        }),
      ),
      http.get('/api/v1/districts', ({ response }) =>
        response(200).json({
          items: [districtSummary({ id: 1, name: '香椎' }), districtSummary({ id: 2, name: '香椎東' })],
          total: 2,
          page: 1,
          size: 200,
        }),
      ),
      http.get('/api/v1/organizations/{id}', ({ params, response }) =>
        response(200).json(organization({ id: Number(params.id), name: params.id === '40' ? '香椎校区自治協議会' : '香椎東校区自治協議会' })),
      ),
    );
    renderWithProviders(<HistoryList subject={{ type: 'organization', id: 12 }} />);
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('香椎東')).toBeInTheDocument();
    expect(within(table).getByText('香椎')).toBeInTheDocument();
    expect(await within(table).findByText('香椎校区自治協議会')).toBeInTheDocument();
    expect(within(table).getByText('上位団体')).toBeInTheDocument();
    expect(table.querySelector('tbody')!.textContent).not.toMatch(/[0-9]/);
  });

  it('shows who changed what, when, before and after', async () => {
    server.use(
      http.get('/api/v1/organizations/{id}/history', ({ params, response }) => {
        expect(params.id).toBe('12');
        return response(200).json({
          items: [
            {
              id: 1,
              entityType: 'MembershipFigure',
              entityId: 40,
              action: 'UPDATE',
              actor: 'office',
              occurredAt: '2025-06-01T10:02:00+09:00',
              changes: [
                { field: 'fiscalYear', before: 2025, after: 2025 },
                { field: 'memberHouseholds', before: 160, after: 170 },
              ],
            },
          ],
          total: 1,
          page: 1,
          size: 50,
        });
      }),
    );
    renderWithProviders(<HistoryList subject={{ type: 'organization', id: 12 }} />);
    expect(await screen.findByText('office')).toBeInTheDocument();
    expect(screen.getByText('令和7年6月1日 10:02')).toBeInTheDocument();
    expect(screen.getByText('更新')).toBeInTheDocument();
    expect(screen.getByText('加入世帯数: 令和7年度 (2025)')).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: '加入世帯数' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('160')).toBeInTheDocument();
    expect(within(row).getByText('170')).toBeInTheDocument();
    // The unchanged key (the year) is in the heading, not repeated as a change.
    expect(screen.queryByRole('rowheader', { name: '年度' })).not.toBeInTheDocument();
  });
});
