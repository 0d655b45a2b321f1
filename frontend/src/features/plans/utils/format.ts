import type { Me, Role } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import type { MessageKey, TFunction } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear, type Lang } from '@/utils/fiscal-year';
import type {
  BehindReason,
  InitiativeSummary,
  InitiativeTag,
  InitiativeTarget,
  MilestoneResponse,
  PlanSummary,
  ProgressStatus,
  RatingGrade,
  ScopeLevel,
  TargetKind,
} from '../api/types';

export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'CARRIED_OUT',
  'COMPLETED',
  'CONTINUING',
  'DELAYED',
];
/** A status as counted and shown: nothing reported yet is a status of its own (未報告). */
export type StatusKey = ProgressStatus | 'NOT_REPORTED';
export const STATUS_KEYS: readonly StatusKey[] = ['NOT_REPORTED', ...PROGRESS_STATUSES];
export const TARGET_KINDS: readonly TargetKind[] = ['START', 'BEGIN', 'COMPLETE', 'CONTINUE'];
export const TAGS: readonly InitiativeTag[] = ['NEW', 'ENHANCED'];
/** 0 通年, 1 上半期, 2 下半期. */
export const HALVES: readonly number[] = [0, 1, 2];
export const SCOPE_LEVELS: readonly ScopeLevel[] = ['CITY', 'WARD', 'DISTRICT'];

/** Who reads the committee's pages (members, meetings, evaluation sheets, publication). */
export const COMMITTEE_PAGE_ROLES: readonly Role[] = ['ADMIN', 'OFFICE', 'COMMITTEE'];
/** Who writes evaluations (drafts, finalization, corrections). */
export const EVALUATOR_ROLES: readonly Role[] = ['COMMITTEE'];

export function statusKeyOf(status: ProgressStatus | undefined): StatusKey {
  return status ?? 'NOT_REPORTED';
}

export function statusLabel(t: TFunction, status: ProgressStatus | undefined): string {
  return t(`plan.status.${statusKeyOf(status)}` as MessageKey);
}

/** 通年 / 上半期 / 下半期. */
export function halfLabel(t: TFunction, half: number | undefined): string {
  const h = half === 1 || half === 2 ? half : 0;
  return t(`plan.half.${h}` as MessageKey);
}

/** 令和8年度 上半期 / FY2026, first half; the whole year is just the year. */
export function periodLabel(t: TFunction, lang: Lang, fiscalYear: number | undefined, half: number | undefined): string {
  const year = fiscalYear === undefined ? '' : formatFiscalYear(fiscalYear, lang);
  if (!year) return halfLabel(t, half);
  return t('plan.period', { year, half: halfLabel(t, half) });
}

/**
 * 実施目標 as the plan prints it. Japanese readers get the printed label ("(21 年度実施)") when there is one;
 * otherwise, and in English, it is composed: 令和8年度実施, in parentheses when it enhances a running program.
 */
export function targetText(t: TFunction, lang: Lang, target: InitiativeTarget): string {
  if (lang === 'ja' && target.label) return target.label;
  const kind = t(`plan.target.${target.kind}` as MessageKey);
  const text =
    target.fiscalYear === undefined
      ? kind
      : t('plan.targetIn', { year: formatFiscalYear(target.fiscalYear, lang), kind });
  return target.enhancesExisting ? `(${text})` : text;
}

/** Ⅱ-1-(1)-ア from the codes on the way down; nodes without a code are skipped. */
export function codePath(codes: readonly (string | undefined | null)[]): string {
  return codes.filter((c): c is string => !!c && c.trim() !== '').join('-');
}

export function behindText(lang: Lang, reason: BehindReason): string {
  const text = lang === 'en' ? reason.en : reason.ja;
  return text;
}

/** A milestone is overdue when the server says so, or when its fiscal year has ended and it is not done. */
export function milestoneOverdue(
  m: MilestoneResponse,
  reasons: readonly BehindReason[] | undefined,
  today: Date = new Date(),
): boolean {
  if (m.status === 'DONE') return false;
  if (reasons?.some((r) => r.code === 'MILESTONE_OVERDUE' && r.milestoneId !== undefined && r.milestoneId === m.id)) {
    return true;
  }
  return m.dueFiscalYear !== undefined && m.dueFiscalYear < fiscalYearOf(today);
}

/** Progress reports: the office and admins, and a department user of one of the initiative's sections. */
export function canWriteProgress(me: Me | null | undefined, initiative: Pick<InitiativeSummary, 'sectionIds'>): boolean {
  if (hasRole(me, OFFICE_ROLES)) return true;
  return (
    me?.role === 'DEPARTMENT' && me.sectionId !== undefined && initiative.sectionIds.includes(me.sectionId)
  );
}

/**
 * The fiscal years a plan is worked on, newest first: from its first year to its last or to this year, whichever
 * is later (progress and evaluation go on after the plan's own period).
 */
export function planYears(plan: Pick<PlanSummary, 'fromFiscalYear' | 'toFiscalYear'> | undefined, today = new Date()): number[] {
  const current = fiscalYearOf(today);
  const from = plan?.fromFiscalYear ?? current;
  const to = Math.max(plan?.toFiscalYear ?? current, current);
  const out: number[] = [];
  for (let y = to; y >= from; y--) out.push(y);
  return out;
}

/**
 * The fiscal year an evaluation sheet opens on: this year while the plan runs; the plan's last year once it has
 * ended; its first year before it starts.
 */
export function sheetYear(plan: Pick<PlanSummary, 'fromFiscalYear' | 'toFiscalYear'>, today = new Date()): number {
  const current = fiscalYearOf(today);
  return Math.min(Math.max(current, plan.fromFiscalYear), plan.toFiscalYear);
}

/** The plan a committee member evaluates now: the one running this year, else the one that ended last. */
export function currentPlan<P extends Pick<PlanSummary, 'id' | 'fromFiscalYear' | 'toFiscalYear'>>(
  plans: readonly P[],
  today = new Date(),
): P | undefined {
  const current = fiscalYearOf(today);
  const started = plans.filter((p) => p.fromFiscalYear <= current);
  const running = started.filter((p) => current <= p.toFiscalYear);
  const pool = running.length > 0 ? running : started.length > 0 ? started : plans;
  return [...pool].sort((a, b) => b.toFiscalYear - a.toFiscalYear)[0];
}

export function gradeOf(grades: readonly RatingGrade[] | undefined, code: string | undefined): RatingGrade | undefined {
  return code ? grades?.find((g) => g.code === code) : undefined;
}

/** "A 順調" / "A On track"; an unknown code is shown as it is. */
export function gradeText(lang: Lang, grades: readonly RatingGrade[] | undefined, code: string | undefined): string {
  if (!code) return '';
  const g = gradeOf(grades, code);
  const label = g ? (lang === 'en' ? g.labelEn : g.labelJa) : undefined;
  return label ? `${code} ${label}` : code;
}

export function gradeDescription(lang: Lang, g: RatingGrade): string {
  return (lang === 'en' ? g.descriptionEn ?? g.descriptionJa : g.descriptionJa ?? g.descriptionEn) ?? '';
}

/** Grades in their order on the scale. */
export function sortedGrades(grades: readonly RatingGrade[] | undefined): RatingGrade[] {
  return [...(grades ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/** Plain number with up to two decimals (indicator values are numeric(14,2)). */
export function formatValue(value: number | undefined, lang: Lang, unit?: string): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const n = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  return unit ? `${n} ${unit}` : n;
}
