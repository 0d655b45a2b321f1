import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';
import type { EvaluationSheet } from '../api/types';
import { EvaluationSheetView } from './evaluation-sheet';

const grades = [
  { code: 'A', position: 1, labelJa: '順調', labelEn: 'On track' },
  { code: 'B', position: 2, labelJa: 'おおむね順調', labelEn: 'Mostly on track' },
];

function sheet(): EvaluationSheet {
  return {
    planId: 1,
    fiscalYear: 2026,
    grades,
    counts: { draft: 1, finalized: 0, published: 1, missing: 1 },
    opinion: undefined,
    rows: [
      {
        initiativeId: 11,
        path: 'Ⅱ-1-(1)-ア',
        title: '「住民自治フォーラム（仮称）」の開催',
        tag: 'NEW',
        status: 'CARRIED_OUT',
      },
      {
        initiativeId: 12,
        path: 'Ⅱ-1-(1)-イ',
        title: '「コミュニティ通信（仮称）」の発行',
        status: 'IN_PROGRESS',
        evaluation: { id: 120, state: 'DRAFT', rating: 'B', comment: '発行は順調', version: 2 },
      },
      {
        initiativeId: 13,
        path: 'Ⅱ-1-(1)-ウ',
        title: '「ふくおか市政だより」への記事掲載',
        evaluation: { id: 130, state: 'PUBLISHED', rating: 'A', comment: '掲載した', version: 4 },
      },
    ],
  };
}

describe('EvaluationSheetView', () => {
  it('lets the committee fill a row from the keyboard and saves only what changed', async () => {
    const { calls } = mockApi({
      'GET /api/v1/plans/1/evaluation-sheets/2026': () => json(sheet()),
      'PUT /api/v1/plans/1/evaluation-sheets/2026': () => json(sheet()),
    });
    const user = userEvent.setup();
    renderWithProviders(<EvaluationSheetView planId={1} fiscalYear={2026} canWrite />);

    const rating = await screen.findByRole('combobox', { name: '評価: 「住民自治フォーラム（仮称）」の開催' });
    await user.selectOptions(rating, 'A');
    // Tab goes on along the row: comment, then recommendation.
    await user.tab();
    expect(screen.getByRole('textbox', { name: '評価コメント: 「住民自治フォーラム（仮称）」の開催' })).toHaveFocus();
    await user.keyboard('多くの市民が参加した。');
    await user.tab();
    expect(screen.getByRole('textbox', { name: '提言: 「住民自治フォーラム（仮称）」の開催' })).toHaveFocus();
    expect(screen.getByText('保存していない変更が 1 件あります。')).toBeInTheDocument();

    // A published row is read, not typed into; it offers a correction instead.
    const published = screen.getByRole('row', { name: /ふくおか市政だより/ });
    expect(within(published).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(published).getByText('A 順調')).toBeInTheDocument();
    expect(within(published).getByRole('button', { name: /訂正/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下書きを保存' }));
    expect(await screen.findByText('下書きを保存しました（1 件）。')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(await put.json()).toEqual({
      rows: [{ initiativeId: 11, rating: 'A', comment: '多くの市民が参加した。' }],
    });
  });

  it('shows a refused row at the row', async () => {
    mockApi({
      'GET /api/v1/plans/1/evaluation-sheets/2026': () => json(sheet()),
      'PUT /api/v1/plans/1/evaluation-sheets/2026': () =>
        json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'finalized',
            errors: [{ field: 'rows[0].rating', message: 'この評価はすでに確定しています。' }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const user = userEvent.setup();
    renderWithProviders(<EvaluationSheetView planId={1} fiscalYear={2026} canWrite />);
    const rating = await screen.findByRole('combobox', { name: /評価: 「コミュニティ通信/ });
    await user.selectOptions(rating, 'A');
    await user.click(screen.getByRole('button', { name: '下書きを保存' }));
    await waitFor(() => expect(rating).toHaveAttribute('aria-invalid', 'true'));
    expect(rating).toHaveAccessibleDescription('この評価はすでに確定しています。');
  });

  it('is read-only for the office', async () => {
    mockApi({ 'GET /api/v1/plans/1/evaluation-sheets/2026': () => json(sheet()) });
    renderWithProviders(<EvaluationSheetView planId={1} fiscalYear={2026} canWrite={false} />);
    expect(await screen.findByText('評価の入力は推進委員会の委員が行います。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下書きを保存' })).not.toBeInTheDocument();
  });
});
