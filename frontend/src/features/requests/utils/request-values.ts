import { z } from 'zod';
import type { TFunction } from '@/lib/i18n';
import {
  FISCAL_MONTHS,
  type CityRequest,
  type CityRequestAsk,
  type CityRequestChannel,
  type CityRequestInput,
  type CityRequestKind,
  type CityRequestStatus,
} from '../api/requests';

/* The request form's values: read from a request, checked as the server would, and sent as its body. */

export type Values = {
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
  /** 区単位: whole wards (every district of the ward as it is when read). */
  wardIds: number[];
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

export function initialValues(r: CityRequest | undefined, defaultYear: number): Values {
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
    wardIds: r?.wardIds ?? [],
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

export const toNumber = (s: string): number | undefined => {
  const v = s.normalize('NFKC').trim();
  if (v === '' || !/^\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
};

/** Which refusal rules the values break now, as the server would judge them (rule id → field). */
/** The refusal rules the browser checks as the values are typed, and the field each is about. */
const RULE_FIELDS: Record<string, string> = {
  NOTICE_NO_HEAD_COUNT: 'headCount',
  NOTICE_NOT_MANDATORY: 'mandatory',
  NOTICE_NO_PROGRAM: 'asks',
};
export const CLIENT_CHECKED_RULES: readonly string[] = Object.keys(RULE_FIELDS);

/** The field a refusal rule is about (undefined for a rule the browser does not know). */
export function ruleField(rule: string): string | undefined {
  return RULE_FIELDS[rule];
}

export function brokenRules(values: Pick<Values, 'kind' | 'headCount' | 'mandatory' | 'asks'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.kind !== 'NOTICE') return out;
  if (values.headCount.trim() !== '') out.NOTICE_NO_HEAD_COUNT = 'headCount';
  if (values.mandatory) out.NOTICE_NOT_MANDATORY = 'mandatory';
  if (values.asks.includes('PROGRAM')) out.NOTICE_NO_PROGRAM = 'asks';
  return out;
}

/** What the browser checks before asking the server (which also applies the refusal rules). */
export function requestSchema(t: TFunction, isDepartment: boolean): z.ZodType<Values, Values> {
  return z.custom<Values>().superRefine((values, ctx) => {
    const fail = (path: keyof Values, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!values.title.trim()) fail('title', t('form.requiredMissing'));
    if (values.asks.length === 0) fail('asks', t('request.form.chooseOne'));
    if (values.receiverKinds.length === 0) fail('receiverKinds', t('request.form.chooseOne'));
    if (!values.allDistricts && values.districtIds.length === 0 && values.wardIds.length === 0)
      fail('districtIds', t('request.form.chooseDistrictOrWard'));
    if (toNumber(values.people) === undefined) fail('people', t('form.notInteger'));
    if (toNumber(values.hoursPerPerson) === undefined) fail('hoursPerPerson', t('request.form.notNumber'));
    if (values.headCount.trim() !== '' && toNumber(values.headCount) === undefined) fail('headCount', t('form.notInteger'));
    if (values.deadlineDays.trim() !== '' && toNumber(values.deadlineDays) === undefined)
      fail('deadlineDays', t('form.notInteger'));
    if (!isDepartment && !values.sectionId) fail('sectionId', t('form.requiredMissing'));
  });
}

export function bodyOf(values: Values): CityRequestInput {
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
    wardIds: values.allDistricts ? [] : values.wardIds,
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
