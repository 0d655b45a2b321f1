import { get } from 'react-hook-form';
import { z } from 'zod';
import { formPath, optional } from '@/lib/forms';
import type { TFunction } from '@/lib/i18n';
import { isGranted, SUPPORT_CATEGORIES, type SupportProgram, type SupportProgramInput } from '../api/support';
import { MAX_PRICE, MAX_YEN, ruleOf, type AmountRule, type PartRule, type Rounding } from './rule';
import '../i18n';

/*
 * The program form's values as typed (text), the body they make, and the browser's checks — the same bounds the
 * server applies (openapi.yaml SupportProgramInput; AmountRule.problems() in docs/support.md), so most mistakes
 * are named at their field before anything is sent.
 */

export type UnitRow = { key: string; label: string; price: string };
export type RoundingValues = { unit: string; mode: string };
/** One rule's fields; `kind` '' is no rule (only at the top). */
export type PartValues = {
  kind: string;
  yen: string;
  yenPerHousehold: string;
  households: string;
  yenPerPerson: string;
  share: string;
  units: UnitRow[];
  rounding: RoundingValues;
  cap: string;
};
export type RuleValues = PartValues & { parts: PartValues[] };

export type ProgramValues = {
  fiscalYear: string;
  name: string;
  sectionId: string;
  contactSectionId: string;
  kind: string;
  audience: string;
  categories: string[];
  description: string;
  sortOrder: string;
  budgetYen: string;
  figuresYear: string;
  eligibleKinds: string[];
  documents: { name: string }[];
  planDueOn: string;
  applicationDueOn: string;
  resultsDueOn: string;
  paperworkHours: string;
  amountRule: RuleValues;
};

export const MAX_NAME = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_DOCUMENTS = 30;
export const MAX_DOCUMENT = 200;
export const MAX_BUDGET = 100_000_000_000;
export const MAX_UNITS = 20;
export const MAX_PARTS = 10;
export const MAX_UNIT_LABEL = 100;
const UNIT_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export const emptyUnit = (): UnitRow => ({ key: '', label: '', price: '' });

export function emptyPart(kind = ''): PartValues {
  return {
    kind,
    yen: '',
    yenPerHousehold: '',
    households: 'MEMBERS',
    yenPerPerson: '',
    share: '',
    units: kind === 'PER_UNIT' ? [emptyUnit()] : [],
    rounding: { unit: '', mode: 'DOWN' },
    cap: '',
  };
}

export const emptyRule = (kind = ''): RuleValues => ({ ...emptyPart(kind), parts: [] });

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

function partValuesOf(rule: AmountRule): PartValues {
  const v = emptyPart(rule.kind);
  if (rule.kind === 'FLAT') return { ...v, yen: text(rule.yen) };
  const rounding = { unit: text(rule.rounding?.unit), mode: rule.rounding?.mode ?? 'DOWN' };
  const common = { ...v, rounding, cap: text(rule.cap) };
  switch (rule.kind) {
    case 'PER_HOUSEHOLD':
      return { ...common, yenPerHousehold: text(rule.yenPerHousehold), households: rule.households ?? 'MEMBERS' };
    case 'PER_CAPITA':
      return { ...common, yenPerPerson: text(rule.yenPerPerson) };
    case 'COST_SHARE':
      return { ...common, share: text(rule.share) };
    case 'PER_UNIT':
      return {
        ...common,
        units: Object.entries(rule.unitPrices ?? {}).map(([key, price]) => ({
          key,
          label: rule.labels?.[key] ?? '',
          price: String(price),
        })),
      };
    case 'COMBINED':
      return common;
  }
}

/** The editor's values of a rule (an empty editor without one). */
export function ruleValuesOf(rule: AmountRule | undefined): RuleValues {
  if (!rule) return emptyRule();
  return {
    ...partValuesOf(rule),
    parts: rule.kind === 'COMBINED' ? (rule.parts ?? []).map(partValuesOf) : [],
  };
}

