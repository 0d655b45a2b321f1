import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useVersionedForm } from '@/lib/forms';
import { useSaveEvaluationSheet } from '../../api/evaluations';
import type { EvaluationRow, EvaluationSheet, EvaluationSheetInput } from '../../api/types';
import { changedIds, draftOf, isEditable, sheetInput, type Draft, type Edit } from '../../utils/sheet';

/** A row's fields are keyed `r<initiativeId>` (a bare number would make react-hook-form think of an array). */
export const rowKey = (initiativeId: number) => `r${initiativeId}`;
export type SheetValues = { rows: Record<string, Draft>; opinion: Draft };
/** The version each touched row (or the opinion, key 'opinion') was typed over; untouched rows have none. */
type Bases = Record<string, number | undefined>;

function valuesOf(sheet: EvaluationSheet): SheetValues {
  const rows: Record<string, Draft> = {};
  for (const row of sheet.rows) {
    rows[rowKey(row.initiativeId)] = draftOf(row.evaluation);
  }
  return { rows, opinion: draftOf(sheet.opinion) };
}

/**
 * The sheet as one versioned form: every row's rating, comment and recommendation, and the opinion. A row keeps
 * what was typed (and the version it was typed over) until it is saved; the others follow the sheet as it is
 * read. The body sends only changed rows, each with its version; the sheet's ETag, when the server sent one, goes
 * in If-Match. A refused row's error is placed on the row (`rows[2].rating` is the third row sent).
 */
export function useSheetForm({
  planId,
  fiscalYear,
  sheet,
  etag,
  reload,
  onSaved,
}: {
  planId: number;
  fiscalYear: number;
  sheet: EvaluationSheet;
  etag: string;
  reload: () => Promise<EvaluationSheet | undefined>;
  onSaved: (count: number) => void;
}) {
  const rows = sheet.rows;
  const save = useSaveEvaluationSheet(planId, fiscalYear);
  const [bases, setBases] = useState<Bases>({});
  // The body last sent: the server names a refused row by its index in it.
  const sent = useRef<EvaluationSheetInput | null>(null);
  const vf = useVersionedForm({
    schema: z.custom<SheetValues>(),
    defaultValues: valuesOf(sheet),
    etag,
    // Only the changed rows, each with its version; the sheet's ETag as last read (it changes with every save).
    submit: () => {
      const next = body() ?? { rows: [] };
      sent.current = next;
      return save.mutateAsync({ body: next, etag: etag || undefined }).then(() => next);
    },
    onSaved: (saved) => {
      setBases({});
      onSaved(saved.rows.length + (saved.opinion ? 1 : 0));
    },
    fieldOf: (field) => {
      const indexed = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(field);
      if (indexed) {
        const id = sent.current?.rows[Number(indexed[1])]?.initiativeId;
        return id === undefined ? '' : `rows.${rowKey(id)}.${fieldName(indexed[2])}`;
      }
      const opinion = /^opinion(?:\.(\w+))?$/.exec(field);
      if (opinion) return `opinion.${opinion[1] === 'recommendation' ? 'recommendation' : 'comment'}`;
      return '';
    },
    // After a 412/409 the sheet is read again; an edit over a version someone else replaced is dropped.
    reload: async () => {
      const fresh = await reload();
      if (!fresh) return;
      setBases((prev) => {
        const kept: Bases = {};
        for (const row of fresh.rows) {
          const key = rowKey(row.initiativeId);
          if (key in prev && isEditable(row.evaluation) && prev[key] === row.evaluation?.version) kept[key] = prev[key];
        }
        if ('opinion' in prev && isEditable(fresh.opinion) && prev.opinion === fresh.opinion?.version) {
          kept.opinion = prev.opinion;
        }
        return kept;
      });
    },
  });
  const values = useWatch({ control: vf.form.control }) as SheetValues;
  const { setValue, getValues } = vf.form;

  // Untouched rows follow the sheet as read (after a save, a reload, another tab's change).
  useEffect(() => {
    const fresh = valuesOf(sheet);
    const current = getValues();
    for (const [key, draft] of Object.entries(fresh.rows)) {
      if (key in bases) continue;
      if (JSON.stringify(current.rows[key]) !== JSON.stringify(draft)) setValue(`rows.${key}`, draft);
    }
    if (!('opinion' in bases) && JSON.stringify(current.opinion) !== JSON.stringify(fresh.opinion)) {
      setValue('opinion', fresh.opinion);
    }
  }, [sheet, bases, getValues, setValue]);

  const edits: Record<number, Edit> = {};
  for (const row of rows) {
    const key = rowKey(row.initiativeId);
    if (key in bases && values.rows[key]) edits[row.initiativeId] = { draft: values.rows[key], base: bases[key] };
  }
  const opinionEdit: Edit | undefined =
    'opinion' in bases ? { draft: values.opinion, base: bases.opinion } : undefined;
  const changed = changedIds(rows, edits);
  const opinionChanged =
    opinionEdit !== undefined &&
    isEditable(sheet.opinion) &&
    JSON.stringify(opinionEdit.draft) !== JSON.stringify(draftOf(sheet.opinion));

  const touch = (key: string, version: number | undefined) =>
    setBases((prev) => (key in prev ? prev : { ...prev, [key]: version }));
  const setRow = (row: EvaluationRow, change: Partial<Draft>) => {
    const key = rowKey(row.initiativeId);
    touch(key, row.evaluation?.version);
    for (const [f, v] of Object.entries(change)) setValue(`rows.${key}.${f as keyof Draft}`, v);
  };
  const setOpinion = (change: Partial<Draft>) => {
    touch('opinion', sheet.opinion?.version);
    for (const [f, v] of Object.entries(change)) setValue(`opinion.${f as keyof Draft}`, v);
  };

  /** The body to send now, or null when nothing changed. */
  const body = () => sheetInput(rows, edits, sheet.opinion, opinionEdit);
  /** Sends the changed rows; false when there was nothing to send. */
  const submit = (): boolean => {
    if (!body()) return false;
    void vf.submit();
    return true;
  };

  return {
    vf,
    values,
    changed,
    dirty: changed.length + (opinionChanged ? 1 : 0),
    setRow,
    setOpinion,
    submit,
    saving: vf.saving || save.isPending,
    rowError: (initiativeId: number, field: string) => vf.fieldError(`rows.${rowKey(initiativeId)}.${field}`),
  };
}

/** A row's error on `initiativeId` or `version` (or the row as a whole) is shown with the row's state. */
function fieldName(name: string | undefined): string {
  return name === 'rating' || name === 'comment' || name === 'recommendation' ? name : 'row';
}
