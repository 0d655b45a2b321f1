import { useId, useMemo } from 'react';
import { get, useWatch, type FieldError, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { Alert } from '@/components/ui/alert';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { StaleAlert } from '@/components/ui/stale-alert';
import { useMe } from '@/lib/auth';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useVersionedForm } from '@/lib/forms';
import { pickLabel, useI18n, type TFunction } from '@/lib/i18n';
import { fiscalYearChoices } from '@/utils/fiscal-year';
import {
  ASKS,
  CHANNELS,
  FISCAL_MONTHS,
  KINDS,
  STATUSES,
  useRules,
  useSaveRequest,
  type CityRequest,
  type CityRequestAsk,
  type CityRequestChannel,
  type CityRequestInput,
  type CityRequestKind,
  type CityRequestRule,
  type CityRequestStatus,
} from '../api/requests';
import { useSections } from '@/lib/reference-data/sections';
import './request-form.css';

type Values = {
  code: string;
  title: string;
  description: string;
  sectionId: string;
  fiscalYear: string;
  kind: CityRequestKind;
  asks: CityRequestAsk[];
  receiverKinds: string[];
  allDistricts: boolean;
  districtIds: number[];
  channel: CityRequestChannel;
  times: Record<number, string>;
  deadlineDays: string;
  deadlineNote: string;
  headCount: string;
  mandatory: boolean;
  people: string;
  hoursPerPerson: string;
  status: CityRequestStatus;
};

function initialValues(r: CityRequest | undefined, defaultYear: number): Values {
  const times: Record<number, string> = {};
  for (const m of r?.schedule ?? []) times[m.month] = String(m.times);
  return {
    code: r?.code ?? '',
    title: r?.title ?? '',
    description: r?.description ?? '',
    sectionId: r?.sectionId ? String(r.sectionId) : '',
    fiscalYear: String(r?.fiscalYear ?? defaultYear),
    kind: r?.kind ?? 'COOPERATION',
    asks: r?.asks ?? [],
    receiverKinds: r?.receiverKinds ?? [],
    allDistricts: r?.allDistricts ?? true,
    districtIds: r?.districtIds ?? [],
    channel: r?.channel ?? 'DIRECT',
    times,
    deadlineDays: r?.deadlineDays === undefined ? '' : String(r.deadlineDays),
    deadlineNote: r?.deadlineNote ?? '',
    headCount: r?.headCount === undefined ? '' : String(r.headCount),
    mandatory: r?.mandatory ?? false,
    people: r?.people === undefined ? '1' : String(r.people),
    hoursPerPerson: r?.hoursPerPerson === undefined ? '1' : String(r.hoursPerPerson),
    status: r?.status ?? 'ACTIVE',
  };
}

const toNumber = (s: string): number | undefined => {
  const v = s.normalize('NFKC').trim();
  if (v === '' || !/^\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
};

/** Which refusal rules the values break now, as the server would judge them (rule id → field). */
export function brokenRules(values: Pick<Values, 'kind' | 'headCount' | 'mandatory' | 'asks'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.kind !== 'NOTICE') return out;
  if (values.headCount.trim() !== '') out.NOTICE_NO_HEAD_COUNT = 'headCount';
  if (values.mandatory) out.NOTICE_NOT_MANDATORY = 'mandatory';
  if (values.asks.includes('PROGRAM')) out.NOTICE_NO_PROGRAM = 'asks';
  return out;
}

/** What the browser checks before asking the server (which also applies the refusal rules). */
function requestSchema(t: TFunction, isDepartment: boolean): z.ZodType<Values, Values> {
  return z.custom<Values>().superRefine((values, ctx) => {
    const fail = (path: keyof Values, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!values.title.trim()) fail('title', t('form.requiredMissing'));
    if (values.asks.length === 0) fail('asks', t('request.form.chooseOne'));
    if (values.receiverKinds.length === 0) fail('receiverKinds', t('request.form.chooseOne'));
    if (!values.allDistricts && values.districtIds.length === 0) fail('districtIds', t('request.form.chooseOne'));
    if (toNumber(values.people) === undefined) fail('people', t('form.notInteger'));
    if (toNumber(values.hoursPerPerson) === undefined) fail('hoursPerPerson', t('request.form.notNumber'));
    if (values.headCount.trim() !== '' && toNumber(values.headCount) === undefined) fail('headCount', t('form.notInteger'));
    if (values.deadlineDays.trim() !== '' && toNumber(values.deadlineDays) === undefined)
      fail('deadlineDays', t('form.notInteger'));
    if (!isDepartment && !values.sectionId) fail('sectionId', t('form.requiredMissing'));
  });
}

