import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { councilSeat, roster } from '@/testing/council-fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { SeatsPanel } from './seats-panel';

const representatives = councilSeat({
  id: 8,
  title: '各校区代表',
  filling: 'DISTRICT_REPRESENTATIVE',
  seats: undefined,
  seatsToday: 30,
  filled: 28,
  vacant: 2,
  vacantDistricts: [
    { id: 40, name: '城浜' },
    { id: 41, name: '名島' },
  ],
  sortOrder: 30,
});

afterEach(() => vi.restoreAllMocks());

describe('SeatsPanel', () => {
  it('shows each seat’s 定数, 在任 and 欠員, naming the districts without a representative', () => {
    renderWithProviders(<SeatsPanel roster={roster({ seats: [councilSeat(), representatives], permissions: { canEdit: false } })} />);
    expect(screen.getByTestId('roster-summary')).toHaveTextContent('定数 41名・在任 38名（令和8年12月4日現在） 欠員 3');
    const table = screen.getByRole('table', { name: '役職と定数' });
    const directors = within(table).getByRole('row', { name: /^理事/ });
    expect(directors).toHaveTextContent('選出');
    expect(directors).toHaveTextContent('欠員 1');
    expect(directors).toHaveTextContent('2年');
    const reps = within(table).getByRole('row', { name: /各校区代表/ });
    expect(reps).toHaveTextContent('各校区の代表');
    expect(reps).toHaveTextContent('代表のいない校区: 城浜、名島');
    expect(table).not.toHaveTextContent(/ELECTED|DISTRICT_REPRESENTATIVE/);
    expect(screen.queryByRole('button', { name: '役職を追加' })).not.toBeInTheDocument();
  });

  it('names the first districts without a representative and opens the rest on request', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: 100 + i, name: `校区${i + 1}` }));
    renderWithProviders(
      <SeatsPanel roster={roster({ seats: [{ ...representatives, seatsToday: 12, filled: 0, vacant: 12, vacantDistricts: many }] })} />,
    );
    const more = screen.getByText('代表のいない校区: 校区1、校区2、校区3、校区4、校区5、校区6、校区7、校区8ほか4校区');
    expect(more.tagName).toBe('SUMMARY');
    expect(more.parentElement).toHaveTextContent('校区9、校区10、校区11、校区12');
  });

  it('adds a district representatives’ seat without a 定数, and a seat with one', async () => {
    server.use(
      http.post('/api/v1/council-bodies/{id}/seats', async ({ request, response }) => {
        const body = await request.json();
        return response(201).json(councilSeat({ id: 20, title: body.title, filling: body.filling, seats: body.seats }));
      }),
      http.get('/api/v1/council-bodies', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null })),
    );
    renderWithProviders(<SeatsPanel roster={roster({ seats: [] })} />);
    expect(screen.getByText('役職と定数はまだ登録されていません。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '役職を追加' }));
    const form = screen.getByRole('form', { name: '役職の追加' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^役職/ }), '各校区代表');
    await userEvent.click(within(form).getByRole('radio', { name: '各校区の代表' }));
    expect(within(form).queryByRole('textbox', { name: /^定数/ })).not.toBeInTheDocument();
    expect(within(form).getByText(/この会議体が受け持つ校区の数/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('役職「各校区代表」を保存しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/council-bodies/2/seats');
    expect(await post!.json()).toEqual({ title: '各校区代表', filling: 'DISTRICT_REPRESENTATIVE' });
    expect(post!.headers.get('Idempotency-Key')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '役職を追加' }));
    const again = screen.getByRole('form', { name: '役職の追加' });
    await userEvent.type(within(again).getByRole('textbox', { name: /^役職/ }), '理事');
    await userEvent.click(within(again).getByRole('button', { name: '保存' }));
    expect(await within(again).findByText('入力してください。')).toBeInTheDocument();
    await userEvent.type(within(again).getByRole('textbox', { name: /^定数/ }), '３');
    await userEvent.click(within(again).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('役職「理事」を保存しました。')).toBeInTheDocument();
    expect(await requestsTo('POST', '/api/v1/council-bodies/2/seats')[1]!.json()).toEqual({ title: '理事', filling: 'ELECTED', seats: 3 });
  });

  it('changes a seat with its version and says why a seat with members is not deleted', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    server.use(
      http.put('/api/v1/council-seats/{id}', async ({ request, response }) => response(200).json(councilSeat({ ...(await request.json()) }))),
      http.delete('/api/v1/council-seats/{id}', ({ response }) => response(409).json(problemBody(409, { title: 'Conflict', detail: 'The seat has 10 members' }))),
      http.get('/api/v1/council-bodies', ({ response }) => response(200).json({ items: [], total: 0, page: 1, size: 200, nextCursor: null })),
    );
    renderWithProviders(<SeatsPanel roster={roster()} />);
    await userEvent.click(screen.getByRole('button', { name: '変更（理事）' }));
    const form = screen.getByRole('form', { name: '役職「理事」の変更' });
    const seats = within(form).getByRole('textbox', { name: /^定数/ });
    expect(seats).toHaveValue('11');
    await userEvent.clear(seats);
    await userEvent.type(seats, '12');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('役職「理事」を保存しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/council-seats/7');
    expect(put!.headers.get('If-Match')).toBe('"0"');
    expect(await put!.json()).toMatchObject({ title: '理事', filling: 'ELECTED', seats: 12, termYears: 2, sortOrder: 10 });

    await userEvent.click(screen.getByRole('button', { name: '削除（理事）' }));
    expect(await screen.findByText('この役職には構成員（任期の終わった人を含む）が登録されているため削除できません。')).toBeInTheDocument();
  });
});
