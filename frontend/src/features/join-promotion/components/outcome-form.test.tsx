import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { newBuilding } from '@/testing/join-promotion-fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { isoDate } from '@/utils/fiscal-year';
import { OutcomeForm, OutcomePanel } from './outcome-form';

describe('OutcomePanel', () => {
  it('shows the outcome in words with its day and the units that joined', () => {
    renderWithProviders(
      <OutcomePanel
        building={newBuilding({ outcome: 'BLOCK_JOIN', outcomeOn: '2026-11-20', joinedUnits: 48, permissions: { canEdit: false } })}
        etag={'"3"'}
        onReload={() => {}}
      />,
    );
    const outcome = screen.getByTestId('building-outcome');
    expect(outcome).toHaveTextContent('一括加入');
    expect(outcome).toHaveTextContent('令和8年11月20日');
    expect(outcome).toHaveTextContent('加入 48戸（全48戸のうち）');
    expect(document.body).not.toHaveTextContent('BLOCK_JOIN');
    expect(screen.queryByRole('button', { name: '結果を記録' })).not.toBeInTheDocument();
  });

  it('records 一括加入: all the units to start with, today, sent with the building’s ETag', async () => {
    server.use(
      http.put('/api/v1/new-buildings/{id}/outcome', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json(newBuilding({ ...body, version: 4 }));
      }),
    );
    renderWithProviders(<OutcomePanel building={newBuilding()} etag={'"3-abc"'} onReload={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '結果を記録' }));
    const form = screen.getByRole('form', { name: '協力の結果を記録' });
    expect(within(form).queryByLabelText(/結果の日/)).not.toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /協力の結果/ }), '一括加入（管理会社が全戸分まとめて加入）');
    expect(within(form).getByLabelText(/結果の日/)).toHaveValue(isoDate());
    expect(within(form).getByRole('textbox', { name: /加入戸数/ })).toHaveValue('48');
    expect(within(form).getByRole('textbox', { name: /加入戸数/ })).toHaveAccessibleDescription('この建物は48戸です。');
    await userEvent.click(within(form).getByRole('button', { name: '結果を保存' }));

    expect(await screen.findByText('協力の結果を記録しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/new-buildings/15/outcome');
    expect(put?.headers.get('If-Match')).toBe('"3-abc"');
    expect(await put?.json()).toEqual({ outcome: 'BLOCK_JOIN', outcomeOn: isoDate(), joinedUnits: 48 });
    expect(screen.getByRole('button', { name: '結果を記録' })).toHaveFocus();
  });

  it('asks no units of a developer who declined and clears everything for 協議中', async () => {
    server.use(http.put('/api/v1/new-buildings/{id}/outcome', async ({ response }) => response(200).json(newBuilding({ version: 4 }))));
    const building = newBuilding({ outcome: 'INDIVIDUAL', outcomeOn: '2025-11-01', joinedUnits: 9 });
    const { unmount } = renderWithProviders(<OutcomeForm building={building} etag={'"3"'} onSaved={() => {}} onCancel={() => {}} onReload={() => {}} />);
    let form = screen.getByRole('form', { name: '協力の結果を記録' });
    expect(within(form).getByRole('textbox', { name: /加入戸数/ })).toHaveValue('9');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /協力の結果/ }), '協力を得られず');
    expect(within(form).queryByRole('textbox', { name: /加入戸数/ })).not.toBeInTheDocument();
    expect(within(form).getByText('協力を得られなかったときは、加入戸数は0戸として記録されます。')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: '結果を保存' }));
    await vi.waitFor(() => expect(requestsTo('PUT', '/api/v1/new-buildings/15/outcome')).toHaveLength(1));
    expect(await requestsTo('PUT', '/api/v1/new-buildings/15/outcome')[0]!.json()).toEqual({
      outcome: 'DECLINED',
      outcomeOn: '2025-11-01',
      joinedUnits: 0,
    });
    unmount();

    renderWithProviders(<OutcomeForm building={building} etag={'"3"'} onSaved={() => {}} onCancel={() => {}} onReload={() => {}} />);
    form = screen.getByRole('form', { name: '協力の結果を記録' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /協力の結果/ }), '協議中（結果はまだ）');
    expect(within(form).queryByLabelText(/結果の日/)).not.toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: '結果を保存' }));
    await vi.waitFor(() => expect(requestsTo('PUT', '/api/v1/new-buildings/15/outcome')).toHaveLength(2));
    expect(await requestsTo('PUT', '/api/v1/new-buildings/15/outcome')[1]!.json()).toEqual({ outcome: 'PENDING' });
  });

  it('names the mistakes at their fields: more units than the building has, no day', async () => {
    renderWithProviders(<OutcomeForm building={newBuilding()} etag={'"3"'} onSaved={() => {}} onCancel={() => {}} onReload={() => {}} />);
    const form = screen.getByRole('form', { name: '協力の結果を記録' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /協力の結果/ }), '個別加入（入居者が一戸ずつ加入）');
    await userEvent.clear(within(form).getByLabelText(/結果の日/));
    await userEvent.type(within(form).getByRole('textbox', { name: /加入戸数/ }), '60');
    await userEvent.click(within(form).getByRole('button', { name: '結果を保存' }));
    expect(await within(form).findByText('結果の出た日を入力してください。')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /加入戸数/ })).toHaveAccessibleDescription(/加入戸数は建物の戸数（48戸）以下にしてください。/);
    expect(within(form).getByLabelText(/結果の日/)).toHaveFocus();
    expect(requestsTo('PUT', '/api/v1/new-buildings/15/outcome')).toHaveLength(0);
  });

  it('on 412 says someone else changed the building and loads it again', async () => {
    server.use(
      http.put('/api/v1/new-buildings/{id}/outcome', ({ response }) =>
        response(412).json(problemBody(412, { title: 'Precondition Failed', current: newBuilding({ version: 5 }) })),
      ),
    );
    const onReload = vi.fn();
    renderWithProviders(<OutcomeForm building={newBuilding()} etag={'"3"'} onSaved={() => {}} onCancel={() => {}} onReload={onReload} />);
    const form = screen.getByRole('form', { name: '協力の結果を記録' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /協力の結果/ }), '協力を得られず');
    await userEvent.click(within(form).getByRole('button', { name: '結果を保存' }));
    expect(await within(form).findByText('このデータは他の人によって変更されました。最新の内容を読み込んでから、もう一度変更してください。')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '結果を保存' })).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: '最新の内容を読み込む' }));
    expect(onReload).toHaveBeenCalled();
  });
});
