import { useMemo, useRef, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { Alert } from '@/components/ui/alert';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { ApiError } from '@/lib/api-error';
import { formPath, useVersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey, type TFunction } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { useSaveProgressReport } from '../api/progress-reports';
import type { InitiativeDetail, PlanSummary, ProgressReport } from '../api/types';
import { halfLabel, HALVES, periodLabel, planYears, PROGRESS_STATUSES } from '../utils/format';
import { progressBodyOf, progressValuesOf, toFormRows, validateProgress, type ProgressValues } from '../utils/progress-form';
import { EvidenceRows, IndicatorRows } from './progress-report-rows';
import './progress-report-form.css';

/** The browser's checks (validateProgress), each at the field it names (`evidence[1].url`). */
function progressSchema(t: TFunction): z.ZodType<ProgressValues, ProgressValues> {
  return z.custom<ProgressValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validateProgress(values, t))) {
      ctx.addIssue({ code: 'custom', path: formPath(field).split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
    }
  });
}

/**
 * 進捗報告: a period's status, what was done, evidence links and indicators. Creating sends an Idempotency-Key
 * (renewed when the form is edited); editing sends the ETag of the report as it was read.
 */
export function ProgressReportForm({
  initiative,
  plan,
  report,
  etag,
  existing = [],
  onSaved,
  onReload,
}: {
  initiative: InitiativeDetail;
  plan: PlanSummary | undefined;
  report?: ProgressReport;
  etag?: string;
  /** The initiative's reports, to say at once that a period already has one. */
  existing?: ProgressReport[];
  onSaved: (saved: ProgressReport) => void;
  onReload?: () => void;
}) {
  const { t, lang } = useI18n();
  const years = planYears(plan);
  const save = useSaveProgressReport(initiative.id, report?.id);
  // For each list, the form row every row of the body last sent came from (empty rows are not sent).
  const sentRows = useRef<{ evidence: number[]; indicators: number[] } | undefined>(undefined);
  const schema = useMemo(() => progressSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: progressValuesOf(report, years[0] ?? new Date().getFullYear()),
    create: !report,
    etag,
    submit: (values, meta) => {
      const { body, rows } = progressBodyOf(values);
      sentRows.current = rows;
      return save.mutateAsync({ body, etag: meta.etag, idempotencyKey: meta.idempotencyKey ?? '' });
    },
    onSaved,
    // `indicators[1]` of the body may be the form's third row.
    fieldOf: (field) => {
      const moved = Object.keys(toFormRows({ [field]: '' }, sentRows.current))[0] ?? field;
      return /^(evidence|indicators)\[/.test(moved) ? formPath(moved) : undefined;
    },
    // The page reads the report again and opens the form afresh on its new version.
    reload: async () => onReload?.(),
  });
  const values = useWatch({ control: vf.form.control }) as ProgressValues;
  const err = (field: string) => vf.fieldError(formPath(field));

  const update = (change: (v: ProgressValues) => ProgressValues) => {
    const next = change(vf.form.getValues());
    for (const key of Object.keys(next) as (keyof ProgressValues)[]) {
      if (next[key] !== vf.form.getValues(key)) vf.form.setValue(key, next[key]);
    }
  };
  const set = <K extends keyof ProgressValues>(key: K, value: ProgressValues[K]) => update((v) => ({ ...v, [key]: value }));
  /** A field of the report itself (not of a row): its name, value, error and change. */
  const field = <K extends 'fiscalYear' | 'status' | 'done'>(key: K) => ({
    name: key,
    value: values[key],
    error: err(key),
    onChange: (e: ChangeEvent<HTMLSelectElement | HTMLTextAreaElement>) => set(key, e.target.value as ProgressValues[K]),
  });

  const samePeriod = report
    ? undefined
    : existing.find((r) => String(r.fiscalYear) === values.fiscalYear && String(r.half) === values.half);

  const title = report ? t('progress.editForm') : t('progress.form');

  return (
    <form {...vf.formProps} className="form form-wide" aria-label={title}>
      <FormAlert
        form={vf}
        message={(failure) => (failure instanceof ApiError && failure.status === 409 ? t('progress.exists') : undefined)}
      />

      <div className="form-grid">
        <SelectField label={t('progress.fiscalYear')} required {...field('fiscalYear')}>
          {years.includes(Number(values.fiscalYear)) ? null : (
            <option value={values.fiscalYear}>{formatFiscalYear(Number(values.fiscalYear), lang)}</option>
          )}
          <FiscalYearOptions years={years} />
        </SelectField>
        <SelectField label={t('progress.status')} required {...field('status')}>
          <option value="">{t('progress.chooseStatus')}</option>
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      </div>

      <ChoiceGroup legend={t('progress.half')} required error={err('half')} hint={t('progress.halfHint')}>
        {HALVES.map((h) => (
          <label key={h} className="radio-inline">
            <input type="radio" name="half" value={h} checked={values.half === String(h)} onChange={() => set('half', String(h))} />{' '}
            {halfLabel(t, h)}
          </label>
        ))}
      </ChoiceGroup>

      {samePeriod?.id !== undefined ? (
        <Alert tone="warning">
          <p>{t('progress.periodTaken', { period: periodLabel(t, lang, samePeriod.fiscalYear, samePeriod.half) })}</p>
          <Link to={`/progress-reports/${samePeriod.id}/edit`}>{t('progress.openExisting')}</Link>
        </Alert>
      ) : null}

      <TextAreaField label={t('progress.done')} rows={5} {...field('done')} />

      <EvidenceRows
        rows={values.evidence}
        onRows={(change) => update((v) => ({ ...v, evidence: change(v.evidence) }))}
        error={(i, field) => err(`evidence[${i}].${field}`)}
      />
      <IndicatorRows
        rows={values.indicators}
        onRows={(change) => update((v) => ({ ...v, indicators: change(v.indicators) }))}
        error={(i, field) => err(`indicators[${i}].${field}`)}
      />

      <FormActions
        saving={vf.saving}
        disabled={vf.stale}
        cancel={
          <Link className="btn btn-secondary" to={`/initiatives/${initiative.id}`}>
            {t('form.cancel')}
          </Link>
        }
      />
    </form>
  );
}
