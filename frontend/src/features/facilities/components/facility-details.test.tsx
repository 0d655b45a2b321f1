import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageOf } from '@/testing/fixtures';
import { http, server } from '@/testing/msw';
import { facility } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { formatYearWareki } from '../utils/labels';
import { DistrictFacilities } from './district-facilities';
import { FacilityDetails } from './facility-details';

describe('FacilityDetails', () => {
  it('shows the rooms and the works with the subsidy program and the amounts in yen, never a code', () => {
    renderWithProviders(<FacilityDetails facility={facility()} />);
    expect(screen.getByText('校区コミュニティセンター')).toBeInTheDocument();
    expect(screen.getByText('1998年（平成10年）')).toBeInTheDocument();
    expect(screen.getByText('地域団体に貸し出している')).toBeInTheDocument();
    const rooms = screen.getByRole('table', { name: '部屋' });
    expect(within(rooms).getByRole('row', { name: /和室/ })).toHaveTextContent('20人');
    const works = screen.getByRole('table', { name: '建設・修繕の履歴' });
    const repair = within(works).getByRole('row', { name: /令和6年11月20日/ });
    expect(repair).toHaveTextContent('修繕');
    expect(repair).toHaveTextContent('3,200,000円');
    expect(repair).toHaveTextContent('1,600,000円');
    expect(within(repair).getByRole('link', { name: '校区コミュニティセンター等建築費補助' })).toHaveAttribute('href', '/support/programs/14');
    expect(repair).toHaveTextContent('（令和6年度）');
    expect(screen.getByTestId('facility-subsidy-total')).toHaveTextContent('1,600,000円');
    expect(document.body).not.toHaveTextContent(/COMMUNITY_CENTER|REPAIR|CONSTRUCTION|CITY\b/);
  });

  it('says a city room belongs to no district', () => {
    renderWithProviders(
      <FacilityDetails
        facility={facility({ kind: 'CITY_ROOM', districtId: undefined, districtName: undefined, wardName: undefined, works: [], subsidyTotalYen: 0 })}
      />,
    );
    expect(screen.getByText('市の貸出会議室')).toBeInTheDocument();
    expect(screen.getByText('市の施設（校区なし）')).toBeInTheDocument();
    expect(screen.getByText('建設・修繕の履歴はありません。')).toBeInTheDocument();
  });

  it('writes a year with its era, the first year of an era as 元年', () => {
    expect(formatYearWareki(1989, 'ja')).toBe('1989年（平成元年）');
    expect(formatYearWareki(2019, 'ja')).toBe('2019年（令和元年）');
    expect(formatYearWareki(1979, 'ja')).toBe('1979年（昭和54年）');
    expect(formatYearWareki(1998, 'en')).toBe('1998');
  });
});

describe('DistrictFacilities', () => {
  it('lists the district’s facilities on its profile with links, and offers to add one to those who may', async () => {
    server.use(
      http.get('/api/v1/facilities', ({ request, response }) => {
        expect(new URL(request.url).searchParams.get('districtId')).toBe('1');
        return response(200).json(pageOf([facility(), facility({ id: 6, name: '香椎公民館', kind: 'KOMINKAN', subsidyTotalYen: 0, builtYear: 1979 })]));
      }),
    );
    renderWithProviders(<DistrictFacilities districtId={1} canAdd />);
    const section = screen.getByRole('region', { name: '施設' });
    const table = await within(section).findByRole('table', { name: '施設' });
    expect(within(table).getByRole('link', { name: '香椎校区コミュニティセンター' })).toHaveAttribute('href', '/facilities/5');
    expect(within(table).getByRole('row', { name: /香椎公民館/ })).toHaveTextContent('公民館');
    expect(within(table).getByRole('row', { name: /香椎校区コミュニティセンター/ })).toHaveTextContent('1,600,000円');
    expect(within(section).getByRole('link', { name: '施設を登録' })).toHaveAttribute('href', '/facilities/new?district=1');
  });
});
