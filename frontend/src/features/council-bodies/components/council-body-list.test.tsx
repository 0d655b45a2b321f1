import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { councilBody } from '@/testing/council-fixtures';
import { pageOf } from '@/testing/fixtures';
import { http, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { CouncilBodyList } from './council-body-list';

describe('CouncilBodyList', () => {
  it('lists the bodies by side with 定数, a marked 欠員 and the 定足数 in words', async () => {
    server.use(
      http.get('/api/v1/council-bodies', ({ response }) =>
        response(200).json(
          pageOf([
            councilBody({ id: 1, nameJa: '総会', kind: 'GENERAL_ASSEMBLY', quorum: 'MAJORITY', proxiesCount: true, seatTotal: 40, vacant: 2 }),
            councilBody({ id: 2, vacant: 0 }),
            councilBody({ id: 9, nameJa: '協働推進調整会議', kind: 'OTHER', side: 'CITY', quorum: 'HALF', organizationId: undefined, organizationName: undefined, seatTotal: 8, vacant: 0 }),
            councilBody({ id: 10, nameJa: '防災部会', kind: 'SECTION', quorum: 'NONE', seatTotal: 0, vacant: 0 }),
          ]),
        ),
      ),
    );
    renderWithProviders(<CouncilBodyList />);
    const community = await screen.findByRole('table', { name: '地域側の会議体' });
    const assembly = within(community).getByRole('row', { name: /総会/ });
    expect(within(assembly).getByRole('link', { name: '総会' })).toHaveAttribute('href', '/council-bodies/1');
    expect(assembly).toHaveTextContent('40名');
    expect(within(assembly).getByText('欠員 2')).toHaveClass('council-badge-vacant');
    expect(assembly).toHaveTextContent('過半数（委任状を出席に含む）');
    expect(within(community).getByRole('row', { name: /理事会/ })).toHaveTextContent('なし');
    const section = within(community).getByRole('row', { name: /防災部会/ });
    expect(section).toHaveTextContent('未設定');
    expect(section).toHaveTextContent('定めなし');
    const city = screen.getByRole('table', { name: '市側の会議体' });
    expect(within(city).getByRole('row', { name: /協働推進調整会議/ })).toHaveTextContent('半数以上');
    expect(screen.getByRole('heading', { level: 2, name: '市側' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/GENERAL_ASSEMBLY|MAJORITY|COMMUNITY/);
  });
});
