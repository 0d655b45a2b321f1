import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { EvaluationSheet } from '../api/types';
import { EvaluationSheetView } from './evaluation-sheet';
import { evaluation, fieldProblem } from '@/testing/fixtures';

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
        evaluation: evaluation({ id: 120, initiativeId: 12, fiscalYear: 2026, state: 'DRAFT', rating: 'B', comment: '発行は順調', version: 2 }),
      },
      {
        initiativeId: 13,
        path: 'Ⅱ-1-(1)-ウ',
        title: '「ふくおか市政だより」への記事掲載',
        evaluation: evaluation({ id: 130, initiativeId: 13, fiscalYear: 2026, state: 'PUBLISHED', rating: 'A', comment: '掲載した', version: 4 }),
      },
    ],
  };
}

const SHEET = '/api/v1/plans/1/evaluation-sheets/2026';

const reading = (current: () => EvaluationSheet = sheet) =>
  http.get('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', ({ params, response }) => {
    expect(params).toEqual({ id: '1', fiscalYear: '2026' });
    return response(200).json(current(), { headers: { ETag: '"s1"' } });
  });

describe('EvaluationSheetView', () => {
  it('lets the committee fill a row from the keyboard and saves only what changed', async () => {
    server.use(
      reading(),
      http.put('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', ({ response }) =>
        response(200).json(sheet(), { headers: { ETag: '"s2"' } }),
      ),
    );
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
    const [put] = requestsTo('PUT', SHEET);
    // The sheet's ETag as read goes in If-Match; each row carries the version it was typed over.
    expect(put!.headers.get('If-Match')).toBe('"s1"');
    expect(await put!.json()).toEqual({
      rows: [{ initiativeId: 11, rating: 'A', comment: '多くの市民が参加した。' }],
    });
  });

  it('shows a refused row at the row', async () => {
    server.use(
      reading(),
      http.put('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', ({ response }) =>
        response(409).json(
          problemBody(409, {
            title: 'Conflict',
            detail: 'finalized',
            errors: [fieldProblem({ field: 'rows[0].rating', message: 'この評価はすでに確定しています。', code: 'Finalized' })],
          }),
        ),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<EvaluationSheetView planId={1} fiscalYear={2026} canWrite />);
    const rating = await screen.findByRole('combobox', { name: /評価: 「コミュニティ通信/ });
    await user.selectOptions(rating, 'A');
    await user.click(screen.getByRole('button', { name: '下書きを保存' }));
    await waitFor(() => expect(rating).toHaveAttribute('aria-invalid', 'true'));
    expect(rating).toHaveAccessibleDescription('この評価はすでに確定しています。');
    expect(rating).toHaveFocus();
    expect(await requestsTo('PUT', SHEET)[0]!.json()).toEqual({
      rows: [{ initiativeId: 12, rating: 'A', comment: '発行は順調', version: 2 }],
    });
  });

  it('is read-only for the office', async () => {
    server.use(reading());
    renderWithProviders(<EvaluationSheetView planId={1} fiscalYear={2026} canWrite={false} />);
    expect(await screen.findByText('評価の入力は推進委員会の委員が行います。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下書きを保存' })).not.toBeInTheDocument();
  });

  it('on 412 reads the sheet again, keeps edits over versions still current and drops the others', async () => {
    let current = sheet();
    server.use(
      reading(() => current),
      http.put('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', ({ response }) => {
        // Someone else saved row 12 in between.
        current = sheet();
        current.rows![1]!.evaluation = evaluation({ id: 120, initiativeId: 12, fiscalYear: 2026, state: 'DRAFT', rating: 'A', comment: '他の委員の変更', version: 3 });
        return response(412).json(problemBody(412, { errors: [fieldProblem({ field: 'rows[1].version', message: 'stale', code: 'Stale' })] }));
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<EvaluationSheetView planId={1} fiscalYear={2026} canWrite />);
    await user.selectOptions(await screen.findByRole('combobox', { name: /評価: 「住民自治フォーラム/ }), 'B');
    await user.selectOptions(screen.getByRole('combobox', { name: /評価: 「コミュニティ通信/ }), 'A');
    await user.click(screen.getByRole('button', { name: '下書きを保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('他の人によって変更されました');
    await user.click(screen.getByRole('button', { name: '最新の内容を読み込む' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /評価コメント: 「コミュニティ通信/ })).toHaveValue('他の委員の変更'),
    );
    expect(screen.getByRole('combobox', { name: /評価: 「住民自治フォーラム/ })).toHaveValue('B');
    expect(screen.getByText('保存していない変更が 1 件あります。')).toBeInTheDocument();
  });
});
