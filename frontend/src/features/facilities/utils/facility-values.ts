import { z } from 'zod';
import { formPath, optional, parseCount } from '@/lib/forms';
import type { TFunction } from '@/lib/i18n';
import type { Facility, FacilityInput, FacilityKind, FacilityOwner, FacilityWorkKind } from '../api/facilities';
import '../i18n';

/*
 * The facility form's values as typed (text), the body they make, and the browser's checks — the bounds the server
 * applies (openapi.yaml FacilityInput, FacilityRoom, FacilityWorkInput), so most mistakes are named at their field.
 */

export type RoomValues = { name: string; capacity: string };
export type WorkValues = {
  doneOn: string;
  kind: string;
  description: string;
  costYen: string;
  programId: string;
  /** Kept as it was read (the form does not choose a case); cleared when the program changes. */
  grantCaseId: string;
  subsidyYen: string;
};
export type FacilityValues = {
  name: string;
  kind: string;
  districtId: string;
  address: string;
  owner: string;
  ownerName: string;
  capacity: string;
  builtYear: string;
  lentByCity: boolean;
  note: string;
  rooms: RoomValues[];
  works: WorkValues[];
};

export const MAX_NAME = 200;
export const MAX_ADDRESS = 300;
export const MAX_OWNER_NAME = 200;
export const MAX_NOTE = 2000;
export const MAX_ROOMS = 50;
export const MAX_ROOM_NAME = 100;
export const MAX_WORKS = 100;
export const MAX_WORK_DESCRIPTION = 500;
export const MAX_YEN = 100_000_000_000;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export const emptyRoom = (): RoomValues => ({ name: '', capacity: '' });
export const emptyWork = (): WorkValues => ({
  doneOn: '',
  kind: '',
  description: '',
  costYen: '',
  programId: '',
  grantCaseId: '',
  subsidyYen: '',
});

/** The form's values of a facility, or of a new one (in `districtId` when the page was opened from a district). */
export function facilityValuesOf(f: Facility | undefined, defaults: { districtId?: number } = {}): FacilityValues {
  if (!f) {
    return {
      name: '',
      kind: '',
      districtId: text(defaults.districtId),
      address: '',
      owner: 'CITY',
      ownerName: '',
      capacity: '',
      builtYear: '',
      lentByCity: false,
      note: '',
      rooms: [],
      works: [],
    };
  }
  return {
    name: f.name,
    kind: f.kind,
    districtId: text(f.districtId),
    address: f.address ?? '',
    owner: f.owner,
    ownerName: f.ownerName ?? '',
    capacity: text(f.capacity),
    builtYear: text(f.builtYear),
    lentByCity: f.lentByCity,
    note: f.note ?? '',
    rooms: f.rooms.map((r) => ({ name: r.name, capacity: text(r.capacity) })),
    works: f.works.map((w) => ({
      doneOn: w.doneOn,
      kind: w.kind,
      description: w.description,
      costYen: text(w.costYen),
      programId: text(w.programId),
      grantCaseId: text(w.grantCaseId),
      subsidyYen: text(w.subsidyYen),
    })),
  };
}

const isEmptyRoom = (r: RoomValues) => r.name.trim() === '' && r.capacity.trim() === '';

/**
 * The body of the values (after the checks passed): empty room rows left out, works oldest first (the server's
 * order); `roomRows` and `workRows` say which row of the form each sent room and work came from.
 */
export function facilityBodyOf(v: FacilityValues): { body: FacilityInput; roomRows: number[]; workRows: number[] } {
  const rooms = v.rooms.map((r, row) => ({ r, row })).filter(({ r }) => !isEmptyRoom(r));
  // a stable sort: works of one day keep the order they were typed in
  const works = v.works.map((w, row) => ({ w, row })).sort((a, b) => a.w.doneOn.localeCompare(b.w.doneOn) || a.row - b.row);
  const body: FacilityInput = {
    name: v.name.trim(),
    kind: v.kind as FacilityKind,
    owner: v.owner as FacilityOwner,
    lentByCity: v.lentByCity,
    rooms: rooms.map(({ r }) => {
      const capacity = parseCount(r.capacity);
      return { name: r.name.trim(), ...(capacity !== undefined ? { capacity } : {}) };
    }),
    works: works.map(({ w }) => {
      const costYen = parseCount(w.costYen);
      const subsidyYen = parseCount(w.subsidyYen);
      return {
        doneOn: w.doneOn,
        kind: w.kind as FacilityWorkKind,
        description: w.description.trim(),
        ...(costYen !== undefined ? { costYen } : {}),
        ...(w.programId ? { programId: Number(w.programId) } : {}),
        ...(w.programId && w.grantCaseId ? { grantCaseId: Number(w.grantCaseId) } : {}),
        ...(subsidyYen !== undefined ? { subsidyYen } : {}),
      };
    }),
  };
  if (v.kind !== 'CITY_ROOM' && v.districtId) body.districtId = Number(v.districtId);
  const address = optional(v.address);
  const ownerName = optional(v.ownerName);
  const capacity = parseCount(v.capacity);
  const builtYear = parseCount(v.builtYear);
  const note = optional(v.note);
  if (address) body.address = address;
  if (ownerName && v.owner !== 'CITY') body.ownerName = ownerName;
  if (capacity !== undefined) body.capacity = capacity;
  if (builtYear !== undefined) body.builtYear = builtYear;
  if (note) body.note = note;
  return { body, roomRows: rooms.map(({ row }) => row), workRows: works.map(({ row }) => row) };
}

