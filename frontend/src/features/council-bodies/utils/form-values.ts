import { z } from 'zod';
import { optional, parseCount } from '@/lib/forms';
import type { TFunction } from '@/lib/i18n';
import type {
  BodySide,
  CouncilBody,
  CouncilBodyInput,
  CouncilBodyKind,
  Member,
  MemberInput,
  QuorumRule,
  Seat,
  SeatFilling,
  SeatInput,
} from '../api/council-bodies';
import '../i18n';

/*
 * The forms of a body, a seat and a member: their values as typed (text), the body each makes, and the browser's
 * checks — the bounds the server applies (openapi.yaml CouncilBodyInput, CouncilSeatInput, CouncilMemberInput), so
 * most mistakes are named at their field before anything is sent.
 */

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

type Check = (fail: (field: string, message: string) => void) => void;

/** A zod schema that reports every failed check at its field. */
function schemaOf<V>(check: (v: V) => Check): z.ZodType<V, V> {
  return z.custom<V>().superRefine((values, ctx) => {
    check(values)((field, message) => ctx.addIssue({ code: 'custom', path: [field], message }));
  });
}

function checks(t: TFunction, fail: (field: string, message: string) => void) {
  const seen = new Set<string>();
  const once = (field: string, message: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    fail(field, message);
  };
  return {
    fail: once,
    required: (field: string, value: string) => {
      if (!value.trim()) once(field, t('form.requiredMissing'));
    },
    tooLong: (field: string, value: string, max: number) => {
      if (value.trim().length > max) once(field, t('council.form.tooLong', { max }));
    },
    whole: (field: string, value: string, min: number, max: number) => {
      if (value.trim() === '') return undefined;
      const n = parseCount(value);
      if (n === undefined || n < min || n > max) {
        once(field, t('council.form.range', { min, max }));
        return undefined;
      }
      return n;
    },
  };
}

// ---- 会議体 ----------------------------------------------------------------------------------------

export type BodyValues = {
  nameJa: string;
  nameEn: string;
  code: string;
  kind: string;
  side: BodySide;
  organizationId: string;
  quorum: QuorumRule;
  proxiesCount: boolean;
  sortOrder: string;
  aliases: string;
};

export function bodyValuesOf(b: CouncilBody | undefined): BodyValues {
  return {
    nameJa: b?.nameJa ?? '',
    nameEn: b?.nameEn ?? '',
    code: b?.code ?? '',
    kind: b?.kind ?? '',
    side: b?.side ?? 'COMMUNITY',
    organizationId: text(b?.organizationId),
    quorum: b?.quorum ?? 'MAJORITY',
    proxiesCount: b?.proxiesCount ?? false,
    sortOrder: b ? String(b.sortOrder) : '',
    aliases: b?.aliases.join('\n') ?? '',
  };
}

const aliasesOf = (v: string) =>
  v
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);

export function bodyInputOf(v: BodyValues): CouncilBodyInput {
  const sortOrder = parseCount(v.sortOrder);
  return {
    code: v.code.normalize('NFKC').trim(),
    nameJa: v.nameJa.trim(),
    nameEn: v.nameEn.trim(),
    kind: v.kind as CouncilBodyKind,
    side: v.side,
    quorum: v.quorum,
    proxiesCount: v.quorum !== 'NONE' && v.proxiesCount,
    aliases: aliasesOf(v.aliases),
    ...(v.organizationId ? { organizationId: Number(v.organizationId) } : {}),
    ...(sortOrder !== undefined ? { sortOrder } : {}),
  };
}

export function bodySchema(t: TFunction) {
  return schemaOf<BodyValues>((v) => (fail) => {
    const c = checks(t, fail);
    c.required('nameJa', v.nameJa);
    c.tooLong('nameJa', v.nameJa, 100);
    c.required('nameEn', v.nameEn);
    c.tooLong('nameEn', v.nameEn, 100);
    c.required('code', v.code);
    if (v.code.trim() && !/^[A-Za-z0-9_-]+$/.test(v.code.normalize('NFKC').trim())) c.fail('code', t('council.form.codePattern'));
    c.tooLong('code', v.code, 40);
    if (!v.kind) c.fail('kind', t('form.requiredMissing'));
    c.whole('sortOrder', v.sortOrder, 0, 9999);
    const aliases = aliasesOf(v.aliases);
    if (aliases.length > 20) c.fail('aliases', t('council.form.tooManyAliases', { max: 20 }));
    if (aliases.some((a) => a.length > 100)) c.fail('aliases', t('council.form.tooLong', { max: 100 }));
  });
}

