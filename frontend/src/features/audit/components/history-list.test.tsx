import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate, type TFunction } from '@/lib/i18n';
import { http, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
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
});

describe('HistoryList', () => {
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