/**
 * Where the server's field error belongs in the form: a sent room's or work's field at the row it came from, a room or
 * work refused as a whole at its first field. Undefined: the path itself, when it names a value of the form.
 */
export function facilityFieldOf(serverField: string, roomRows: readonly number[], workRows: readonly number[]): string | undefined {
  const path = formPath(serverField);
  const m = /^(rooms|works)\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (!m) return undefined;
  const rows = m[1] === 'rooms' ? roomRows : workRows;
  const row = rows[Number(m[2])] ?? Number(m[2]);
  return `${m[1]}.${row}.${m[3] ?? (m[1] === 'rooms' ? 'name' : 'doneOn')}`;
}

/** Every check of the form, as messages by form path (`works.1.subsidyYen`). */
export function validateFacility(v: FacilityValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = (field: string, message: string) => (out[field] ??= message);
  const tooLong = (field: string, value: string, max: number) => {
    if (value.trim().length > max) fail(field, t('facility.form.tooLong', { max }));
  };
  const whole = (field: string, value: string, min: number, max: number) => {
    if (value.trim() === '') return undefined;
    const n = parseCount(value);
    if (n === undefined || n < min || n > max) {
      fail(field, t('facility.form.range', { min: min.toLocaleString('ja-JP'), max: max.toLocaleString('ja-JP') }));
      return undefined;
    }
    return n;
  };
  if (!v.name.trim()) fail('name', t('form.requiredMissing'));
  tooLong('name', v.name, MAX_NAME);
  if (!v.kind) fail('kind', t('form.requiredMissing'));
  if (v.kind && v.kind !== 'CITY_ROOM' && !v.districtId) fail('districtId', t('facility.form.districtRequired'));
  tooLong('address', v.address, MAX_ADDRESS);
  if (!v.owner) fail('owner', t('form.requiredMissing'));
  tooLong('ownerName', v.ownerName, MAX_OWNER_NAME);
  whole('capacity', v.capacity, 1, 100_000);
  whole('builtYear', v.builtYear, 1868, 2100);
  tooLong('note', v.note, MAX_NOTE);
  v.rooms.forEach((r, i) => {
    if (isEmptyRoom(r)) return;
    if (!r.name.trim()) fail(`rooms.${i}.name`, t('form.requiredMissing'));
    tooLong(`rooms.${i}.name`, r.name, MAX_ROOM_NAME);
    whole(`rooms.${i}.capacity`, r.capacity, 1, 10_000);
  });
  v.works.forEach((w, i) => {
    if (!w.doneOn) fail(`works.${i}.doneOn`, t('form.requiredMissing'));
    if (!w.kind) fail(`works.${i}.kind`, t('form.requiredMissing'));
    if (!w.description.trim()) fail(`works.${i}.description`, t('form.requiredMissing'));
    tooLong(`works.${i}.description`, w.description, MAX_WORK_DESCRIPTION);
    const cost = whole(`works.${i}.costYen`, w.costYen, 0, MAX_YEN);
    const subsidy = whole(`works.${i}.subsidyYen`, w.subsidyYen, 0, MAX_YEN);
    if (subsidy !== undefined && !w.programId) fail(`works.${i}.programId`, t('facility.form.subsidyNeedsProgram'));
    if (subsidy !== undefined && cost !== undefined && subsidy > cost) fail(`works.${i}.subsidyYen`, t('facility.form.subsidyOverCost'));
  });
  return out;
}

export function facilitySchema(t: TFunction): z.ZodType<FacilityValues, FacilityValues> {
  return z.custom<FacilityValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validateFacility(values, t))) {
      ctx.addIssue({ code: 'custom', path: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
    }
  });
}