// ---- 役職 -------------------------------------------------------------------------------------------

export type SeatValues = {
  title: string;
  filling: SeatFilling;
  seats: string;
  termYears: string;
  sortOrder: string;
  note: string;
};

export function seatValuesOf(s: Seat | undefined): SeatValues {
  return {
    title: s?.title ?? '',
    filling: s?.filling ?? 'ELECTED',
    seats: text(s?.seats),
    termYears: text(s?.termYears),
    sortOrder: s ? String(s.sortOrder) : '',
    note: s?.note ?? '',
  };
}

export function seatInputOf(v: SeatValues): SeatInput {
  const seats = parseCount(v.seats);
  const termYears = parseCount(v.termYears);
  const sortOrder = parseCount(v.sortOrder);
  const note = optional(v.note);
  return {
    title: v.title.trim(),
    filling: v.filling,
    ...(v.filling !== 'DISTRICT_REPRESENTATIVE' && seats !== undefined ? { seats } : {}),
    ...(termYears !== undefined ? { termYears } : {}),
    ...(sortOrder !== undefined ? { sortOrder } : {}),
    ...(note ? { note } : {}),
  };
}

export function seatSchema(t: TFunction) {
  return schemaOf<SeatValues>((v) => (fail) => {
    const c = checks(t, fail);
    c.required('title', v.title);
    c.tooLong('title', v.title, 60);
    if (v.filling !== 'DISTRICT_REPRESENTATIVE') {
      c.required('seats', v.seats);
      c.whole('seats', v.seats, 1, 999);
    }
    c.whole('termYears', v.termYears, 1, 10);
    c.whole('sortOrder', v.sortOrder, 0, 9999);
    c.tooLong('note', v.note, 500);
  });
}

// ---- 構成員 -----------------------------------------------------------------------------------------

export type MemberValues = {
  seatId: string;
  personName: string;
  personKana: string;
  districtId: string;
  organizationId: string;
  termStart: string;
  termEnd: string;
  note: string;
};

export function memberValuesOf(m: Member | undefined, seatId?: number): MemberValues {
  return {
    seatId: text(m?.seatId ?? seatId),
    personName: m?.personName ?? '',
    personKana: m?.personKana ?? '',
    districtId: text(m?.districtId),
    organizationId: text(m?.organizationId),
    termStart: m?.termStart ?? '',
    termEnd: m?.termEnd ?? '',
    note: m?.note ?? '',
  };
}

export function memberInputOf(v: MemberValues): MemberInput {
  const kana = optional(v.personKana);
  const note = optional(v.note);
  return {
    seatId: Number(v.seatId),
    personName: v.personName.trim(),
    termStart: v.termStart,
    ...(kana ? { personKana: kana } : {}),
    ...(v.districtId ? { districtId: Number(v.districtId) } : {}),
    ...(v.organizationId ? { organizationId: Number(v.organizationId) } : {}),
    ...(v.termEnd ? { termEnd: v.termEnd } : {}),
    ...(note ? { note } : {}),
  };
}

/** `representative`: whether the chosen seat is a district representative's (the district is then required). */
export function memberSchema(t: TFunction, representative: (seatId: string) => boolean) {
  return schemaOf<MemberValues>((v) => (fail) => {
    const c = checks(t, fail);
    if (!v.seatId) c.fail('seatId', t('form.requiredMissing'));
    c.required('personName', v.personName);
    c.tooLong('personName', v.personName, 100);
    c.tooLong('personKana', v.personKana, 100);
    if (v.seatId && representative(v.seatId) && !v.districtId) c.fail('districtId', t('council.form.districtRequired'));
    if (!v.termStart) c.fail('termStart', t('form.requiredMissing'));
    if (v.termStart && v.termEnd && v.termEnd < v.termStart) c.fail('termEnd', t('council.form.termOrder'));
    c.tooLong('note', v.note, 500);
  });
}
