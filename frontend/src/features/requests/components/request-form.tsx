import { useMemo, type ChangeEvent } from 'react';
import { get, useWatch, type FieldError, type FieldPath } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { useMe } from '@/lib/auth';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { sectionChoices, useSections } from '@/lib/reference-data/sections';
import { useWards } from '@/lib/reference-data/wards';
import { ChoiceOptions } from '@/components/ui/filters';
import { useVersionedForm } from '@/lib/forms';
import { pickLabel, useI18n } from '@/lib/i18n';
import { fiscalYearChoices } from '@/utils/fiscal-year';
import {
  ASKS,
  CHANNELS,
  FISCAL_MONTHS,
  KINDS,
  STATUSES,
  useSaveRequest,
  type CityRequest,
  type CityRequestAsk,
} from '../api/requests';
import { bodyOf, brokenRules, initialValues, requestSchema, type Values } from '../utils/request-values';
import { refusedRules, RequestFormAlerts, useRuleText } from './request-form-alerts';
import './request-form.css';

/** The values typed as text (or chosen from a list of strings). */
type TextKey = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];
type Changed = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

export function RequestForm({
  request,
  etag,
  onSaved,
  onReload,
}: {
  request?: CityRequest;
  etag?: string;
  onSaved: (saved: CityRequest) => void;
  onReload?: () => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const years = fiscalYearChoices();
  const save = useSaveRequest(request?.id);
  const sections = useSections();
  const kinds = useOrganizationKinds();
  const districts = useAllDistricts();
  const wards = useWards();
  const { ruleText, knows } = useRuleText();
  const isDepartment = me.data?.role === 'DEPARTMENT';
  const schema = useMemo(() => requestSchema(t, isDepartment), [t, isDepartment]);
  const vf = useVersionedForm({
    schema,
    defaultValues: initialValues(request, years[1] ?? 2025),
    // A new request is sent with an Idempotency-Key, so a submit repeated after a lost answer registers it once.
    create: !request,
    etag,
    submit: (values, meta) =>
      save.mutateAsync({ body: bodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey ?? '' }),
    onSaved: (saved) => onSaved(saved),
    // The month fields together are the schedule; the server's error on it is shown at April.
    fieldOf: (field) => (field === 'schedule' ? 'schedule' : undefined),
    // The page reads the request again and opens the form afresh on its new version.
    reload: async () => onReload?.(),
  });
  const values = useWatch({ control: vf.form.control }) as Values;
  const formErrors = vf.form.formState.errors;

  // A server error on a field lasts until that field is changed.
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    vf.form.setValue(key as FieldPath<Values>, value as never);
    const field = key === 'times' ? 'schedule' : key;
    if ((get(formErrors, field) as FieldError | undefined)?.type === 'server') vf.form.clearErrors(field as never);
  };
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

  // Rules as you type: the refusal rules the server will apply, shown at the field before saving.
  const broken = brokenRules(values);
  const ruleErrors: Record<string, string> = {};
  for (const [id, field] of Object.entries(broken)) ruleErrors[field] ??= ruleText(id);

  // At a field: what the browser found, else a rule broken as typed, else what the server said — but not a rule
  // the server refused that the values no longer break (its sentence is the rule's, shown while it is broken).
  const refused = refusedRules(vf.failure, Object.keys(broken));
  const errors: Record<string, string | undefined> = {};
  for (const field of [...Object.keys(values), 'schedule']) {
    const e = get(formErrors, field) as FieldError | undefined;
    const rule = refused.find((r) => r.field === field);
    const server = !rule ? e?.message : !rule.open ? undefined : knows(rule.rule) ? ruleText(rule.rule) : e?.message;
    errors[field] = (e?.type !== 'server' ? e?.message : undefined) ?? ruleErrors[field] ?? server;
  }
  /** A text field or select of the form: its value, its error and its change. */
  const text = <K extends TextKey>(key: K) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: Changed) => set(key, e.target.value as Values[K]),
  });

  return (
    <form {...vf.formProps} className="form" aria-label={t('request.form.label')}>
      <RequestFormAlerts form={vf} broken={Object.keys(broken)} canReload={onReload !== undefined} />

      <TextField label={t('request.col.title')} required {...text('title')} />
      <TextField label={t('request.col.code')} hint={t('request.form.codeHint')} {...text('code')} />
      <TextAreaField label={t('request.form.description')} {...text('description')} />
      <SelectField
        label={t('request.section')}
        required={!isDepartment}
        hint={isDepartment ? t('request.form.ownSection') : undefined}
        {...text('sectionId')}
      >
        <option value="">{isDepartment ? t('request.form.ownSectionOption') : t('form.notSet')}</option>
        <ChoiceOptions
          choices={sectionChoices(sections.data?.items.filter((s) => !isDepartment || s.id === me.data?.sectionId))}
        />
      </SelectField>
      <SelectField label={t('request.fiscalYear')} required {...text('fiscalYear')}>
        <FiscalYearOptions years={years} />
      </SelectField>

      <ChoiceGroup legend={t('request.kind')} required>
        {KINDS.map((k) => (
          <label key={k} className="radio-inline">
            <input type="radio" name="kind" value={k} checked={values.kind === k} onChange={() => set('kind', k)} />{' '}
            {t(`request.kind.${k}`)}
          </label>
        ))}
      </ChoiceGroup>

      <CheckGroup
        legend={t('request.ask')}
        error={errors.asks}
        options={ASKS.map((a) => ({ value: a, label: t(`request.ask.${a}`) }))}
        selected={values.asks}
        onToggle={(a, on) => set('asks', toggle(values.asks, a as CityRequestAsk, on))}
      />
      <CheckGroup
        legend={t('request.form.receiverKinds')}
        error={errors.receiverKinds}
        options={(kinds.data ?? []).map((k) => ({ value: k.code, label: pickLabel(lang, k) }))}
        selected={values.receiverKinds}
        onToggle={(k, on) => set('receiverKinds', toggle(values.receiverKinds, k, on))}
      />
      <fieldset className="fieldset">
        <legend>{t('request.form.districts')}</legend>
        {([true, false] as const).map((all) => (
          <label key={String(all)} className="radio-inline">
            <input type="radio" name="allDistricts" checked={values.allDistricts === all} onChange={() => set('allDistricts', all)} />{' '}
            {all ? t('request.form.allDistricts') : t('request.form.someDistricts')}
          </label>
        ))}
        {!values.allDistricts ? (
          <CheckGroup
            legend={t('request.form.chosenWards')}
            required={false}
            error={errors.wardIds}
            options={(wards.data ?? []).map((w) => ({ value: String(w.id), label: w.name }))}
            selected={values.wardIds.map(String)}
            onToggle={(w, on) => set('wardIds', toggle(values.wardIds, Number(w), on))}
          />
        ) : null}
        {!values.allDistricts ? (
          <CheckGroup
            legend={t('request.form.chosenDistricts')}
            required={false}
            error={errors.districtIds}
            options={(districts.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            selected={values.districtIds.map(String)}
            onToggle={(d, on) => set('districtIds', toggle(values.districtIds, Number(d), on))}
          />
        ) : null}
      </fieldset>
      <SelectField label={t('request.form.channel')} required {...text('channel')}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`request.channel.${c}`)}
          </option>
        ))}
      </SelectField>

      <fieldset className="fieldset">
        <legend>{t('request.form.schedule')}</legend>
        <p className="field-hint">{t('request.form.scheduleHint')}</p>
        <div className="month-grid">
          {FISCAL_MONTHS.map((m) => (
            <TextField
              key={m}
              label={t('request.month', { month: m })}
              inputMode="numeric"
              size={3}
              value={values.times[m] ?? ''}
              error={errors.schedule && m === 4 ? errors.schedule : undefined}
              onChange={(e) => set('times', { ...values.times, [m]: e.target.value })}
            />
          ))}
        </div>
      </fieldset>

      <TextField label={t('request.form.deadlineDays')} inputMode="numeric" {...text('deadlineDays')} />
      <TextField label={t('request.form.deadlineNote')} {...text('deadlineNote')} />
      <TextField label={t('request.form.headCount')} inputMode="numeric" {...text('headCount')} />
      <CheckboxField
        label={t('request.form.mandatory')}
        checked={values.mandatory}
        error={errors.mandatory}
        onChange={(e) => set('mandatory', e.target.checked)}
      />
      <fieldset className="fieldset">
        <legend>{t('request.form.effort')}</legend>
        <TextField label={t('request.form.people')} required inputMode="numeric" {...text('people')} />
        <TextField label={t('request.form.hoursPerPerson')} required inputMode="decimal" {...text('hoursPerPerson')} />
      </fieldset>
      <SelectField label={t('request.status')} required {...text('status')}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`request.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormActions saving={vf.saving} />
    </form>
  );
}

/** Checkboxes for a list of values, at least one required; the first box carries the group's error. */
function CheckGroup({
  legend,
  options,
  selected,
  onToggle,
  error,
  required = true,
}: {
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onToggle: (value: string, on: boolean) => void;
  error?: string;
  /** false where another group may hold the choice instead (wards or districts). */
  required?: boolean;
}) {
  return (
    <ChoiceGroup legend={legend} required={required} error={error}>
      {options.map((o, i) => (
        <label key={o.value} className="checkbox-inline">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            aria-invalid={error && i === 0 ? true : undefined}
            onChange={(e) => onToggle(o.value, e.target.checked)}
          />{' '}
          {o.label}
        </label>
      ))}
    </ChoiceGroup>
  );
}
