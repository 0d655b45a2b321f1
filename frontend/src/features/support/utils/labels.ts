import { enumLabel, type TFunction } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear, isoDate, type Lang } from '@/utils/fiscal-year';
import type { SupportAudience } from '../api/support';
import '../i18n';

/*
 * The words the screens use for the catalogue's codes: nobody reads SUBSIDY or FINANCIAL, they read 補助金 and 財政支援.
 * An unknown code (the API may add one) is shown as it is rather than hidden.
 */

export const categoryLabel = (t: TFunction, category: string) => enumLabel(t, 'support.category', category);
export const kindLabel = (t: TFunction, kind: string) => enumLabel(t, 'support.kind', kind);
export const audienceLabel = (t: TFunction, audience: string) => enumLabel(t, 'support.audience', audience);

/**
 * Whom a section's programs are for, as the print writes it under the section's name: 地域コミュニティ組織等, or both
 * audiences one after the other when they are mixed (両方 reads as nothing under a name).
 */
export function audiencesText(t: TFunction, audiences: readonly SupportAudience[]): string {
  const of = new Set<string>();
  for (const a of audiences) {
    if (a === 'BOTH') {
      of.add('CIVIC');
      of.add('COMMUNITY');
    } else {
      of.add(a);
    }
  }
  const ordered = ['CIVIC', 'COMMUNITY'].filter((a) => of.has(a));
  const others = [...of].filter((a) => !ordered.includes(a));
  return [...ordered, ...others].map((a) => audienceLabel(t, a)).join(t('support.audienceSep'));
}

/** This fiscal year in Japan (April–March), whatever the browser's time zone. */
export function currentFiscalYear(today: Date = new Date()): number {
  return fiscalYearOf(isoDate(today));
}

/** Editions the API knows (2000–2100): the bounds of the year links. */
export const FIRST_EDITION = 2000;
export const LAST_EDITION = 2100;

/** 市の基本施策に対応する事業一覧（令和8年度版）: the title of an edition, on its page, its print and its grants. */
export function catalogTitle(t: TFunction, lang: Lang, fiscalYear: number): string {
  return t('support.public.title', { year: formatFiscalYear(fiscalYear, lang) });
}
