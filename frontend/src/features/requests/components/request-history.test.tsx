import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { cityRequest, districtSummary, section, ward, pageOf } from '@/testing/fixtures';
import { RequestDetails } from './request-details';

const lookups = () => [
  http.get('/api/v1/sections', ({ response }) =>
    response(200).json({
      items: [
        section({ id: 3, name: '地域振興課', departmentName: '市民局総務部' }),
        section({ id: 4, name: '防災課', departmentName: '市民局防災部' }),
      ],
      total: 2,
      page: 1,
      size: 200,
      nextCursor: null,
    }),
  ),
  http.get('/api/v1/districts', ({ response }) =>
    response(200).json({
      items: [districtSummary({ id: 1, name: '香椎' }), districtSummary({ id: 2, name: '香椎東' })],
      total: 2,
      page: 1,
      size: 200,
      nextCursor: null,
    }),
  ),
  http.get('/api/v1/wards', ({ response }) =>
    response(200).json({ items: [ward({ id: 5, name: '東区' }), ward({ id: 6, name: '博多区' })], total: 2, page: 1, size: 200, nextCursor: null }),
  ),
  http.get('/api/v1/organization-kinds', ({ response }) => response(200).json(pageOf([]))),
  http.get('/api/v1/city-requests/{id}/history', ({ response }) =>
    response(200).json({
      items: [
        {
          id: 1,
          entityType: 'CityRequest',
          entityId: 8,
          action: 'UPDATE',
          actor: 'office',
          occurredAt: '2025-06-01T10:02:00+09:00',
          changes: [
            { field: 'sectionId', before: 3, after: 4 },
            { field: 'districtIds', before: '1', after: '1,2' },
            { field: 'wardIds', before: '', after: '5,6' },
            { field: 'kind', before: 'NOTICE', after: 'COOPERATION' },
            { field: 'schedule', before: '6x1', after: '6x1,11x2' },
          ],
        },
      ],
      total: 1,
      page: 1,
      size: 50,
      nextCursor: null,
    }),
  ),
];

describe('RequestDetails', () => {
  it('shows the history in words: field labels, section and district names, kinds, months', async () => {
    server.use(...lookups());
    renderWithProviders(<RequestDetails request={cityRequest({ id: 8, fiscalYear: 2025, review: undefined })} />);
    const history = await screen.findByTestId('request-history');
    const table = within(history).getByRole('table');
    expect(await within(table).findByText('市民局防災部 防災課')).toBeInTheDocument();
    expect(await within(table).findByText('香椎、香椎東')).toBeInTheDocument();
    expect(within(table).getByText('所管課')).toBeInTheDocument();
    expect(within(table).getByText('協力依頼')).toBeInTheDocument();
    expect(within(table).getByText('6月 1回、11月 2回')).toBeInTheDocument();
    expect(within(table).getByText('東区、博多区')).toBeInTheDocument();
    expect(table).not.toHaveTextContent(/sectionId|districtIds|wardIds|COOPERATION/);
  });

  it('names the whole wards a request goes to, beside its chosen districts', async () => {
    server.use(...lookups());
    renderWithProviders(
      <RequestDetails
        request={cityRequest({ id: 8, fiscalYear: 2025, review: undefined, allDistricts: false, wardIds: [5], districtIds: [1, 2] })}
      />,
    );
    expect(await screen.findByText('東区（区内の全校区）、2 校区')).toBeInTheDocument();
  });

  it('says plainly that a request without a compensation decision has none, without asking the server', async () => {
    server.use(...lookups());
    renderWithProviders(<RequestDetails request={cityRequest({ id: 8, fiscalYear: 2025, review: undefined })} />);
    expect(await screen.findByTestId('no-compensation')).toHaveTextContent('謝礼の決定はありません。');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requestsTo('GET', '/api/v1/city-requests/8/compensation')).toHaveLength(0);
  });
});
