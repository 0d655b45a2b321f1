import { z } from 'zod';
import { optional, parseCount } from '@/lib/forms';
import type { TFunction } from '@/lib/i18n';
import type { VolunteerPost, VolunteerPostInput } from '../api/volunteers';
import '../i18n';

/*
 * The post form's values as typed (text), the body they make, and the browser's checks — the bounds the server
 * applies (openapi.yaml VolunteerPostInput), so most mistakes are named at their field before anything is sent.
 */

export type PostValues = {
  /** Chosen first, to offer its organizations; the post's district is its organization's. */
  districtId: string;
  organizationId: string;
  title: string;
  activity: string;
  place: string;
  startsOn: string;
  endsOn: string;
  schedule: string;
  wanted: string;
  conditions: string;
  closesOn: string;
};

export const MAX_TITLE = 200;
export const MAX_ACTIVITY = 4000;
export const MAX_PLACE = 200;
export const MAX_SCHEDULE = 200;
export const MAX_CONDITIONS = 2000;
export const MAX_WANTED = 9999;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form's values of a post, or of a new one (a liaison with one district: that district). */
export function postValuesOf(post: VolunteerPost | undefined, defaults: { districtId?: number } = {}): PostValues {
  if (!post) {
    return {
      districtId: defaults.districtId === undefined ? '' : String(defaults.districtId),
      organizationId: '',
      title: '',
      activity: '',
      place: '',
      startsOn: '',
      endsOn: '',
      schedule: '',
      wanted: '',
      conditions: '',
      closesOn: '',
    };
  }
  return {
    districtId: String(post.districtId),
    organizationId: String(post.organizationId),
    title: post.title,
    activity: post.activity,
    place: post.place ?? '',
    startsOn: post.startsOn,
    endsOn: post.endsOn ?? '',
    schedule: post.schedule ?? '',
    wanted: String(post.wanted),
    conditions: post.conditions ?? '',
    closesOn: post.closesOn,
  };
}

/** The body of the values (after the checks passed). */
export function postBodyOf(v: PostValues): VolunteerPostInput {
  const body: VolunteerPostInput = {
    organizationId: Number(v.organizationId),
    title: v.title.trim(),
    activity: v.activity.trim(),
    startsOn: v.startsOn,
    wanted: parseCount(v.wanted) ?? 0,
    closesOn: v.closesOn,
  };
  const place = optional(v.place);
  const endsOn = optional(v.endsOn);
  const schedule = optional(v.schedule);
  const conditions = optional(v.conditions);
  if (place) body.place = place;
  if (endsOn) body.endsOn = endsOn;
  if (schedule) body.schedule = schedule;
  if (conditions) body.conditions = conditions;
  return body;
}

/** The activity's last day: its end, else its start. */
export function lastDayOf(v: Pick<PostValues, 'startsOn' | 'endsOn'>): string | undefined {
  if (DATE.test(v.endsOn)) return v.endsOn;
  return DATE.test(v.startsOn) ? v.startsOn : undefined;
}

/** Every check of the form, as messages by field. */
export function validatePost(v: PostValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = (field: string, message: string) => (out[field] ??= message);
  const tooLong = (field: keyof PostValues, max: number) => {
    if (v[field].trim().length > max) fail(field, t('volunteer.form.tooLong', { max: max.toLocaleString('ja-JP') }));
  };
  if (!v.districtId) fail('districtId', t('form.requiredMissing'));
  if (!v.organizationId) fail('organizationId', t('form.requiredMissing'));
  if (!v.title.trim()) fail('title', t('form.requiredMissing'));
  tooLong('title', MAX_TITLE);
  if (!v.activity.trim()) fail('activity', t('form.requiredMissing'));
  tooLong('activity', MAX_ACTIVITY);
  tooLong('place', MAX_PLACE);
  if (!v.startsOn) fail('startsOn', t('form.requiredMissing'));
  else if (!DATE.test(v.startsOn)) fail('startsOn', t('volunteer.form.date'));
  if (v.endsOn && !DATE.test(v.endsOn)) fail('endsOn', t('volunteer.form.date'));
  else if (v.endsOn && DATE.test(v.startsOn) && v.endsOn < v.startsOn) fail('endsOn', t('volunteer.form.endsAfter'));
  tooLong('schedule', MAX_SCHEDULE);
  if (!v.wanted.trim()) fail('wanted', t('form.requiredMissing'));
  else {
    const n = parseCount(v.wanted);
    if (n === undefined || n < 1 || n > MAX_WANTED) fail('wanted', t('volunteer.form.wanted', { max: MAX_WANTED.toLocaleString('ja-JP') }));
  }
  tooLong('conditions', MAX_CONDITIONS);
  const last = lastDayOf(v);
  if (!v.closesOn) fail('closesOn', t('form.requiredMissing'));
  else if (!DATE.test(v.closesOn)) fail('closesOn', t('volunteer.form.date'));
  else if (last !== undefined && v.closesOn > last) fail('closesOn', t('volunteer.form.closesBeforeLast'));
  return out;
}

export function postSchema(t: TFunction): z.ZodType<PostValues, PostValues> {
  return z.custom<PostValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validatePost(values, t))) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
}

// ---- the public inquiry form ---------------------------------------------------------------------

export type InquiryValues = {
  name: string;
  email: string;
  phone: string;
  message: string;
  consent: boolean;
  /** The field people do not see: automated senders fill it in. */
  website: string;
};

export const MAX_NAME = 100;
export const MAX_EMAIL = 254;
export const MAX_PHONE = 40;
export const MAX_MESSAGE = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9０-９+\-－ー() ]*$/;

export const emptyInquiry: InquiryValues = { name: '', email: '', phone: '', message: '', consent: false, website: '' };

export function validateInquiry(v: InquiryValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = (field: string, message: string) => (out[field] ??= message);
  if (!v.name.trim()) fail('name', t('volunteer.inquiry.nameMissing'));
  else if (v.name.trim().length > MAX_NAME) fail('name', t('volunteer.form.tooLong', { max: MAX_NAME }));
  if (!v.email.trim()) fail('email', t('volunteer.inquiry.emailMissing'));
  else if (v.email.trim().length > MAX_EMAIL || !EMAIL.test(v.email.trim())) fail('email', t('volunteer.inquiry.emailInvalid'));
  if (v.phone.trim().length > MAX_PHONE) fail('phone', t('volunteer.form.tooLong', { max: MAX_PHONE }));
  else if (!PHONE.test(v.phone.trim())) fail('phone', t('volunteer.inquiry.phoneInvalid'));
  if (!v.message.trim()) fail('message', t('volunteer.inquiry.messageMissing'));
  else if (v.message.trim().length > MAX_MESSAGE) fail('message', t('volunteer.form.tooLong', { max: MAX_MESSAGE.toLocaleString('ja-JP') }));
  if (!v.consent) fail('consent', t('volunteer.inquiry.consentMissing'));
  return out;
}

export function inquirySchema(t: TFunction): z.ZodType<InquiryValues, InquiryValues> {
  return z.custom<InquiryValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validateInquiry(values, t))) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
}

export function inquiryBodyOf(v: InquiryValues) {
  const phone = optional(v.phone);
  return {
    name: v.name.trim(),
    email: v.email.trim(),
    ...(phone ? { phone } : {}),
    message: v.message.trim(),
    consent: v.consent,
    website: v.website,
  };
}