/** The form's values of a program, or of a new one in `fiscalYear` (and, for a section's user, their section). */
export function programValuesOf(
  program: SupportProgram | undefined,
  defaults: { fiscalYear: number; sectionId?: number },
): ProgramValues {
  if (!program) {
    return {
      fiscalYear: String(defaults.fiscalYear),
      name: '',
      sectionId: text(defaults.sectionId),
      contactSectionId: '',
      kind: '',
      audience: 'COMMUNITY',
      categories: [],
      description: '',
      sortOrder: '',
      budgetYen: '',
      figuresYear: '',
      eligibleKinds: [],
      documents: [],
      planDueOn: '',
      applicationDueOn: '',
      resultsDueOn: '',
      paperworkHours: '',
      amountRule: emptyRule(),
    };
  }
  return {
    fiscalYear: String(program.fiscalYear),
    name: program.name,
    sectionId: String(program.sectionId),
    contactSectionId: text(program.contactSectionId),
    kind: program.kind,
    audience: program.audience,
    categories: [...program.categories],
    description: program.description ?? '',
    sortOrder: String(program.sortOrder),
    budgetYen: text(program.budgetYen),
    // The figures of the edition's own year are the default: shown as such, not as a choice made.
    figuresYear: program.figuresYear !== undefined && program.figuresYear !== program.fiscalYear ? String(program.figuresYear) : '',
    eligibleKinds: [...program.eligibleKinds],
    documents: program.documents.map((name) => ({ name })),
    planDueOn: program.planDueOn ?? '',
    applicationDueOn: program.applicationDueOn ?? '',
    resultsDueOn: program.resultsDueOn ?? '',
    paperworkHours: text(program.paperworkHours),
    amountRule: ruleValuesOf(ruleOf(program)),
  };
}

/** "1,234", "１２３４" → "1234": what a number typed in either width reads as. */
function clean(value: string): string {
  return value.normalize('NFKC').replace(/[,\s]/g, '');
}

/** A whole number ≥ 0, else undefined ('' too). */
export function wholeOf(value: string): number | undefined {
  const v = clean(value);
  return /^\d+$/.test(v) ? Number(v) : undefined;
}

