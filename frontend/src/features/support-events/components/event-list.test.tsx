import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pageOf } from '@/testing/fixtures';
import { http, requestsTo, server } from '@/testing/msw';
import { supportEvent } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { EventList, eventYearOf } from './event-list';

describe('EventList', () => {
  it('shows the year’s events with the day in 和暦, the kind in words and the head counts', async () => {
    server.use(
      http.get('/api/v1/support-events', ({ response }) =>
        response(200).json(
          pageOf([
            supportEvent(),
            supportEvent({ id: 8, title: '市民活動フォーラム', kind: 'FORUM', heldOn: '2099-01-05', registeredTotal: 30, attendedTotal: 0, districtsAttended: 0 }),
          ]),
        ),
      ),
    );
    renderWithProviders(<EventList />, { route: '/support-events?fy=2026' });
    const table = await screen.findByRole('table', { name: '研修・説明会の一覧' });
    const row = within(table).getByRole('row', { name: /補助金等説明会/ });
    expect(within(row).getByText('令和8年4月18日')).toBeInTheDocument();
    expect(within(row).getByText('14:00〜16:00')).toBeInTheDocument();
    expect(within(row).getByText('説明会')).toBeInTheDocument();
    expect(row).toHaveTextContent('58人 / 51人');
    expect(row).toHaveTextContent('17校区');
    expect(within(row).getByRole('link', { name: '令和8年度 補助金等説明会' })).toHaveAttribute('href', '/support-events/7');
    // an event still to come has no attendance yet: a dash, not 0
    const forum = within(table).getByRole('row', { name: /市民活動フォーラム/ });
    expect(forum).toHaveTextContent('30人 / —（開催前）');
    expect(table).not.toHaveTextContent(/BRIEFING|FORUM/);
    expect(new URL(requestsTo('GET', '/api/v1/support-events')[0]!.url).searchParams.get('fiscalYear')).toBe('2026');
  });

  it('filters by kind with the kind’s code in the request and its name on the screen', async () => {
    server.use(http.get('/api/v1/support-events', ({ response }) => response(200).json(pageOf([]))));
    renderWithProviders(<EventList />, { route: '/support-events?fy=2026' });
    expect(await screen.findByText('この条件に合う研修・説明会はありません。')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '種類' }), '研修');
    await screen.findByRole('button', { name: '条件をクリア' });
    const last = requestsTo('GET', '/api/v1/support-events').at(-1)!;
    expect(new URL(last.url).searchParams.get('kind')).toBe('TRAINING');
  });

  it('reads the year from the URL, this fiscal year otherwise', () => {
    expect(eventYearOf(new URLSearchParams('fy=2025'))).toBe(2025);
    expect(eventYearOf(new URLSearchParams(''), new Date('2027-03-31T12:00:00+09:00'))).toBe(2026);
    expect(eventYearOf(new URLSearchParams('fy=abc'), new Date('2027-04-01T12:00:00+09:00'))).toBe(2027);
  });
});
