import type { Lang } from './fiscal-year';

/** 加入率 as a fraction (0.824) from its two counts; undefined when households is 0 or unknown. */
export function joinRateOf(households: number | undefined, memberHouseholds: number | undefined): number | undefined {
  if (households === undefined || memberHouseholds === undefined) return undefined;
  if (!Number.isFinite(households) || !Number.isFinite(memberHouseholds) || households <= 0) return undefined;
  return memberHouseholds / households;
}

/**
 * Formats a rate as a percentage with one decimal: 0.824 → "82.4%".
 * Rates are fractions on the wire (memberHouseholds ÷ households).
 */
export function formatPercent(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(rate * 100).toFixed(digits)}%`;
}

export function formatNumber(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(n);
}
