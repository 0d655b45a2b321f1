import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { StaleAlert } from '@/components/ui/stale-alert';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useFocusFirstInvalid } from '@/lib/form';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { useCorrectEvaluation, useEvaluationSheet, useFinalizeSheet, useSaveEvaluationSheet } from '../api/evaluations';
import type { Evaluation, EvaluationRow, EvaluationSheet, EvaluationSheetInput, RatingGrade } from '../api/types';
import { gradeDescription, gradeText, sortedGrades } from '../utils/format';
import {
  changedIds,
  draftOf,
  editOf,
  isEditable,
  keepCurrentEdits,
  sheetErrors,
  sheetInput,
  type Draft,
  type Edit,
} from '../utils/sheet';
import { StatusChip, TagChip } from './marks';
import './plans.css';
import './evaluation-sheet.css';

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
  const rows = sheet.rows ?? [];
  const grades = sortedGrades(sheet.grades);
  const [edits, setEdits] = useState<Record<number, Edit>>({});
  const [opinionEdit, setOpinionEdit] = useState<Edit | undefined>();
  const [sent, setSent] = useState<EvaluationSheetInput | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [correcting, setCorrecting] = useState<EvaluationRow | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const save = useSaveEvaluationSheet(planId, fiscalYear);
  const finalize = useFinalizeSheet(planId, fiscalYear);
  const form = useFocusFirstInvalid(attempt);
  const finalizeButton = useRef<HTMLButtonElement>(null);

  // After a correction the row becomes a draft again; the keyboard goes to its rating once it is there.
  useEffect(() => {
    if (!pendingFocus) return;
    const el = document.getElementById(pendingFocus);
    if (el) {
      el.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, sheet]);

  const changed = changedIds(rows, edits);
  const opinionChanged =
    opinionEdit !== undefined &&
    isEditable(sheet.opinion) &&
    JSON.stringify(opinionEdit.draft) !== JSON.stringify(draftOf(sheet.opinion));
  const dirty = changed.length + (opinionChanged ? 1 : 0);
  const failed = save.error ?? finalize.error;
  const stale = save.error instanceof ApiError && (save.error.status === 412 || save.error.status === 409);
  const errors = sheetErrors(failed, save.error ? sent : null);
  const counts = sheet.counts ?? {};
  const draftCount = counts.draft ?? 0;

  const valueOf = (row: EvaluationRow): Draft => edits[row.initiativeId ?? -1]?.draft ?? draftOf(row.evaluation);
  const setRow = (row: EvaluationRow, change: Partial<Draft>) => {
    const id = row.initiativeId;
    if (id === undefined) return;
    setNotice(null);
    setEdits((prev) => {
      const current = prev[id] ?? editOf(row.evaluation, draftOf(row.evaluation));
      return { ...prev, [id]: { ...current, draft: { ...current.draft, ...change } } };
    });
  };
  const opinionValue = opinionEdit?.draft ?? draftOf(sheet.opinion);
  const setOpinion = (change: Partial<Draft>) => {
    setNotice(null);
    setOpinionEdit((prev) => {
      const current = prev ?? editOf(sheet.opinion, draftOf(sheet.opinion));
      return { ...current, draft: { ...current.draft, ...change } };
    });
  };

  const doSave = () => {
    const body = sheetInput(rows, edits, sheet.opinion, opinionEdit);
    finalize.reset();
    if (!body) {
      setNotice({ tone: 'info', text: t('evaluation.nothingToSave') });
      return;
    }
    setSent(body);
    save.mutate(
      { body, etag },
      {
        onSuccess: () => {
          setEdits({});
          setOpinionEdit(undefined);
          setNotice({ tone: 'success', text: t('evaluation.saved', { count: body.rows.length + (body.opinion ? 1 : 0) }) });
        },
        onError: () => setAttempt((a) => a + 1),
      },
    );
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    doSave();
  };
  // Ctrl+S / ⌘S saves, as in an office suite; the browser's own "save page" is not what anyone means here.
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      doSave();
    }
  };

  const doFinalize = () => {
    save.reset();
    finalize.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setNotice({ tone: 'success', text: t('evaluation.finalized') });
      },
      onError: () => {
        setConfirming(false);
        setAttempt((a) => a + 1);
      },
    });
  };

  const doReload = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        setEdits((prev) => keepCurrentEdits(fresh.rows ?? [], prev));
        setOpinionEdit((prev) => (prev && prev.base === fresh.opinion?.version && isEditable(fresh.opinion) ? prev : undefined));
      }
      save.reset();
    } finally {
      setReloading(false);
    }
  };

  const caption = t('evaluation.sheetCaption', { year: formatFiscalYear(fiscalYear, lang) });

  return (
    <>
      <dl className="counts">
        {(['draft', 'finalized', 'published', 'missing'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`evaluation.count.${k}` as MessageKey)}</dt>
            <dd>{formatNumber(counts[k] ?? 0, lang)}</dd>
          </div>
        ))}
      </dl>

      <GradeScale grades={grades} />

      {canWrite ? <p className="field-hint">{t('evaluation.keyboardHint')}</p> : <p>{t('evaluation.readOnly')}</p>}

      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {stale ? (
        <StaleAlert onReload={() => void doReload()} reloading={reloading} />
      ) : failed ? (
        <Alert tone="error">
          <p>{problemMessage(failed, t)}</p>
          {failed instanceof ApiError && (failed.problem.errors?.length ?? 0) > 0 ? (
            <p>{t('evaluation.rowErrorsBelow')}</p>
          ) : null}
        </Alert>
      ) : null}

      <form ref={form} className="sheet-form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label={caption}>
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
                {rows.map((row) => (
                  <SheetRow
                    key={row.initiativeId}
                    row={row}
                    grades={grades}
                    value={valueOf(row)}
                    dirty={changed.includes(row.initiativeId ?? -1)}
                    canWrite={canWrite}
                    errors={errors.rows[row.initiativeId ?? -1] ?? {}}
                    onChange={(change) => setRow(row, change)}
                    onCorrect={() => {
                      setNotice(null);
                      setCorrecting(row);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}

        <section aria-labelledby="sheet-opinion" className="sheet-opinion">
          <h2 id="sheet-opinion">{t('evaluation.opinion')}</h2>
          {canWrite && isEditable(sheet.opinion) ? (
            <>
              <TextAreaField
                label={t('evaluation.opinionComment')}
                rows={5}
                value={opinionValue.comment}
                error={errors.opinion.comment ?? errors.opinion['']}
                onChange={(e) => setOpinion({ comment: e.target.value })}
              />
              <TextAreaField
                label={t('evaluation.opinionRecommendation')}
                rows={3}
                value={opinionValue.recommendation}
                error={errors.opinion.recommendation}
                onChange={(e) => setOpinion({ recommendation: e.target.value })}
              />
            </>
          ) : sheet.opinion?.comment || sheet.opinion?.recommendation ? (
            <dl className="evaluation-text">
              {sheet.opinion.comment ? (
                <div>
                  <dt>{t('evaluation.opinionComment')}</dt>
                  <dd className="pre-line">{sheet.opinion.comment}</dd>
                </div>
              ) : null}
              {sheet.opinion.recommendation ? (
                <div>
                  <dt>{t('evaluation.opinionRecommendation')}</dt>
                  <dd className="pre-line">{sheet.opinion.recommendation}</dd>
                </div>
              ) : null}
            </dl>
          ) : (
            <p>{t('evaluation.noOpinion')}</p>
          )}
          {sheet.opinion?.state && sheet.opinion.state !== 'DRAFT' ? (
            <p className="muted">{t(`evaluation.state.${sheet.opinion.state}` as MessageKey)}</p>
          ) : null}
        </section>

        {canWrite ? (
          <div className="sheet-actions">
            <p className="sheet-dirty" role="status">
              {dirty > 0 ? t('evaluation.unsaved', { count: dirty }) : t('evaluation.allSaved')}
            </p>
            <div className="form-actions">
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? t('form.saving') : t('evaluation.save')}
              </Button>
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
            </div>
          </div>
        ) : null}
      </form>

      {canWrite && confirming ? (
        <FinalizeConfirm
          fiscalYear={fiscalYear}
          drafts={draftCount}
          dirty={dirty}
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
            setPendingFocus(`rating-${correcting.initiativeId}`);
            setCorrecting(null);
          }}
          onCancel={() => setCorrecting(null)}
        />
      ) : null}
    </>
  );
}

