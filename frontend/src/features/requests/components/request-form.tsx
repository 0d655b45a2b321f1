import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { StaleAlert } from '@/components/ui/stale-alert';
import { useMe } from '@/lib/auth';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { useFocusFirstInvalid } from '@/lib/form';
import { pickLabel, useI18n } from '@/lib/i18n';
import { fiscalYearChoices, formatFiscalYear } from '@/utils/fiscal-year';
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
  const [values, setValues] = useState<Values>(() => initialValues(request, years[1] ?? 2025));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const save = useSaveRequest(request?.id);
  const rules = useRules();
  const sections = useSections();
  const kinds = useOrganizationKinds();
  const districts = useAllDistricts();
  const form = useFocusFirstInvalid(attempt);

  // A server error on a field lasts until that field is changed.
  const [edited, setEdited] = useState<string[]>([]);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    const field = key === 'times' ? 'schedule' : key;
    setEdited((e) => (e.includes(field) ? e : [...e, field]));
  };
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

  const ruleText = (rule: CityRequestRule | undefined, id: string) =>
    rule ? (lang === 'en' ? rule.textEn : rule.textJa) ?? id : id;
  const findRule = (id: string) => rules.data?.find((r) => r.id === id);

  // Rules as you type: the refusal rules the server will apply, shown at the field before saving.
  const broken = brokenRules(values);
  const ruleErrors: Record<string, string> = {};
  for (const [id, field] of Object.entries(broken)) ruleErrors[field] ??= ruleText(findRule(id), id);

  const serverError = save.error;
  const serverFields = Object.fromEntries(
    Object.entries(fieldErrorsOf(serverError)).filter(([field]) => !edited.includes(field)),
  );
  const errors: Record<string, string> = { ...serverFields, ...ruleErrors, ...clientErrors };
  const stale = serverError instanceof ApiError && serverError.isStale;
  const violatedRule =
    serverError instanceof ApiError ? ((serverError.problem as { rule?: string }).rule ?? undefined) : undefined;

  const isDepartment = me.data?.role === 'DEPARTMENT';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!values.title.trim()) errs.title = t('form.requiredMissing');
    if (values.asks.length === 0) errs.asks = t('request.form.chooseOne');
    if (values.receiverKinds.length === 0) errs.receiverKinds = t('request.form.chooseOne');
    if (!values.allDistricts && values.districtIds.length === 0) errs.districtIds = t('request.form.chooseOne');
    if (toNumber(values.people) === undefined) errs.people = t('form.notInteger');
    if (toNumber(values.hoursPerPerson) === undefined) errs.hoursPerPerson = t('request.form.notNumber');
    if (values.headCount.trim() !== '' && toNumber(values.headCount) === undefined) errs.headCount = t('form.notInteger');
    if (values.deadlineDays.trim() !== '' && toNumber(values.deadlineDays) === undefined)
      errs.deadlineDays = t('form.notInteger');
    if (!isDepartment && !values.sectionId) errs.sectionId = t('form.requiredMissing');
    setClientErrors(errs);
    setEdited([]);
    if (Object.keys(errs).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const schedule = FISCAL_MONTHS.map((month) => ({ month, times: toNumber(values.times[month] ?? '') ?? 0 })).filter(
      (m) => m.times > 0,
    );
    const body: CityRequestInput = {
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
    save.mutate(
      { body, etag },
      { onSuccess: (saved) => onSaved(saved), onError: () => setAttempt((n) => n + 1) },
    );
  };

  return (
    <form ref={form} className="form" noValidate onSubmit={onSubmit} aria-label={t('request.form.label')}>
      {stale && onReload ? <StaleAlert onReload={onReload} /> : null}
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
          ?.filter((s) => !isDepartment || s.id === me.data?.sectionId)
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
        {years.map((y) => (
          <option key={y} value={y}>
            {formatFiscalYear(y, lang)}
          </option>
        ))}
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
        options={(kinds.data ?? []).map((k) => ({ value: k.code ?? '', label: pickLabel(lang, k) }))}
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
            options={(districts.data ?? []).map((d) => ({ value: String(d.id), label: d.name ?? '' }))}
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
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
      </div>
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