function bodyOf(values: Values): CityRequestInput {
  const schedule = FISCAL_MONTHS.map((month) => ({ month, times: toNumber(values.times[month] ?? '') ?? 0 })).filter(
    (m) => m.times > 0,
  );
  return {
    code: values.code.trim() || undefined,
    title: values.title.trim(),
    description: values.description.trim() || undefined,
    sectionId: values.sectionId ? Number(values.sectionId) : undefined,
    fiscalYear: Number(values.fiscalYear),
    kind: values.kind,
    asks: values.asks,
    receiverKinds: values.receiverKinds,
    allDistricts: values.allDistricts,
    districtIds: values.allDistricts ? [] : values.districtIds,
    channel: values.channel,
    schedule,
    deadlineDays: toNumber(values.deadlineDays),
    deadlineNote: values.deadlineNote.trim() || undefined,
    headCount: toNumber(values.headCount),
    mandatory: values.mandatory,
    people: toNumber(values.people) ?? 0,
    hoursPerPerson: toNumber(values.hoursPerPerson) ?? 0,
    status: values.status,
  };
}

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
  const rules = useRules();
  const sections = useSections();
  const kinds = useOrganizationKinds();
  const districts = useAllDistricts();
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

  const ruleText = (rule: CityRequestRule | undefined, id: string) =>
    rule ? (lang === 'en' ? rule.textEn : rule.textJa) : id;
  const findRule = (id: string) => rules.data?.find((r) => r.id === id);

  // Rules as you type: the refusal rules the server will apply, shown at the field before saving.
  const broken = brokenRules(values);
  const ruleErrors: Record<string, string> = {};
  for (const [id, field] of Object.entries(broken)) ruleErrors[field] ??= ruleText(findRule(id), id);

  // At a field: what the browser found, else a rule broken as typed, else what the server said.
  const errors: Record<string, string | undefined> = {};
  for (const field of [...Object.keys(values), 'schedule']) {
    const e = get(formErrors, field) as FieldError | undefined;
    errors[field] = (e?.type !== 'server' ? e?.message : undefined) ?? ruleErrors[field] ?? e?.message;
  }

  const serverError = vf.failure;
  const stale = vf.stale;
  const violatedRule =
    serverError instanceof ApiError ? ((serverError.problem as { rule?: string }).rule ?? undefined) : undefined;

  return (
    <form {...vf.formProps} className="form" aria-label={t('request.form.label')}>
      {stale && onReload ? <StaleAlert onReload={() => void vf.reload()} reloading={vf.reloading} /> : null}
      {serverError && !stale ? (
        <Alert tone="error" title={violatedRule ? t('request.form.refused') : undefined}>
          <p>
            {violatedRule
              ? `${violatedRule}: ${ruleText(findRule(violatedRule), violatedRule)}`
              : problemMessage(serverError, t)}
          </p>
          {serverError instanceof ApiError && (serverError.problem.errors?.length ?? 0) > 0 ? (
            <ul>
              {serverError.problem.errors?.map((e, i) => (
                <li key={i}>
                  {e.field ? `${e.field}: ` : ''}
                  {e.code && findRule(e.code) ? ruleText(findRule(e.code), e.code) : e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {Object.keys(broken).length > 0 ? (
        <Alert tone="warning" title={t('request.form.rulesBroken')}>
          <ul>
            {Object.keys(broken).map((id) => (
              <li key={id}>{ruleText(findRule(id), id)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <TextField
        label={t('request.col.title')}
        required
        value={values.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextField label={t('request.col.code')} hint={t('request.form.codeHint')} value={values.code} error={errors.code} onChange={(e) => set('code', e.target.value)} />
      <TextAreaField
        label={t('request.form.description')}
        value={values.description}
        error={errors.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <SelectField
        label={t('request.section')}
        required={!isDepartment}
        hint={isDepartment ? t('request.form.ownSection') : undefined}
        value={values.sectionId}
        error={errors.sectionId}
        onChange={(e) => set('sectionId', e.target.value)}
      >
        <option value="">{isDepartment ? t('request.form.ownSectionOption') : t('form.notSet')}</option>
        {sections.data?.items
          .filter((s) => !isDepartment || s.id === me.data?.sectionId)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.departmentName ? `${s.departmentName} ${s.name}` : s.name}
            </option>
          ))}
      </SelectField>
      <SelectField
        label={t('request.fiscalYear')}
        required
        value={values.fiscalYear}
        error={errors.fiscalYear}
        onChange={(e) => set('fiscalYear', e.target.value)}
      >
        <FiscalYearOptions years={years} />
      </SelectField>

      <fieldset className="fieldset">
        <legend>
          {t('request.kind')} <span className="field-required">{t('form.required')}</span>
        </legend>
        {KINDS.map((k) => (
          <label key={k} className="radio-inline">
            <input type="radio" name="kind" value={k} checked={values.kind === k} onChange={() => set('kind', k)} />{' '}
            {t(`request.kind.${k}`)}
          </label>
        ))}
      </fieldset>

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
        <label className="radio-inline">
          <input type="radio" name="allDistricts" checked={values.allDistricts} onChange={() => set('allDistricts', true)} />{' '}
          {t('request.form.allDistricts')}
        </label>
        <label className="radio-inline">
          <input type="radio" name="allDistricts" checked={!values.allDistricts} onChange={() => set('allDistricts', false)} />{' '}
          {t('request.form.someDistricts')}
        </label>
        {!values.allDistricts ? (
          <CheckGroup
            legend={t('request.form.chosenDistricts')}
            error={errors.districtIds}
            options={(districts.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            selected={values.districtIds.map(String)}
            onToggle={(d, on) => set('districtIds', toggle(values.districtIds, Number(d), on))}
          />
        ) : null}
      </fieldset>
      <SelectField
        label={t('request.form.channel')}
        required
        value={values.channel}
        error={errors.channel}
        onChange={(e) => set('channel', e.target.value as CityRequestChannel)}
      >
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
              error={errors[`schedule`] && m === 4 ? errors.schedule : undefined}
              onChange={(e) => set('times', { ...values.times, [m]: e.target.value })}
            />
          ))}
        </div>
      </fieldset>

      <TextField
        label={t('request.form.deadlineDays')}
        inputMode="numeric"
        value={values.deadlineDays}
        error={errors.deadlineDays}
        onChange={(e) => set('deadlineDays', e.target.value)}
      />
      <TextField
        label={t('request.form.deadlineNote')}
        value={values.deadlineNote}
        error={errors.deadlineNote}
        onChange={(e) => set('deadlineNote', e.target.value)}
      />
      <TextField
        label={t('request.form.headCount')}
        inputMode="numeric"
        value={values.headCount}
        error={errors.headCount}
        onChange={(e) => set('headCount', e.target.value)}
      />
      <CheckboxField
        label={t('request.form.mandatory')}
        checked={values.mandatory}
        error={errors.mandatory}
        onChange={(e) => set('mandatory', e.target.checked)}
      />
      <fieldset className="fieldset">
        <legend>{t('request.form.effort')}</legend>
        <TextField
          label={t('request.form.people')}
          required
          inputMode="numeric"
          value={values.people}
          error={errors.people}
          onChange={(e) => set('people', e.target.value)}
        />
        <TextField
          label={t('request.form.hoursPerPerson')}
          required
          inputMode="decimal"
          value={values.hoursPerPerson}
          error={errors.hoursPerPerson}
          onChange={(e) => set('hoursPerPerson', e.target.value)}
        />
      </fieldset>
      <SelectField
        label={t('request.status')}
        required
        value={values.status}
        error={errors.status}
        onChange={(e) => set('status', e.target.value as CityRequestStatus)}
      >
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

function CheckGroup({
  legend,
  options,
  selected,
  onToggle,
  error,
}: {
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onToggle: (value: string, on: boolean) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const errorId = `${useId()}-error`;
  return (
    <fieldset className={['fieldset', error ? 'field-invalid' : ''].join(' ').trim()} aria-describedby={error ? errorId : undefined}>
      <legend>
        {legend} <span className="field-required">{t('form.required')}</span>
      </legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
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
    </fieldset>
  );
}