/** A number ≥ 0 with at most `decimals` decimals, else undefined. */
export function decimalOf(value: string, decimals = 4): number | undefined {
  const v = clean(value);
  if (!new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`).test(v)) return undefined;
  return Number(v);
}

function roundingOf(r: RoundingValues): Rounding | undefined {
  return r.unit ? { unit: Number(r.unit), mode: (r.mode || 'DOWN') as Rounding['mode'] } : undefined;
}

function partOf(v: PartValues): PartRule | undefined {
  const extras = { rounding: roundingOf(v.rounding), cap: wholeOf(v.cap) };
  switch (v.kind) {
    case 'FLAT':
      return { kind: 'FLAT', yen: wholeOf(v.yen) };
    case 'PER_HOUSEHOLD':
      return {
        kind: 'PER_HOUSEHOLD',
        yenPerHousehold: decimalOf(v.yenPerHousehold),
        households: v.households as 'ALL' | 'MEMBERS',
        ...extras,
      };
    case 'PER_CAPITA':
      return { kind: 'PER_CAPITA', yenPerPerson: decimalOf(v.yenPerPerson), ...extras };
    case 'COST_SHARE':
      return { kind: 'COST_SHARE', share: decimalOf(v.share, 6), ...extras };
    case 'PER_UNIT': {
      const rows = v.units.map((u) => ({ key: u.key.trim(), label: u.label.trim(), price: decimalOf(u.price) }));
      const labelled = rows.filter((u) => u.label !== '');
      return {
        kind: 'PER_UNIT',
        unitPrices: Object.fromEntries(rows.map((u) => [u.key, u.price ?? 0])),
        ...(labelled.length > 0 ? { labels: Object.fromEntries(labelled.map((u) => [u.key, u.label])) } : {}),
        ...extras,
      };
    }
    default:
      return undefined;
  }
}

/** The amount rule the editor's values describe (JSON with its `kind`), or undefined for none. */
export function ruleOfValues(v: RuleValues): AmountRule | undefined {
  if (v.kind !== 'COMBINED') return partOf(v);
  return {
    kind: 'COMBINED',
    parts: v.parts.map(partOf).filter((p): p is PartRule => p !== undefined),
    rounding: roundingOf(v.rounding),
    cap: wholeOf(v.cap),
  };
}

/**
 * The body of a POST or PUT, and for each document sent the form row it came from (empty rows are not sent), so
 * that the server's `documents[1]` finds its row. Terms are sent only with a subsidy or a consignment.
 */
export function programBodyOf(v: ProgramValues): { body: SupportProgramInput; documentRows: number[] } {
  const granted = isGranted(v.kind);
  const documents = v.documents.map((d, row) => ({ name: d.name.trim(), row })).filter((d) => d.name !== '');
  const body: SupportProgramInput = {
    fiscalYear: Number(v.fiscalYear),
    name: v.name.trim(),
    sectionId: Number(v.sectionId),
    contactSectionId: v.contactSectionId ? Number(v.contactSectionId) : undefined,
    kind: v.kind as SupportProgramInput['kind'],
    audience: v.audience as SupportProgramInput['audience'],
    categories: SUPPORT_CATEGORIES.filter((c) => v.categories.includes(c)),
    description: optional(v.description),
    sortOrder: wholeOf(v.sortOrder),
  };
  if (granted) {
    Object.assign(body, {
      budgetYen: wholeOf(v.budgetYen),
      amountRule: ruleOfValues(v.amountRule),
      figuresYear: v.figuresYear ? Number(v.figuresYear) : undefined,
      eligibleKinds: v.eligibleKinds,
      documents: documents.map((d) => d.name),
      planDueOn: optional(v.planDueOn),
      applicationDueOn: optional(v.applicationDueOn),
      resultsDueOn: optional(v.resultsDueOn),
      paperworkHours: decimalOf(v.paperworkHours, 2),
    } satisfies Partial<SupportProgramInput>);
  }
  return { body, documentRows: documents.map((d) => d.row) };
}

/** The browser's checks of one rule (or part) at `base`, as messages by form path. */
function checkRule(v: PartValues & { parts?: PartValues[] }, base: string, t: TFunction, out: Record<string, string>, nested: boolean) {
  const fail = (field: string, message: string) => (out[`${base}.${field}`] ??= message);
  const yen = (field: keyof PartValues, value: string, max: number, required: boolean) => {
    if (value.trim() === '') {
      if (required) fail(field, t('form.requiredMissing'));
      return;
    }
    const n = wholeOf(value);
    if (n === undefined || n > max) fail(field, t('support.form.yenRange', { max: max.toLocaleString('ja-JP') }));
  };
  const price = (field: string, value: string) => {
    if (value.trim() === '') return fail(field, t('form.requiredMissing'));
    const n = decimalOf(value);
    if (n === undefined || n > MAX_PRICE) fail(field, t('support.form.priceRange', { max: MAX_PRICE.toLocaleString('ja-JP') }));
  };
  switch (v.kind) {
    case '':
      if (nested) fail('kind', t('form.requiredMissing'));
      return;
    case 'FLAT':
      yen('yen', v.yen, MAX_YEN, true);
      return;
    case 'PER_HOUSEHOLD':
      price('yenPerHousehold', v.yenPerHousehold);
      break;
    case 'PER_CAPITA':
      price('yenPerPerson', v.yenPerPerson);
      break;
    case 'COST_SHARE': {
      if (v.share.trim() === '') {
        fail('share', t('form.requiredMissing'));
        break;
      }
      const share = decimalOf(v.share, 6);
      if (share === undefined || share <= 0 || share > 1) fail('share', t('support.form.share'));
      break;
    }
    case 'PER_UNIT': {
      if (v.units.length === 0 || v.units.length > MAX_UNITS) fail('units', t('support.form.unitsCount', { max: MAX_UNITS }));
      const seen = new Set<string>();
      v.units.forEach((u, i) => {
        const key = u.key.trim();
        if (key === '') fail(`units.${i}.key`, t('form.requiredMissing'));
        else if (!UNIT_KEY.test(key)) fail(`units.${i}.key`, t('support.form.unitKey'));
        else if (seen.has(key)) fail(`units.${i}.key`, t('support.form.unitKeyTwice'));
        seen.add(key);
        if (u.label.trim().length > MAX_UNIT_LABEL) fail(`units.${i}.label`, t('support.form.tooLong', { max: MAX_UNIT_LABEL }));
        price(`units.${i}.price`, u.price);
      });
      break;
    }
    case 'COMBINED': {
      const parts = v.parts ?? [];
      if (parts.length === 0 || parts.length > MAX_PARTS) fail('parts', t('support.form.partsCount', { max: MAX_PARTS }));
      parts.forEach((p, i) => checkRule(p, `${base}.parts.${i}`, t, out, true));
      break;
    }
  }
  yen('cap', v.cap, MAX_YEN, false);
}

/** Every check of the form, as messages by form path (`amountRule.parts.0.yen`). */
export function validateProgram(v: ProgramValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = (field: string, message: string) => (out[field] ??= message);
  if (!v.name.trim()) fail('name', t('form.requiredMissing'));
  else if (v.name.trim().length > MAX_NAME) fail('name', t('support.form.tooLong', { max: MAX_NAME }));
  if (!v.sectionId) fail('sectionId', t('form.requiredMissing'));
  if (!v.kind) fail('kind', t('form.requiredMissing'));
  if (!v.audience) fail('audience', t('form.requiredMissing'));
  if (v.categories.length === 0) fail('categories', t('support.form.chooseCategory'));
  if (v.description.length > MAX_DESCRIPTION) fail('description', t('support.form.tooLong', { max: MAX_DESCRIPTION }));
  if (v.sortOrder.trim() !== '') {
    const n = wholeOf(v.sortOrder);
    if (n === undefined || n > 100_000) fail('sortOrder', t('support.form.sortOrder'));
  }
  if (!isGranted(v.kind)) return out;
  if (v.budgetYen.trim() !== '') {
    const n = wholeOf(v.budgetYen);
    if (n === undefined || n > MAX_BUDGET) fail('budgetYen', t('support.form.yenRange', { max: MAX_BUDGET.toLocaleString('ja-JP') }));
  }
  v.documents.forEach((d, i) => {
    if (d.name.trim().length > MAX_DOCUMENT) fail(`documents.${i}.name`, t('support.form.tooLong', { max: MAX_DOCUMENT }));
  });
  if (v.planDueOn && v.applicationDueOn && v.applicationDueOn < v.planDueOn) {
    fail('applicationDueOn', t('support.form.applicationBeforePlan'));
  }
  if (v.applicationDueOn && v.resultsDueOn && v.resultsDueOn < v.applicationDueOn) {
    fail('resultsDueOn', t('support.form.resultsBeforeApplication'));
  }
  if (v.paperworkHours.trim() !== '') {
    const n = decimalOf(v.paperworkHours, 2);
    if (n === undefined || n > 1000) fail('paperworkHours', t('support.form.hours'));
  }
  checkRule(v.amountRule, 'amountRule', t, out, false);
  return out;
}

/** The schema of the form: its checks, each at the field it names. */
export function programSchema(t: TFunction): z.ZodType<ProgramValues, ProgramValues> {
  return z.custom<ProgramValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(validateProgram(values, t))) {
      ctx.addIssue({ code: 'custom', path: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
    }
  });
}

/**
 * Where the server's field error belongs in the form: `documents[1]` at the row it came from, a unit's price or
 * label (`amountRule.unitPrices.led`) at that unit's row, a part refused as a whole (`amountRule.parts[1]`) and the
 * rule refused as a whole at their kind. Undefined: the path itself, when it names a value of the form.
 */
export function programFieldOf(serverField: string, values: ProgramValues, documentRows: readonly number[]): string | undefined {
  const path = formPath(serverField);
  const doc = /^documents\.(\d+)$/.exec(path);
  if (doc) return `documents.${documentRows[Number(doc[1])] ?? doc[1]}.name`;
  const list = /^(eligibleKinds|categories)\.\d+$/.exec(path);
  if (list) return list[1];
  const rule = /^(amountRule(?:\.parts\.\d+)?)(.*)$/.exec(path);
  if (!rule) return undefined;
  const base = rule[1]!;
  const rest = rule[2]!;
  if (rest === '') return `${base}.kind`;
  const unit = /^\.(unitPrices|labels)(?:\.(.+))?$/.exec(rest);
  if (unit) {
    const rows = get(values, `${base}.units`) as UnitRow[] | undefined;
    const i = unit[2] === undefined ? -1 : (rows ?? []).findIndex((r) => r.key.trim() === unit[2]);
    return i >= 0 ? `${base}.units.${i}.${unit[1] === 'labels' ? 'label' : 'price'}` : `${base}.units`;
  }
  if (rest === '.rounding' || rest === '.rounding.mode') return `${base}.rounding.unit`;
  return undefined;
}
