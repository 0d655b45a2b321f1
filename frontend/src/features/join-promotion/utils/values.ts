import { z } from 'zod';
import { optional, parseCount } from '@/lib/forms';
import type { TFunction } from '@/lib/i18n';
import { isoDate } from '@/utils/fiscal-year';
import type {
  BuildingContactInput,
  BuildingOutcome,
  ContactChannel,
  IncorporationCase,
  IncorporationInput,
  IncorporationStage,
  JoinAgreement,
  JoinAgreementInput,
  LeafletDistribution,
  LeafletInput,
  LeafletKind,
  NewBuilding,
  NewBuildingInput,
  OutcomeInput,
} from '../api/join-promotion';
import { JOINED_OUTCOMES } from '../api/join-promotion';
import '../i18n';

/*
 * The 加入促進 forms' values as typed (text), the bodies they make, and the browser's checks — the bounds and rules the
 * server applies (openapi.yaml NewBuildingInput, BuildingContactInput, NewBuildingOutcomeInput, LeafletDistributionInput,
 * JoinAgreementInput, IncorporationCaseInput), so most mistakes are named at their field before anything is sent.
 */

type Errors = Record<string, string>;

/** A zod schema whose issues are the messages `validate` names, by field. */
function schemaOf<V>(validate: (v: V) => Errors): z.ZodType<V, V> {
  return z.custom<V>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validate(values))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
}

