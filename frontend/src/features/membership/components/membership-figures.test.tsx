import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { MembershipFigure } from '../api/get-membership-figures';
import { MembershipFigures } from './membership-figures';
import { membershipFigure } from '@/testing/fixtures';

const page = (items: MembershipFigure[]) => ({ items, total: items.length, page: 1, size: 200, nextCursor: null });

const fig2024 = membershipFigure({
  id: 12,
  organizationId: 5,
  fiscalYear: 2024,
  households: 200,
  memberHouseholds: 160,
  joinRate: 0.8,
  areaCountMethod: 'RESIDENT_REGISTRY',
  source: '住民基本台帳',
  version: 3,
});

const PUT_2024 = '/api/v1/organizations/5/membership-figures/2024';

/** GET answers with whatever `figures()` holds at the time. */
function listing(figures: () => MembershipFigure[]) {
  return http.get('/api/v1/organizations/{id}/membership-figures', ({ params, response }) => {
    expect(params.id).toBe('5');
    return response(200).json(page(figures()));
  });
}

describe('MembershipFigures', () => {
  it('shows figures per fiscal year without edit buttons for a reader', async () => {
    server.use(listing(() => [fig2024]));
    renderWithProviders(<MembershipFigures organizationId={5} canEdit={false} />);
    const row = (await screen.findByRole('rowheader', { name: '令和6年度 (2024)' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('80.0%')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /編集/ })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: '加入率の推移' })).toBeInTheDocument();
  });

  it('works out the join rate while typing and saves with If-Match', async () => {
    let figures = [fig2024];
    server.use(
      listing(() => figures),
      http.put('/api/v1/organizations/{id}/membership-figures/{fiscalYear}', async ({ request, response }) => {
        const body = await request.json();
        figures = [{ ...fig2024, ...body, joinRate: body.memberHouseholds / body.households, version: 4 }];
        return response(200).json(figures[0]!);
      }),
    );
    renderWithProviders(<MembershipFigures organizationId={5} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '令和6年度を編集' }));
    const members = screen.getByRole('textbox', { name: /加入世帯数/ });
    await userEvent.clear(members);
    await userEvent.type(members, '１７０');
    expect(screen.getByRole('status', { name: /加入率（入力値から計算）/ })).toHaveTextContent('85.0%');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/保存しました。/)).toBeInTheDocument();
    const [put] = requestsTo('PUT', PUT_2024);
    expect(put!.headers.get('If-Match')).toBe('"3"');
    expect(await put!.json()).toMatchObject({
      households: 200,
      memberHouseholds: 170,
      areaCountMethod: 'RESIDENT_REGISTRY',
    });
    await expect.poll(() => screen.getByTestId('join-rate-2024').textContent).toBe('85.0%');
    // The form is gone; the keyboard is on the message that says it was saved, not lost on the page.
    await expect.poll(() => document.activeElement).toBe(screen.getByText(/保存しました。/).closest('[role="status"]'));
  });

  it('asks to confirm a large change and sends the confirmation only then', async () => {
    let figures = [fig2024];
    server.use(
      listing(() => figures),
      http.put('/api/v1/organizations/{id}/membership-figures/{fiscalYear}', async ({ request, response }) => {
        const body = await request.json();
        if (!body.confirmLargeChange) {
          return response(422).json(
            problemBody(422, {
              type: 'https://kyodo.example.jp/problems/rule-violation',
              rule: 'large-change',
              errors: [
                {
                  field: 'households',
                  message: 'changes from 200 to 90 (-55%, more than 30%); send confirmLargeChange: true if this is right',
                  code: 'LargeChange',
                },
              ],
            }),
          );
        }
        figures = [{ ...fig2024, ...body, joinRate: body.memberHouseholds / body.households, version: 4 }];
        return response(200).json(figures[0]!);
      }),
    );
    renderWithProviders(<MembershipFigures organizationId={5} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '令和6年度を編集' }));
    const households = screen.getByRole('textbox', { name: /^世帯数/ });
    const members = screen.getByRole('textbox', { name: /加入世帯数/ });
    await userEvent.clear(members);
    await userEvent.type(members, '80');
    await userEvent.clear(households);
    await userEvent.type(households, '90');
    expect(screen.queryByRole('checkbox', { name: /この変更を確認しました/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('前の数値から大きく変わります');
    expect(alert).toHaveTextContent('世帯数: 200 → 90');
    expect(alert).not.toHaveTextContent('confirmLargeChange');
    await userEvent.click(screen.getByRole('checkbox', { name: /この変更を確認しました/ }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/保存しました。/)).toBeInTheDocument();
    const [first, second] = requestsTo('PUT', PUT_2024);
    expect(await first!.json()).not.toHaveProperty('confirmLargeChange');
    expect(await second!.json()).toMatchObject({ households: 90, memberHouseholds: 80, confirmLargeChange: true });
  });

  it('checks the counts before sending', async () => {
    server.use(listing(() => [fig2024]));
    renderWithProviders(<MembershipFigures organizationId={5} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '令和6年度を編集' }));
    const members = screen.getByRole('textbox', { name: /加入世帯数/ });
    await userEvent.clear(members);
    await userEvent.type(members, '250');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(members).toHaveAttribute('aria-invalid', 'true');
    expect(members).toHaveAccessibleDescription('加入世帯数は世帯数以下にしてください。');
    expect(members).toHaveFocus();
    expect(requestsTo('PUT', PUT_2024)).toHaveLength(0);
  });

  it('shows server validation errors next to their field', async () => {
    server.use(
      listing(() => [fig2024]),
      http.put('/api/v1/organizations/{id}/membership-figures/{fiscalYear}', ({ response }) =>
        response(400).json(
          problemBody(400, { errors: [{ field: 'source', message: 'size must be between 0 and 200', code: 'Size' }] }),
        ),
      ),
    );
    renderWithProviders(<MembershipFigures organizationId={5} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '令和6年度を編集' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const source = await screen.findByRole('textbox', { name: /出典/ });
    await expect.poll(() => source.getAttribute('aria-invalid')).toBe('true');
    expect(source).toHaveAccessibleDescription('size must be between 0 and 200');
    expect(source).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('1 件の入力エラーがあります。');
  });

  it('refuses a stale version, says why and offers the current data', async () => {
    let figures = [fig2024];
    server.use(
      listing(() => figures),
      http.put('/api/v1/organizations/{id}/membership-figures/{fiscalYear}', ({ response }) => {
        figures = [{ ...fig2024, memberHouseholds: 190, joinRate: 0.95, version: 9 }];
        return response(412).json(problemBody(412, { title: 'The record was changed by someone else' }));
      }),
    );
    renderWithProviders(<MembershipFigures organizationId={5} canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '令和6年度を編集' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('他の人によって変更されました');
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '最新の内容を読み込む' }));
    await expect
      .poll(() => (screen.getByRole('textbox', { name: /加入世帯数/ }) as HTMLInputElement).value)
      .toBe('190');
    expect(screen.getByRole('button', { name: '保存' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await expect.poll(() => requestsTo('PUT', PUT_2024).length).toBe(2);
    expect(requestsTo('PUT', PUT_2024)[1]!.headers.get('If-Match')).toBe('"9"');
  });

  it('enters a new fiscal year without If-Match', async () => {
    server.use(
      listing(() => []),
      http.put('/api/v1/organizations/{id}/membership-figures/{fiscalYear}', ({ params, response }) =>
        response(201).json({
          ...fig2024,
          fiscalYear: Number(params.fiscalYear),
          households: 10,
          memberHouseholds: 5,
          joinRate: 0.5,
          version: 0,
        }),
      ),
    );
    renderWithProviders(<MembershipFigures organizationId={5} canEdit />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '入力する年度' }), '2020');
    await userEvent.click(screen.getByRole('button', { name: '令和2年度の加入世帯数を入力' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^世帯数/ }), '10');
    await userEvent.type(screen.getByRole('textbox', { name: /加入世帯数/ }), '5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText(/保存しました。/);
    const [put] = requestsTo('PUT', '/api/v1/organizations/5/membership-figures/2020');
    expect(put!.headers.has('If-Match')).toBe(false);
  });
});