function SheetRow({
  row,
  grades,
  value,
  dirty,
  canWrite,
  errors,
  onChange,
  onCorrect,
}: {
  row: EvaluationRow;
  grades: RatingGrade[];
  value: Draft;
  dirty: boolean;
  canWrite: boolean;
  errors: Record<string, string>;
  onChange: (change: Partial<Draft>) => void;
  onCorrect: () => void;
}) {
  const { t, lang } = useI18n();
  const e = row.evaluation;
  const editable = canWrite && isEditable(e);
  const id = row.initiativeId;
  const title = row.title ?? '';
  const errId = (f: string) => (errors[f] ? `sheet-${id}-${f || 'row'}-error` : undefined);
  const fieldError = (f: string) =>
    errors[f] ? (
      <p id={errId(f)} className="field-error">
        {errors[f]}
      </p>
    ) : null;
  return (
    <tr className={[dirty ? 'is-dirty' : '', e?.state === 'SUPERSEDED' ? 'is-past' : ''].join(' ').trim() || undefined}>
      <td className="nowrap plan-code-cell">{row.path}</td>
      <th scope="row" className="wrap sheet-title">
        {id !== undefined ? <Link to={`/initiatives/${id}`}>{title}</Link> : title} <TagChip tag={row.tag} />
      </th>
      <td>
        <StatusChip status={row.status} />
      </td>
      {editable ? (
        <>
          <td className={errors.rating ? 'field-invalid' : undefined}>
            <label className="visually-hidden" htmlFor={`rating-${id}`}>
              {t('evaluation.ratingFor', { title })}
            </label>
            {fieldError('rating')}
            <select
              id={`rating-${id}`}
              className="sheet-rating"
              value={value.rating}
              aria-invalid={errors.rating ? true : undefined}
              aria-describedby={errId('rating')}
              onChange={(ev) => onChange({ rating: ev.target.value })}
            >
              <option value="">{t('evaluation.noRating')}</option>
              {grades.map((g) => (
                <option key={g.code} value={g.code}>
                  {gradeText(lang, grades, g.code)}
                </option>
              ))}
            </select>
          </td>
          <td className={errors.comment ? 'field-invalid' : undefined}>
            <label className="visually-hidden" htmlFor={`comment-${id}`}>
              {t('evaluation.commentFor', { title })}
            </label>
            {fieldError('comment')}
            <textarea
              id={`comment-${id}`}
              className="sheet-text"
              rows={3}
              value={value.comment}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby={errId('comment')}
              onChange={(ev) => onChange({ comment: ev.target.value })}
            />
          </td>
          <td className={errors.recommendation ? 'field-invalid' : undefined}>
            <label className="visually-hidden" htmlFor={`recommendation-${id}`}>
              {t('evaluation.recommendationFor', { title })}
            </label>
            {fieldError('recommendation')}
            <textarea
              id={`recommendation-${id}`}
              className="sheet-text"
              rows={3}
              value={value.recommendation}
              aria-invalid={errors.recommendation ? true : undefined}
              aria-describedby={errId('recommendation')}
              onChange={(ev) => onChange({ recommendation: ev.target.value })}
            />
          </td>
        </>
      ) : (
        <>
          <td className="nowrap">{e?.rating ? gradeText(lang, grades, e.rating) : '—'}</td>
          <td className="wrap pre-line">{e?.comment ?? ''}</td>
          <td className="wrap pre-line">{e?.recommendation ?? ''}</td>
        </>
      )}
      <td>
        <StateTag evaluation={e} />
        {dirty ? (
          <>
            {' '}
            <span className="tag tag-dirty">{t('evaluation.unsavedTag')}</span>
          </>
        ) : null}
        {fieldError('')}
        {canWrite && e?.state === 'PUBLISHED' ? (
          <div>
            <Button variant="secondary" className="btn-small" onClick={onCorrect}>
              {t('evaluation.correct')}
              <span className="visually-hidden">: {title}</span>
            </Button>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function StateTag({ evaluation: e }: { evaluation: Evaluation | undefined }) {
  const { t } = useI18n();
  const state = e?.state ?? 'MISSING';
  return (
    <span className="nowrap">
      <span className={`tag tag-eval-${state.toLowerCase()}`}>{t(`evaluation.state.${state}` as MessageKey)}</span>
      {e?.revision && e.revision > 1 ? (
        <span className="muted"> {t('evaluation.revision', { revision: e.revision })}</span>
      ) : null}
    </span>
  );
}

/** The scale, so a rating is chosen against its definition. */
function GradeScale({ grades }: { grades: RatingGrade[] }) {
  const { t, lang } = useI18n();
  if (grades.length === 0) return null;
  return (
    <details className="grade-scale">
      <summary>{t('evaluation.grades')}</summary>
      <dl>
        {grades.map((g) => (
          <div key={g.code}>
            <dt>{gradeText(lang, grades, g.code)}</dt>
            <dd>{gradeDescription(lang, g)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function FinalizeConfirm({
  fiscalYear,
  drafts,
  dirty,
  pending,
  onConfirm,
  onCancel,
}: {
  fiscalYear: number;
  drafts: number;
  dirty: number;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="confirm-panel confirm" aria-labelledby="finalize-title">
      <h2 id="finalize-title" ref={heading} tabIndex={-1}>
        {t('evaluation.finalizeTitle', { year: formatFiscalYear(fiscalYear, lang) })}
      </h2>
      {dirty > 0 ? (
        <Alert tone="warning">{t('evaluation.finalizeSaveFirst')}</Alert>
      ) : drafts === 0 ? (
        <p>{t('evaluation.nothingToFinalize')}</p>
      ) : (
        <p>{t('evaluation.finalizeLead', { count: drafts })}</p>
      )}
      <div className="form-actions">
        <Button onClick={onConfirm} disabled={pending || dirty > 0 || drafts === 0}>
          {pending ? t('form.saving') : t('evaluation.finalizeConfirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </section>
  );
}

function CorrectionForm({
  row,
  evaluation,
  onDone,
  onCancel,
}: {
  row: EvaluationRow;
  evaluation: Evaluation;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const correct = useCorrectEvaluation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(t('form.requiredMissing'));
      return;
    }
    setError(undefined);
    correct.mutate({ evaluationId: evaluation.id!, body: { reason: reason.trim() } }, { onSuccess: onDone });
  };
  const title = t('evaluation.correctTitle', { title: row.title ?? '' });
  return (
    <form className="form form-panel" noValidate onSubmit={submit} aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{t('evaluation.correctLead')}</p>
      {correct.error ? <Alert tone="error">{problemMessage(correct.error, t)}</Alert> : null}
      <TextAreaField
        label={t('evaluation.correctionReason')}
        required
        rows={3}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={correct.isPending}>
          {correct.isPending ? t('form.saving') : t('evaluation.correctSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