/** The checks every form shares: required, length, not in the future, a whole number in range. */
function checks(t: TFunction, out: Errors, today = isoDate()) {
  const fail = (field: string, message: string) => (out[field] ??= message);
  return {
    fail,
    required: (field: string, value: string) => {
      if (!value.trim()) fail(field, t('form.requiredMissing'));
    },
    tooLong: (field: string, value: string, max: number) => {
      if (value.trim().length > max) fail(field, t('jp.form.tooLong', { max }));
    },
    notFuture: (field: string, day: string) => {
      if (day && day > today) fail(field, t('jp.form.future'));
    },
    whole: (field: string, value: string, min: number, max: number): number | undefined => {
      if (value.trim() === '') return undefined;
      const n = parseCount(value);
      if (n === undefined || n < min || n > max) {
        fail(field, t('jp.form.range', { min: min.toLocaleString('ja-JP'), max: max.toLocaleString('ja-JP') }));
        return undefined;
      }
      return n;
    },
  };
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

// ---- a new building -------------------------------------------------------------------------------------------

export type BuildingValues = {
  noticeNo: string;
  noticeOn: string;
  name: string;
  address: string;
  districtId: string;
  organizationId: string;
  units: string;
  developer: string;
  managementCompany: string;
  completionOn: string;
  note: string;
};

export const MAX_UNITS = 100_000;

export function buildingValuesOf(b: NewBuilding | undefined, defaults: { districtId?: number } = {}): BuildingValues {
  return {
    noticeNo: b?.noticeNo ?? '',
    noticeOn: b?.noticeOn ?? '',
    name: b?.name ?? '',
    address: b?.address ?? '',
    districtId: text(b?.districtId ?? defaults.districtId),
    organizationId: text(b?.organizationId),
    units: text(b?.units),
    developer: b?.developer ?? '',
    managementCompany: b?.managementCompany ?? '',
    completionOn: b?.completionOn ?? '',
    note: b?.note ?? '',
  };
}

export function buildingBodyOf(v: BuildingValues): NewBuildingInput {
  const body: NewBuildingInput = {
    noticeOn: v.noticeOn,
    name: v.name.trim(),
    address: v.address.trim(),
    districtId: Number(v.districtId),
    units: parseCount(v.units) ?? 0,
    developer: v.developer.trim(),
  };
  const noticeNo = optional(v.noticeNo);
  const managementCompany = optional(v.managementCompany);
  const note = optional(v.note);
  if (noticeNo) body.noticeNo = noticeNo;
  if (v.organizationId) body.organizationId = Number(v.organizationId);
  if (managementCompany) body.managementCompany = managementCompany;
  if (v.completionOn) body.completionOn = v.completionOn;
  if (note) body.note = note;
  return body;
}

/** `joinedUnits`: the units already joined, which the building's units may not go under. */
export function validateBuilding(v: BuildingValues, t: TFunction, joinedUnits = 0): Errors {
  const out: Errors = {};
  const c = checks(t, out);
  c.tooLong('noticeNo', v.noticeNo, 40);
  c.required('noticeOn', v.noticeOn);
  c.required('name', v.name);
  c.tooLong('name', v.name, 200);
  c.required('address', v.address);
  c.tooLong('address', v.address, 300);
  c.required('districtId', v.districtId);
  c.required('units', v.units);
  const units = c.whole('units', v.units, 1, MAX_UNITS);
  if (units !== undefined && units < joinedUnits) c.fail('units', t('jp.form.unitsUnderJoined', { n: joinedUnits }));
  c.required('developer', v.developer);
  c.tooLong('developer', v.developer, 200);
  c.tooLong('managementCompany', v.managementCompany, 200);
  c.tooLong('note', v.note, 2000);
  return out;
}

export const buildingSchema = (t: TFunction, joinedUnits = 0) => schemaOf<BuildingValues>((v) => validateBuilding(v, t, joinedUnits));

// ---- a contact with the developer --------------------------------------------------------------------------------

export type ContactValues = { contactedOn: string; channel: string; contactWith: string; madeBy: string; summary: string };

export const emptyContact = (madeBy = '', contactWith = ''): ContactValues => ({
  contactedOn: isoDate(),
  channel: '',
  contactWith,
  madeBy,
  summary: '',
});

export function contactBodyOf(v: ContactValues): BuildingContactInput {
  return {
    contactedOn: v.contactedOn,
    channel: v.channel as ContactChannel,
    contactWith: v.contactWith.trim(),
    madeBy: v.madeBy.trim(),
    summary: v.summary.trim(),
  };
}

export function validateContact(v: ContactValues, t: TFunction, today = isoDate()): Errors {
  const out: Errors = {};
  const c = checks(t, out, today);
  c.required('contactedOn', v.contactedOn);
  c.notFuture('contactedOn', v.contactedOn);
  c.required('channel', v.channel);
  c.required('contactWith', v.contactWith);
  c.tooLong('contactWith', v.contactWith, 200);
  c.required('madeBy', v.madeBy);
  c.tooLong('madeBy', v.madeBy, 100);
  c.required('summary', v.summary);
  c.tooLong('summary', v.summary, 2000);
  return out;
}

export const contactSchema = (t: TFunction) => schemaOf<ContactValues>((v) => validateContact(v, t));

// ---- the outcome ------------------------------------------------------------------------------------------------

export type OutcomeValues = { outcome: string; outcomeOn: string; joinedUnits: string };

export const joins = (outcome: string) => (JOINED_OUTCOMES as readonly string[]).includes(outcome);

export function outcomeValuesOf(b: NewBuilding): OutcomeValues {
  return {
    outcome: b.outcome,
    outcomeOn: b.outcomeOn ?? '',
    joinedUnits: joins(b.outcome) ? String(b.joinedUnits) : '',
  };
}

/** PENDING clears the day and the units; DECLINED sends none joined. */
export function outcomeBodyOf(v: OutcomeValues): OutcomeInput {
  const outcome = v.outcome as BuildingOutcome;
  if (outcome === 'PENDING') return { outcome };
  return { outcome, outcomeOn: v.outcomeOn, joinedUnits: joins(outcome) ? (parseCount(v.joinedUnits) ?? 0) : 0 };
}

export function validateOutcome(v: OutcomeValues, t: TFunction, units: number, today = isoDate()): Errors {
  const out: Errors = {};
  const c = checks(t, out, today);
  c.required('outcome', v.outcome);
  if (!v.outcome || v.outcome === 'PENDING') return out;
  if (!v.outcomeOn) c.fail('outcomeOn', t('jp.outcome.dayRequired'));
  c.notFuture('outcomeOn', v.outcomeOn);
  if (joins(v.outcome)) {
    if (!v.joinedUnits.trim()) c.fail('joinedUnits', t('jp.outcome.unitsRequired'));
    const n = c.whole('joinedUnits', v.joinedUnits, 0, MAX_UNITS);
    if (n !== undefined && n > units) c.fail('joinedUnits', t('jp.outcome.unitsOver', { n: units }));
  }
  return out;
}

export const outcomeSchema = (t: TFunction, units: number) => schemaOf<OutcomeValues>((v) => validateOutcome(v, t, units));

// ---- leaflets and welcome packs --------------------------------------------------------------------------------

export type LeafletValues = { wardId: string; month: string; kind: string; place: string; copies: string; note: string };

export function leafletValuesOf(l: LeafletDistribution | undefined, defaults: { month?: string; wardId?: number } = {}): LeafletValues {
  return {
    wardId: text(l?.wardId ?? defaults.wardId),
    month: l?.month ?? defaults.month ?? '',
    kind: l?.kind ?? '',
    place: l?.place ?? '',
    copies: text(l?.copies),
    note: l?.note ?? '',
  };
}

export function leafletBodyOf(v: LeafletValues): LeafletInput {
  const body: LeafletInput = {
    wardId: Number(v.wardId),
    month: v.month,
    kind: v.kind as LeafletKind,
    place: v.place.trim(),
    copies: parseCount(v.copies) ?? 0,
  };
  const note = optional(v.note);
  if (note) body.note = note;
  return body;
}

export function validateLeaflet(v: LeafletValues, t: TFunction): Errors {
  const out: Errors = {};
  const c = checks(t, out);
  c.required('wardId', v.wardId);
  c.required('month', v.month);
  if (v.month && !/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month)) c.fail('month', t('jp.leaflet.monthFormat'));
  c.required('kind', v.kind);
  c.required('place', v.place);
  c.tooLong('place', v.place, 200);
  c.required('copies', v.copies);
  c.whole('copies', v.copies, 1, 10_000_000);
  c.tooLong('note', v.note, 1000);
  return out;
}

