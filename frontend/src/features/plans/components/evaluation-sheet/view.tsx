import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { StaleAlert } from '@/components/ui/stale-alert';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { useEvaluationSheet, useFinalizeSheet } from '../../api/evaluations';
import type { EvaluationRow, EvaluationSheet } from '../../api/types';
import { sortedGrades } from '../../utils/format';
import { draftOf, isEditable, sheetErrors } from '../../utils/sheet';
import { CorrectionForm } from './correction-form';
import { EvaluationCounts, FinalizeConfirm, GradeScale, OpinionSection } from './parts';
import { SheetRow } from './sheet-row';
import { rowKey, useSheetForm } from './use-sheet-form';

type Notice = { tone: 'success' | 'info'; text: string } | null;

/**
 * 評価シート: one table of every initiative for the year. A committee member fills rating, comment and
 * recommendation row by row (Tab moves through a row, then to the next), saves all drafts at once and finalizes
 * the year; a published evaluation is corrected as a new revision. Others read it.
 */
export function EvaluationSheetView({
  planId,
  fiscalYear,
  canWrite,
}: {
  planId: number;
  fiscalYear: number;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const sheet = useEvaluationSheet(planId, fiscalYear);
  if (sheet.isPending) return <Loading />;
  if (sheet.isError) return <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return (
    <SheetEditor
      planId={planId}
      fiscalYear={fiscalYear}
      sheet={sheet.data.data}
      etag={sheet.data.etag}
      canWrite={canWrite}
      reload={async () => (await sheet.refetch()).data?.data}
      emptyText={t('evaluation.noRows')}
    />
  );
}

function SheetEditor({
  planId,
  fiscalYear,
  sheet,
  etag,
  canWrite,
  reload,
  emptyText,
}: {
  planId: number;
  fiscalYear: number;
  sheet: EvaluationSheet;
  etag: string;
  canWrite: boolean;
  reload: () => Promise<EvaluationSheet | undefined>;
  emptyText: string;
}) {
  const { t, lang } = useI18n();
  const rows = sheet.rows;
  const grades = sortedGrades(sheet.grades);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const [correcting, setCorrecting] = useState<EvaluationRow | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const finalize = useFinalizeSheet(planId, fiscalYear);
  const finalizeButton = useRef<HTMLButtonElement>(null);
  const sf = useSheetForm({
    planId,
    fiscalYear,
    sheet,
    etag,
    reload,
    onSaved: (count) => setNotice({ tone: 'success', text: t('evaluation.saved', { count }) }),
  });
  const { vf } = sf;

  // After a correction the row becomes a draft again; the keyboard goes to its rating once it is there.
  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = document.getElementById(pendingFocus.current);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  }, [sheet]);

  const doSave = () => {
    finalize.reset();
    setNotice(null);
    const ok = sf.submit(); if (!ok) setNotice({ tone: 'info', text: t('evaluation.nothingToSave') });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    doSave();
  };
  // Ctrl+S / ⌘S saves, as in an office suite; the browser's own "save page" is not what anyone means here.
  const doSaveRef = useRef(doSave);
  useEffect(() => {
    doSaveRef.current = doSave;
  });
  useEffect(() => {
    const form = vf.formProps.ref.current;
    if (!form) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        doSaveRef.current();
      }
    };
    form.addEventListener('keydown', onKeyDown);
    return () => form.removeEventListener('keydown', onKeyDown);
  }, [vf.formProps.ref]);

  const doFinalize = () => {
    vf.clearFailure();
    finalize.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setNotice({ tone: 'success', text: t('evaluation.finalized') });
      },
      onError: () => {
        setConfirming(false);
        // As after a refused save: the keyboard goes to the first row the refusal names.
        window.setTimeout(() => vf.formProps.ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      },
    });
  };

  const failed = vf.failure ?? finalize.error;
  const status = failed instanceof ApiError ? failed.status : undefined;
  // Finalization is not the form's submit: its refusals are placed on the rows here.
  const finalizeErrors = sheetErrors(finalize.error, null);
  const rowErrors = (id: number): Record<string, string> => {
    const out: Record<string, string> = { ...finalizeErrors.rows[id] };
    for (const f of ['rating', 'comment', 'recommendation', 'row'] as const) {
      const message = sf.rowError(id, f);
      if (message) out[f === 'row' ? '' : f] = message;
    }
    return out;
  };
  const counts = sheet.counts;
  const caption = t('evaluation.sheetCaption', { year: formatFiscalYear(fiscalYear, lang) });
  const opinion = sf.values.opinion;

  return (
    <>
      <EvaluationCounts counts={counts} />

      <GradeScale grades={grades} />

      {canWrite ? <p className="field-hint">{t('evaluation.keyboardHint')}</p> : <p>{t('evaluation.readOnly')}</p>}

      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {vf.failure && (status === 412 || status === 409) ? (
        // A stale row or one finalized meanwhile: read the sheet again; edits over replaced versions are dropped.
        <StaleAlert onReload={() => void vf.reload()} reloading={vf.reloading} />
      ) : vf.preconditionRequired ? (
        <FormAlert form={vf} />
      ) : failed ? (
        <Alert tone="error">
          <p>{problemMessage(failed, t)}</p>
          {failed instanceof ApiError && (failed.problem.errors?.length ?? 0) > 0 ? (
            <p>{t('evaluation.rowErrorsBelow')}</p>
          ) : null}
        </Alert>
      ) : null}

      <form {...vf.formProps} onSubmit={onSubmit} className="sheet-form" aria-label={caption}>
        {rows.length === 0 ? (
          <p>{emptyText}</p>
        ) : (
          <TableScroll label={caption}>
            <table className="table sheet-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.col.path')}</th>
                  <th scope="col">{t('evaluation.col.title')}</th>
                  <th scope="col">{t('evaluation.col.status')}</th>
                  <th scope="col">{t('evaluation.col.rating')}</th>
                  <th scope="col">{t('evaluation.col.comment')}</th>
                  <th scope="col">{t('evaluation.col.recommendation')}</th>
                  <th scope="col">{t('evaluation.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const id = row.initiativeId;
                  return (
                    <SheetRow
                      key={row.initiativeId}
                      row={row}
                      grades={grades}
                      value={sf.values.rows[rowKey(id)] ?? draftOf(row.evaluation)}
                      dirty={sf.changed.includes(id)}
                      canWrite={canWrite}
                      errors={rowErrors(id)}
                      onChange={(change) => {
                        setNotice(null);
                        sf.setRow(row, change);
                      }}
                      onCorrect={() => {
                        setNotice(null);
                        setCorrecting(row);
                      }}
                    />
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}

        <OpinionSection
          opinion={sheet.opinion}
          value={opinion}
          editable={canWrite && isEditable(sheet.opinion)}
          errors={{
            comment: vf.fieldError('opinion.comment') ?? finalizeErrors.opinion.comment ?? finalizeErrors.opinion[''],
            recommendation: vf.fieldError('opinion.recommendation') ?? finalizeErrors.opinion.recommendation,
          }}
          onChange={(change) => {
            setNotice(null);
            sf.setOpinion(change);
          }}
        />

        {canWrite ? (
          <div className="sheet-actions">
            <p className="sheet-dirty" role="status">
              {sf.dirty > 0 ? t('evaluation.unsaved', { count: sf.dirty }) : t('evaluation.allSaved')}
            </p>
            <FormActions saving={sf.saving} label={t('evaluation.save')}>
              <Button
                ref={finalizeButton}
                variant="secondary"
                disabled={finalize.isPending || confirming}
                onClick={() => {
                  setNotice(null);
                  setConfirming(true);
                }}
              >
                {t('evaluation.finalize')}
              </Button>
            </FormActions>
          </div>
        ) : null}
      </form>

      {canWrite && confirming ? (
        <FinalizeConfirm
          fiscalYear={fiscalYear}
          drafts={counts.draft}
          dirty={sf.dirty}
          pending={finalize.isPending}
          onConfirm={doFinalize}
          onCancel={() => {
            setConfirming(false);
            window.setTimeout(() => finalizeButton.current?.focus(), 0);
          }}
        />
      ) : null}

      {canWrite && correcting?.evaluation?.id !== undefined ? (
        <CorrectionForm
          key={correcting.evaluation.id}
          row={correcting}
          evaluation={correcting.evaluation}
          onDone={() => {
            setNotice({ tone: 'success', text: t('evaluation.corrected') });
            pendingFocus.current = `rating-${correcting.initiativeId}`;
            setCorrecting(null);
          }}
          onCancel={() => setCorrecting(null)}
        />
      ) : null}
    </>
  );
}
