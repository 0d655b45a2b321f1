import { describe, expect, it } from 'vitest';
import { ApiError, type FieldProblem } from '@/lib/api-error';
import type { EvaluationRow } from '../api/types';
import { changedIds, draftOf, keepCurrentEdits, sheetErrors, sheetInput, type Edit } from './sheet';
import { evaluation, evaluationRow, fieldProblem } from '@/testing/fixtures';
import { problemBody } from '@/testing/msw';

const draftA = evaluation({ id: 10, initiativeId: 1, state: 'DRAFT', rating: 'B', comment: 'まずまず', version: 3 });
const rows: EvaluationRow[] = [
  evaluationRow({ initiativeId: 1, path: '1-1', title: 'A', evaluation: draftA }),
  evaluationRow({ initiativeId: 2, path: '1-2', title: 'B' }),
  evaluationRow({
    initiativeId: 3,
    path: '1-3',
    title: 'C',
    evaluation: evaluation({ id: 30, initiativeId: 3, state: 'FINALIZED', rating: 'A', version: 1 }),
  }),
  evaluationRow({
    initiativeId: 4,
    path: '1-4',
    title: 'D',
    evaluation: evaluation({ id: 40, initiativeId: 4, state: 'PUBLISHED', rating: 'C', version: 2 }),
  }),
];

const edit = (row: EvaluationRow, change: Partial<ReturnType<typeof draftOf>>): Edit => ({
  draft: { ...draftOf(row.evaluation), ...change },
  base: row.evaluation?.version,
});

describe('saving the sheet', () => {
  it('sends only rows that changed, with the version they were typed over', () => {
    const edits = {
      1: edit(rows[0]!, { rating: 'A' }),
      2: edit(rows[1]!, { rating: 'B', comment: '  順調に実施された。 ' }),
    };
    expect(changedIds(rows, edits)).toEqual([1, 2]);
    expect(sheetInput(rows, edits, undefined, undefined)).toEqual({
      rows: [
        { initiativeId: 1, rating: 'A', comment: 'まずまず', recommendation: undefined, version: 3 },
        { initiativeId: 2, rating: 'B', comment: '順調に実施された。', recommendation: undefined, version: undefined },
      ],
    });
  });

  it('has nothing to send when the typing came back to what is saved, or touched a final row', () => {
    const edits = {
      1: edit(rows[0]!, { comment: 'まずまず ' }),
      3: edit(rows[2]!, { rating: 'D' }),
      4: edit(rows[3]!, { rating: 'A' }),
    };
    expect(sheetInput(rows, edits, undefined, undefined)).toBeNull();
  });

  it('sends the opinion when it changed', () => {
    const opinion = evaluation({ id: 99, state: 'DRAFT', comment: '全体として順調', version: 5 });
    const body = sheetInput(rows, {}, opinion, { draft: { rating: '', comment: '全体としておおむね順調', recommendation: '' }, base: 5 });
    expect(body).toEqual({ rows: [], opinion: { comment: '全体としておおむね順調', recommendation: undefined, version: 5 } });
  });

  it('drops edits over a version someone else replaced', () => {
    const edits = { 1: edit(rows[0]!, { rating: 'A' }), 2: edit(rows[1]!, { rating: 'C' }) };
    const fresh: EvaluationRow[] = [
      { ...rows[0]!, evaluation: { ...draftA, version: 4 } },
      rows[1]!,
    ];
    expect(Object.keys(keepCurrentEdits(fresh, edits))).toEqual(['2']);
  });
});

describe('errors of a refused sheet', () => {
  const sent = {
    rows: [
      { initiativeId: 7, rating: 'A' },
      { initiativeId: 8, rating: 'B' },
    ],
  };
  const refusal = (errors: Pick<FieldProblem, 'field' | 'message'>[]) =>
    new ApiError(409, problemBody(409, { title: 'Conflict', errors: errors.map((e) => fieldProblem({ ...e, code: 'Conflict' })) }));

  it('lands on the row sent at that index', () => {
    const e = sheetErrors(refusal([{ field: 'put.body.rows[1].rating', message: '確定済みです' }]), sent);
    expect(e.rows).toEqual({ 8: { rating: '確定済みです' } });
  });

  it('names a row by its initiative for finalization and the opinion on its own', () => {
    const e = sheetErrors(
      refusal([
        { field: 'initiative:12', message: '評価が選ばれていません' },
        { field: 'opinion.comment', message: '長すぎます' },
        { field: 'rows[0].version', message: '古い版です' },
      ]),
      sent,
    );
    expect(e.rows).toEqual({ 12: { '': '評価が選ばれていません' }, 7: { '': '古い版です' } });
    expect(e.opinion).toEqual({ comment: '長すぎます' });
  });
});