export const leafletSchema = (t: TFunction) => schemaOf<LeafletValues>((v) => validateLeaflet(v, t));

// ---- agreements with related bodies -------------------------------------------------------------------------------

export type AgreementValues = { partner: string; title: string; concludedOn: string; endsOn: string; wardId: string; summary: string };

export function agreementValuesOf(a: JoinAgreement | undefined): AgreementValues {
  return {
    partner: a?.partner ?? '',
    title: a?.title ?? '',
    concludedOn: a?.concludedOn ?? '',
    endsOn: a?.endsOn ?? '',
    wardId: text(a?.wardId),
    summary: a?.summary ?? '',
  };
}

export function agreementBodyOf(v: AgreementValues): JoinAgreementInput {
  const body: JoinAgreementInput = { partner: v.partner.trim(), title: v.title.trim(), concludedOn: v.concludedOn };
  const summary = optional(v.summary);
  if (v.endsOn) body.endsOn = v.endsOn;
  if (v.wardId) body.wardId = Number(v.wardId);
  if (summary) body.summary = summary;
  return body;
}

export function validateAgreement(v: AgreementValues, t: TFunction): Errors {
  const out: Errors = {};
  const c = checks(t, out);
  c.required('partner', v.partner);
  c.tooLong('partner', v.partner, 200);
  c.required('title', v.title);
  c.tooLong('title', v.title, 200);
  c.required('concludedOn', v.concludedOn);
  if (v.endsOn && v.concludedOn && v.endsOn < v.concludedOn) c.fail('endsOn', t('jp.agreement.endsBefore'));
  c.tooLong('summary', v.summary, 2000);
  return out;
}

