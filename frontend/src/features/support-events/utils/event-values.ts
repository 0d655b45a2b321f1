import { z } from 'zod';
import { optional, parseCount } from '@/lib/forms';
import type { TFunction } from '@/lib/i18n';
import type { SupportEvent, SupportEventInput, SupportEventKind, EventAudience } from '../api/support-events';
import '../i18n';

/*
 * The event form's values as typed (text), the body they make, and the browser's checks — the bounds the server
 * applies (openapi.yaml SupportEventInput), so most mistakes are named at their field before anything is sent.
 */

export type EventValues = {
  title: string;
  kind: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  place: string;
  audience: string;
  sectionId: string;
  programId: string;
  capacity: string;
  description: string;
};

export const MAX_TITLE = 200;
export const MAX_PLACE = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_CAPACITY = 100_000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form's values of an event, or of a new one (a section's user: their own section). */
export function eventValuesOf(event: SupportEvent | undefined, defaults: { sectionId?: number; heldOn?: string } = {}): EventValues {
  if (!event) {
    return {
      title: '',
      kind: '',
      heldOn: defaults.heldOn ?? '',
      startsAt: '',
      endsAt: '',
      place: '',
      audience: 'COMMUNITY',
      sectionId: text(defaults.sectionId),
      programId: '',
      capacity: '',
      description: '',
    };
  }
  return {
    title: event.title,
    kind: event.kind,
    heldOn: event.heldOn,
    startsAt: event.startsAt ?? '',
    endsAt: event.endsAt ?? '',
    place: event.place ?? '',
    audience: event.audience,
    sectionId: String(event.sectionId),
    programId: text(event.programId),
    capacity: text(event.capacity),
    description: event.description ?? '',
  };
}

/** The body of the values (after the checks passed). */
export function eventBodyOf(v: EventValues): SupportEventInput {
  const body: SupportEventInput = {
    title: v.title.trim(),
    kind: v.kind as SupportEventKind,
    heldOn: v.heldOn,
    audience: v.audience as EventAudience,
    sectionId: Number(v.sectionId),
  };
  const startsAt = optional(v.startsAt);
  const endsAt = optional(v.endsAt);
  const place = optional(v.place);
  const capacity = parseCount(v.capacity);
  const description = optional(v.description);
  if (startsAt) body.startsAt = startsAt;
  if (endsAt) body.endsAt = endsAt;
  if (place) body.place = place;
  if (v.programId) body.programId = Number(v.programId);
  if (capacity !== undefined) body.capacity = capacity;
  if (description) body.description = description;
  return body;
}

/** Every check of the form, as messages by field. */
export function validateEvent(v: EventValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = (field: string, message: string) => (out[field] ??= message);
  if (!v.title.trim()) fail('title', t('form.requiredMissing'));
  else if (v.title.trim().length > MAX_TITLE) fail('title', t('event.form.tooLong', { max: MAX_TITLE }));
  if (!v.kind) fail('kind', t('form.requiredMissing'));
  if (!v.heldOn) fail('heldOn', t('form.requiredMissing'));
  if (v.startsAt && !TIME.test(v.startsAt)) fail('startsAt', t('event.form.time'));
  if (v.endsAt && !TIME.test(v.endsAt)) fail('endsAt', t('event.form.time'));
  if (v.endsAt && !v.startsAt) fail('startsAt', t('event.form.startsFirst'));
  if (v.startsAt && v.endsAt && TIME.test(v.startsAt) && TIME.test(v.endsAt) && v.endsAt <= v.startsAt) {
    fail('endsAt', t('event.form.endsAfter'));
  }
  if (v.place.trim().length > MAX_PLACE) fail('place', t('event.form.tooLong', { max: MAX_PLACE }));
  if (!v.audience) fail('audience', t('form.requiredMissing'));
  if (!v.sectionId) fail('sectionId', t('form.requiredMissing'));
  if (v.capacity.trim() !== '') {
    const n = parseCount(v.capacity);
    if (n === undefined || n < 1 || n > MAX_CAPACITY) fail('capacity', t('event.form.capacity', { max: MAX_CAPACITY.toLocaleString('ja-JP') }));
  }
  if (v.description.length > MAX_DESCRIPTION) fail('description', t('event.form.tooLong', { max: MAX_DESCRIPTION }));
  return out;
}

export function eventSchema(t: TFunction): z.ZodType<EventValues, EventValues> {
  return z.custom<EventValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validateEvent(values, t))) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
}

/** One row of a district's attendance as typed: `organizationId` '' is the district as a whole. */
export type AttendanceRowValues = { organizationId: string; registered: string; attended: string };
export type AttendanceValues = { rows: AttendanceRowValues[] };

export const MAX_HEADS = 10_000;

/** A row with nothing in it: left out of what is sent. */
export const isEmptyRow = (r: AttendanceRowValues) => r.organizationId === '' && r.registered.trim() === '' && r.attended.trim() === '';

/** Checks a district's rows: counts are whole numbers, each organization (and the district as a whole) once. */
export function validateAttendance(v: AttendanceValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = (field: string, message: string) => (out[field] ??= message);
  const seen = new Set<string>();
  v.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    if (seen.has(r.organizationId)) fail(`rows.${i}.organizationId`, t('event.attendance.twice'));
    seen.add(r.organizationId);
    const registered = parseCount(r.registered);
    if (r.registered.trim() === '') fail(`rows.${i}.registered`, t('form.requiredMissing'));
    else if (registered === undefined || registered > MAX_HEADS) fail(`rows.${i}.registered`, t('event.attendance.count'));
    if (r.attended.trim() !== '') {
      const attended = parseCount(r.attended);
      if (attended === undefined || attended > MAX_HEADS) fail(`rows.${i}.attended`, t('event.attendance.count'));
    }
  });
  return out;
}

export function attendanceSchema(t: TFunction): z.ZodType<AttendanceValues, AttendanceValues> {
  return z.custom<AttendanceValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validateAttendance(values, t))) {
      ctx.addIssue({ code: 'custom', path: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
    }
  });
}

/** The body of a district's rows: empty rows (nothing typed, no organization) are left out. */
export function attendanceBodyOf(v: AttendanceValues): { organizationId?: number; registered: number; attended?: number }[] {
  return v.rows
    .filter((r) => !isEmptyRow(r))
    .map((r) => {
      const attended = parseCount(r.attended);
      return {
        ...(r.organizationId ? { organizationId: Number(r.organizationId) } : {}),
        registered: parseCount(r.registered) ?? 0,
        ...(attended !== undefined ? { attended } : {}),
      };
    });
}
