import { useEffect, useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { ApiError } from '@/lib/api-error';
import { formPath, useVersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey, type TFunction } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { useIndicatorBindings, useSaveProgressReport } from '../api/progress-reports';
import type { IndicatorBinding, IndicatorBindingCode, InitiativeDetail, PlanSummary, ProgressReport, ProgressStatus, ScopeLevel } from '../api/types';
import { halfLabel, HALVES, periodLabel, planYears, PROGRESS_STATUSES } from '../utils/format';
import {
  emptyEvidence,
  emptyIndicator,
  needsScopeId,
  progressBodyOf,
  progressValuesOf,
  toFormRows,
  validateProgress,
  type IndicatorRow,
  type ProgressValues,
} from '../utils/progress-form';
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
  const bindings = useIndicatorBindings();
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
  const focusNext = useRef<string | null>(null);
  const addEvidenceButton = useRef<HTMLButtonElement>(null);
  const addIndicatorButton = useRef<HTMLButtonElement>(null);

  // A row just added: the keyboard goes to its first field. A row just removed: to the button that adds one.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'evidence') addEvidenceButton.current?.focus();
    else if (target === 'indicators') addIndicatorButton.current?.focus();
    else document.getElementById(target)?.focus();
  }, [values.evidence.length, values.indicators.length]);

  const update = (change: (v: ProgressValues) => ProgressValues) => {
    const next = change(vf.form.getValues());
    for (const key of Object.keys(next) as (keyof ProgressValues)[]) {
      if (next[key] !== vf.form.getValues(key)) vf.form.setValue(key, next[key]);
    }
  };
  const set = <K extends keyof ProgressValues>(key: K, value: ProgressValues[K]) => update((v) => ({ ...v, [key]: value }));
  const setIndicator = (index: number, change: Partial<IndicatorRow>) =>
    update((v) => ({ ...v, indicators: v.indicators.map((row, i) => (i === index ? { ...row, ...change } : row)) }));

  const chooseBinding = (index: number, code: IndicatorBindingCode | '') => {
    const row = values.indicators[index];
    if (!row) return;
    const b = bindings.data?.find((x) => x.code === code);
    setIndicator(index, {
      binding: code,
      actual: '',
      unit: b?.unit ?? row.unit,
      name: row.name.trim() === '' && b ? bindingLabel(b) : row.name,
      scopeLevel: b ? (b.scopeLevels[0] ?? '') : '',
      scopeId: '',
    });
  };
  const bindingLabel = (b: IndicatorBinding) => lang === 'en' ? b.en : b.ja;

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
        <SelectField
          label={t('progress.fiscalYear')}
          name="fiscalYear"
          required
          value={values.fiscalYear}
          error={err('fiscalYear')}
          onChange={(e) => set('fiscalYear', e.target.value)}
        >
          {years.includes(Number(values.fiscalYear)) ? null : (
            <option value={values.fiscalYear}>{formatFiscalYear(Number(values.fiscalYear), lang)}</option>
          )}
          <FiscalYearOptions years={years} />
        </SelectField>
        <SelectField
          label={t('progress.status')}
          name="status"
          required
          value={values.status}
          error={err('status')}
          onChange={(e) => set('status', e.target.value as ProgressStatus | '')}
        >
          <option value="">{t('progress.chooseStatus')}</option>
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      </div>

      <fieldset className="fieldset" aria-describedby={err('half') ? 'progress-half-error' : undefined}>
        <legend>
          {t('progress.half')} <span className="field-required">{t('form.required')}</span>
        </legend>
        {err('half') ? (
          <p id="progress-half-error" className="field-error">
            {err('half')}
          </p>
        ) : null}
        {HALVES.map((h) => (
          <label key={h} className="radio-inline">
            <input type="radio" name="half" value={h} checked={values.half === String(h)} onChange={() => set('half', String(h))} />{' '}
            {halfLabel(t, h)}
          </label>
        ))}
        <p className="field-hint">{t('progress.halfHint')}</p>
      </fieldset>

      {samePeriod?.id !== undefined ? (
        <Alert tone="warning">
          <p>{t('progress.periodTaken', { period: periodLabel(t, lang, samePeriod.fiscalYear, samePeriod.half) })}</p>
          <Link to={`/progress-reports/${samePeriod.id}/edit`}>{t('progress.openExisting')}</Link>
        </Alert>
      ) : null}

      <TextAreaField
        label={t('progress.done')}
        name="done"
        rows={5}
        value={values.done}
        error={err('done')}
        onChange={(e) => set('done', e.target.value)}
      />

      <fieldset className="fieldset repeat">
        <legend>{t('progress.evidence')}</legend>
        <p className="field-hint">{t('progress.evidenceHint')}</p>
        {values.evidence.map((row, i) => (
          <fieldset key={row.key} className="repeat-row">
            <legend>{t('progress.evidenceRow', { n: i + 1 })}</legend>
            <div className="form-grid">
              <TextField
                id={`evidence-${row.key}`}
                label={t('progress.evidenceLabel')}
                value={row.label}
                error={err(`evidence[${i}].label`)}
                onChange={(e) =>
                  update((v) => ({ ...v, evidence: v.evidence.map((x) => (x.key === row.key ? { ...x, label: e.target.value } : x)) }))
                }
              />
              <TextField
                label={t('progress.evidenceUrl')}
                type="url"
                inputMode="url"
                required
                value={row.url}
                error={err(`evidence[${i}].url`)}
                onChange={(e) =>
                  update((v) => ({ ...v, evidence: v.evidence.map((x) => (x.key === row.key ? { ...x, url: e.target.value } : x)) }))
                }
              />
            </div>
            <Button
              variant="link"
              className="btn-small"
              onClick={() => {
                update((v) => ({ ...v, evidence: v.evidence.filter((x) => x.key !== row.key) }));
                focusNext.current = 'evidence';
              }}
            >
              {t('progress.removeEvidence', { n: i + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button
          ref={addEvidenceButton}
          variant="secondary"
          className="btn-small"
          onClick={() => {
            const row = emptyEvidence();
            update((v) => ({ ...v, evidence: [...v.evidence, row] }));
            focusNext.current = `evidence-${row.key}`;
          }}
        >
          {t('progress.addEvidence')}
        </Button>
      </fieldset>

      <fieldset className="fieldset repeat">
        <legend>{t('progress.indicators')}</legend>
        <p className="field-hint">{t('progress.indicatorsHint')}</p>
        {values.indicators.map((row, i) => {
          const binding = bindings.data?.find((b) => b.code === row.binding);
          const rowErr = (f: string) => err(`indicators[${i}].${f}`);
          return (
            <fieldset key={row.key} className="repeat-row">
              <legend>{t('progress.indicatorRow', { n: i + 1 })}</legend>
              <div className="form-grid">
                <TextField
                  id={`indicator-${row.key}`}
                  label={t('progress.indicatorName')}
                  required
                  value={row.name}
                  error={rowErr('name')}
                  onChange={(e) => setIndicator(i, { name: e.target.value })}
                />
                <SelectField
                  label={t('progress.binding')}
                  hint={t('progress.bindingHint')}
                  value={row.binding}
                  error={rowErr('binding')}
                  onChange={(e) => chooseBinding(i, e.target.value as IndicatorBindingCode | '')}
                >
                  <option value="">{t('progress.bindingNone')}</option>
                  {(bindings.data ?? []).map((b) => (
                    <option key={b.code} value={b.code}>
                      {bindingLabel(b)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t('progress.unit')}
                  value={row.unit}
                  error={rowErr('unit')}
                  onChange={(e) => setIndicator(i, { unit: e.target.value })}
                />
                <TextField
                  label={t('progress.target')}
                  inputMode="decimal"
                  value={row.target}
                  error={rowErr('target')}
                  onChange={(e) => setIndicator(i, { target: e.target.value })}
                />
                <TextField
                  label={t('progress.actual')}
                  inputMode="decimal"
                  value={row.binding ? '' : row.actual}
                  disabled={row.binding !== ''}
                  hint={row.binding ? t('progress.liveHint') : undefined}
                  placeholder={row.binding ? t('progress.live') : undefined}
                  error={rowErr('actual')}
                  onChange={(e) => setIndicator(i, { actual: e.target.value })}
                />
                {binding ? (
                  <SelectField
                    label={t('progress.scopeLevel')}
                    required
                    value={row.scopeLevel}
                    error={rowErr('scopeLevel')}
                    onChange={(e) => setIndicator(i, { scopeLevel: e.target.value as ScopeLevel | '', scopeId: '' })}
                  >
                    {binding.scopeLevels.length === 0 ? <option value="">{t('form.notSet')}</option> : null}
                    {binding.scopeLevels.map((level) => (
                      <option key={level} value={level}>
                        {t(`progress.scope.${level}` as MessageKey)}
                      </option>
                    ))}
                  </SelectField>
                ) : null}
                {binding && needsScopeId(row.scopeLevel) ? (
                  <ScopeIdSelect
                    level={row.scopeLevel as 'WARD' | 'DISTRICT'}
                    value={row.scopeId}
                    error={rowErr('scopeId')}
                    onChange={(scopeId) => setIndicator(i, { scopeId })}
                  />
                ) : null}
              </div>
              <Button
                variant="link"
                className="btn-small"
                onClick={() => {
                  update((v) => ({ ...v, indicators: v.indicators.filter((x) => x.key !== row.key) }));
                  focusNext.current = 'indicators';
                }}
              >
                {t('progress.removeIndicator', { n: i + 1 })}
              </Button>
            </fieldset>
          );
        })}
        <Button
          ref={addIndicatorButton}
          variant="secondary"
          className="btn-small"
          onClick={() => {
            const row = emptyIndicator();
            update((v) => ({ ...v, indicators: [...v.indicators, row] }));
            focusNext.current = `indicator-${row.key}`;
          }}
        >
          {t('progress.addIndicator')}
        </Button>
      </fieldset>

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

/** 区 or 校区 the live figure is taken for. */
function ScopeIdSelect({
  level,
  value,
  error,
  onChange,
}: {
  level: Exclude<ScopeLevel, 'CITY'>;
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  const wards = useWards();
  const districts = useAllDistricts();
  const options =
    level === 'WARD'
      ? (wards.data ?? []).map((w) => ({ id: w.id, name: w.name }))
      : (districts.data ?? []).map((d) => ({ id: d.id, name: d.wardName ? `${d.name}（${d.wardName}）` : d.name }));
  return (
    <SelectField
      label={t(level === 'WARD' ? 'progress.scopeWard' : 'progress.scopeDistrict')}
      required
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('form.notSet')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
