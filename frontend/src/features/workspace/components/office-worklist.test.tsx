import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { OfficeWorklistView } from './office-worklist';
import { Worklist } from './home-view';

describe('事務局のやること', () => {
  it('lists vacancies and terms ending in words, with how many and where they are done', () => {
    renderWithProviders(
      <OfficeWorklistView
        worklist={{
          today: '2026-12-04',
          items: [
            { kind: 'SEAT_TERM_ENDING', due: '2027-01-03', overdue: false, title: '総会 各校区代表', count: 1, link: '/council-bodies/1' },
            { kind: 'SEAT_VACANT', due: null, overdue: false, title: '総会 各校区代表', count: 2, link: '/council-bodies/1' },
            { kind: 'SEAT_VACANT', due: null, overdue: false, title: '理事会 理事', count: 1, link: '/council-bodies/2' },
          ],
        }}
      />,
    );
    const items = within(screen.getByTestId('office-worklist')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('令和9年1月3日 会議体の構成員の任期満了（60日以内） 総会 各校区代表 1名');
    expect(items[1]).toHaveTextContent('期限なし 会議体の欠員 総会 各校区代表 欠員 2');
    expect(within(items[2]!).getByRole('link', { name: '理事会 理事' })).toHaveAttribute('href', '/council-bodies/2');
    expect(screen.getByTestId('office-worklist')).not.toHaveTextContent(/SEAT_/);
  });

  it('says when there is nothing to do', () => {
    renderWithProviders(<OfficeWorklistView worklist={{ today: '2026-12-04', items: [] }} />);
    expect(screen.getByText('いま事務局のやることはありません。')).toBeInTheDocument();
  });

  it('words a liaison’s vacancy and term ending in their worklist', () => {
    renderWithProviders(
      <Worklist
        items={[
          { kind: 'SEAT_VACANT', due: null, overdue: false, title: '総会 各校区代表', link: '/council-bodies/1', districts: [{ id: 3, name: '香椎東', wardName: '東区' }] },
          { kind: 'SEAT_TERM_ENDING', due: '2027-01-03', overdue: false, title: '総会 各校区代表 山田 花子', link: '/council-bodies/1', districts: [] },
        ]}
      />,
    );
    expect(screen.getByText('会議体の欠員')).toBeInTheDocument();
    expect(screen.getByText('会議体の構成員の任期満了（60日以内）')).toBeInTheDocument();
    expect(screen.queryByText(/SEAT_/)).not.toBeInTheDocument();
  });
});
