import { fieldErrorsOf } from '@/lib/api-error';
import type { Evaluation, EvaluationRow, EvaluationSheetInput } from '../api/types';

/** What the committee types for one row (or for the opinion, where rating is unused). */
export type Draft = { rating: string; comment: string; recommendation: string };

export function draftOf(e: Evaluation | undefined): Draft {
  return { rating: e?.rating ?? '', comment: e?.comment ?? '', recommendation: e?.recommendation ?? '' };
}

/** Only a draft (or nothing yet) can be written; finalized and published rows are read, published ones corrected. */
export function isEditable(e: Evaluation | undefined): boolean {
  return !e || e.state === 'DRAFT';
}

function same(a: Draft, b: Draft): boolean {
  return a.rating === b.rating && a.comment.trim() === b.comment.trim() && a.recommendation.trim() === b.recommendation.trim();
}

/** What was typed into a row, and the version of the evaluation it was typed over (none: there was none yet). */
export type Edit = { draft: Draft; base: number | undefined };

export function editOf(e: Evaluation | undefined, draft: Draft): Edit {
  return { draft, base: e?.version };
}

/**
 * Edits still worth keeping after the sheet was read again: those over the version the server still has. An
 * edit over a version someone else replaced is dropped, so it cannot overwrite their change unseen.
 */
export function keepCurrentEdits(
  rows: readonly EvaluationRow[],
  edits: Readonly<Record<number, Edit>>,
): Record<number, Edit> {
  const out: Record<number, Edit> = {};
  for (const row of rows) {
    const id = row.initiativeId;
    const edit = edits[id];
    if (edit && isEditable(row.evaluation) && edit.base === row.evaluation?.version) out[id] = edit;
  }
  return out;
}

const text = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** Rows whose typed values differ from what the server has. */
export function changedIds(rows: readonly EvaluationRow[], edits: Readonly<Record<number, Edit>>): number[] {
  return rows
    .filter((r) => isEditable(r.evaluation))
    .filter((r) => {
      const edit = edits[r.initiativeId];
      return edit !== undefined && !same(edit.draft, draftOf(r.evaluation));
    })
    .map((r) => r.initiativeId);
}

/**
 * The PUT body: only rows that can be written and were changed (the server touches only rows sent), each with
 * the version it was typed over; the opinion only when it changed. Null when there is nothing to save.
 */
export function sheetInput(
  rows: readonly EvaluationRow[],
  edits: Readonly<Record<number, Edit>>,
  opinion: Evaluation | undefined,
  opinionEdit: Edit | undefined,
): EvaluationSheetInput | null {
  const out: EvaluationSheetInput = { rows: [] };
  const changed = new Set(changedIds(rows, edits));
  for (const row of rows) {
    if (!changed.has(row.initiativeId)) continue;
    const { draft, base } = edits[row.initiativeId]!;
    out.rows.push({
      initiativeId: row.initiativeId,
      rating: draft.rating || undefined,
      comment: text(draft.comment),
      recommendation: text(draft.recommendation),
      version: base,
    });
  }
  if (opinionEdit && isEditable(opinion) && !same(opinionEdit.draft, draftOf(opinion))) {
    out.opinion = {
      comment: text(opinionEdit.draft.comment),
      recommendation: text(opinionEdit.draft.recommendation),
      version: opinionEdit.base,
    };
  }
  return out.rows.length > 0 || out.opinion ? out : null;
}

export type SheetErrors = {
  /** initiativeId → field ('rating', 'comment', 'recommendation', or '' for the row as a whole) → message. */
  rows: Record<number, Record<string, string>>;
  opinion: Record<string, string>;
};

/**
 * Field errors of a refused save or finalization, placed on the rows they concern. The server names a row by its
 * index in the body sent (`rows[2].rating`) or, for finalization, by initiative (`initiative:12`, `12.rating`).
 */
export function sheetErrors(error: unknown, sent: EvaluationSheetInput | null): SheetErrors {
  const out: SheetErrors = { rows: {}, opinion: {} };
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    const opinion = /^opinion(?:\.(\w+))?$/.exec(field);
    if (opinion) {
      out.opinion[opinion[1] ?? ''] ??= message;
      continue;
    }
    let id: number | undefined;
    let name = '';
    const indexed = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(field);
    const byId = /^(?:initiative:|initiatives\[)?(\d+)\]?(?:\.(\w+))?$/.exec(field);
    if (indexed) {
      id = sent?.rows[Number(indexed[1])]?.initiativeId;
      name = indexed[2] ?? '';
    } else if (byId) {
      id = Number(byId[1]);
      name = byId[2] ?? '';
    }
    if (id === undefined) continue;
    if (name === 'initiativeId' || name === 'version') name = '';
    const row = (out.rows[id] ??= {});
    row[name] ??= message;
  }
  return out;
}
