import { enumLabel, type TFunction } from '@/lib/i18n';
import { formatWarekiDate, type Lang } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import '../i18n';

/*
 * The words the 加入促進 screens use for codes (一括加入, 訪問, 申請中, ウェルカムパック — never BLOCK_JOIN), counts with
 * their unit, rates and changes of the rate in points. An unknown code (the API may add one) is shown as it is.
 */

export const outcomeLabel = (t: TFunction, outcome: string) => enumLabel(t, 'jp.outcome', outcome);
/** The outcome as a choice of the form: what it means, in a few words. */
export const outcomeChoiceLabel = (t: TFunction, outcome: string) => enumLabel(t, 'jp.outcomeChoice', outcome);
export const channelLabel = (t: TFunction, channel: string) => enumLabel(t, 'jp.channel', channel);
export const stageLabel = (t: TFunction, stage: string) => enumLabel(t, 'jp.stage', stage);
export const leafletKindLabel = (t: TFunction, kind: string) => enumLabel(t, 'jp.leafletKind', kind);
export const measureLabel = (t: TFunction, measure: string) => enumLabel(t, 'jp.measure', measure);

/** 48戸 (48 units). */
export const formatUnits = (n: number, t: TFunction, lang: Lang) => t('jp.units', { n: formatNumber(n, lang) });

/** 82.4% from a percentage the API sends (78.4, not 0.784); — without one. */
export function formatRate(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '—';
  return `${percent.toFixed(1)}%`;
}

/** A number of points with its sign: +0.7, −1.9, ±0.0 (a real minus sign, so it reads as one). */
export function signedPoints(points: number, digits = 1): string {
  const text = Math.abs(points).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return points > 0 ? `+${text}` : `−${text}`;
}

/** A change of the rate in words: +0.7ポイント (0.7 points up); — without one. */
export function formatChange(points: number | null | undefined, t: TFunction, digits = 1): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return '—';
  return t('jp.points', { n: signedPoints(points, digits) });
}

/** Which way the rate moved (a class for its colour, and the words a screen reader hears beside the sign). */
export function direction(points: number | null | undefined): 'up' | 'down' | 'flat' | undefined {
  if (points === null || points === undefined || !Number.isFinite(points)) return undefined;
  if (Math.abs(points) < 0.05) return 'flat';
  return points > 0 ? 'up' : 'down';
}

/** 2026-04 → 令和8年4月 (Apr 2026 in English). */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  if (lang === 'en') return formatWarekiDate(`${month}-01`, 'en').replace(/^1 /, '');
  return formatWarekiDate(`${month}-01`, 'ja').replace(/1日$/, '');
}