export const agreementSchema = (t: TFunction) => schemaOf<AgreementValues>((v) => validateAgreement(v, t));

// ---- incorporation support ---------------------------------------------------------------------------------------

export type IncorporationValues = {
  districtId: string;
  organizationId: string;
  stage: string;
  consultedOn: string;
  appliedOn: string;
  approvedOn: string;
  withdrawnOn: string;
  note: string;
};

/** Which days a stage records: 申請日 once applied (and kept by a withdrawal after it), 認可日, 取下げ日. */
export function stageDays(stage: string): { applied: boolean; appliedRequired: boolean; approved: boolean; withdrawn: boolean } {
  return {
    applied: stage === 'APPLIED' || stage === 'APPROVED' || stage === 'WITHDRAWN',
    appliedRequired: stage === 'APPLIED' || stage === 'APPROVED',
    approved: stage === 'APPROVED',
    withdrawn: stage === 'WITHDRAWN',
  };
}

export function incorporationValuesOf(c: IncorporationCase | undefined, defaults: { districtId?: number } = {}): IncorporationValues {
  return {
    districtId: text(c?.districtId ?? defaults.districtId),
    organizationId: text(c?.organizationId),
    stage: c?.stage ?? 'CONSULTED',
    consultedOn: c?.consultedOn ?? '',
    appliedOn: c?.appliedOn ?? '',
    approvedOn: c?.approvedOn ?? '',
    withdrawnOn: c?.withdrawnOn ?? '',
    note: c?.note ?? '',
  };
}

/** Only the days the stage records are sent (a day typed before the stage changed is left out). */
export function incorporationBodyOf(v: IncorporationValues): IncorporationInput {
  const days = stageDays(v.stage);
  const body: IncorporationInput = {
    organizationId: Number(v.organizationId),
    stage: v.stage as IncorporationStage,
    consultedOn: v.consultedOn,
  };
  const note = optional(v.note);
  if (days.applied && v.appliedOn) body.appliedOn = v.appliedOn;
  if (days.approved && v.approvedOn) body.approvedOn = v.approvedOn;
  if (days.withdrawn && v.withdrawnOn) body.withdrawnOn = v.withdrawnOn;
  if (note) body.note = note;
  return body;
}

export function validateIncorporation(v: IncorporationValues, t: TFunction, today = isoDate()): Errors {
  const out: Errors = {};
  const c = checks(t, out, today);
  const days = stageDays(v.stage);
  c.required('districtId', v.districtId);
  c.required('organizationId', v.organizationId);
  c.required('stage', v.stage);
  c.required('consultedOn', v.consultedOn);
  c.notFuture('consultedOn', v.consultedOn);
  if (days.appliedRequired && !v.appliedOn) c.fail('appliedOn', t('jp.inc.appliedRequired'));
  if (days.approved && !v.approvedOn) c.fail('approvedOn', t('jp.inc.approvedRequired'));
  if (days.withdrawn && !v.withdrawnOn) c.fail('withdrawnOn', t('jp.inc.withdrawnRequired'));
  if (days.applied) c.notFuture('appliedOn', v.appliedOn);
  if (days.approved) c.notFuture('approvedOn', v.approvedOn);
  if (days.withdrawn) c.notFuture('withdrawnOn', v.withdrawnOn);
  if (days.applied && v.appliedOn && v.consultedOn && v.appliedOn < v.consultedOn) c.fail('appliedOn', t('jp.inc.appliedBefore'));
  if (days.approved && v.approvedOn && v.appliedOn && v.approvedOn < v.appliedOn) c.fail('approvedOn', t('jp.inc.approvedBefore'));
  c.tooLong('note', v.note, 2000);
  return out;
}

export const incorporationSchema = (t: TFunction) => schemaOf<IncorporationValues>((v) => validateIncorporation(v, t));
