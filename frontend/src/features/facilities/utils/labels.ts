import { enumLabel, type TFunction } from '@/lib/i18n';
import type { Lang } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import '../i18n';

/*
 * The words the facility screens use for codes (校区コミュニティセンター, 市, 修繕 — never COMMUNITY_CENTER), amounts in yen
 * and years with their era. An unknown code (the API may add one) is shown as it is rather than hidden.
 */

export const facilityKindLabel = (t: TFunction, kind: string) => enumLabel(t, 'facility.kind', kind);
export const ownerLabel = (t: TFunction, owner: string) => enumLabel(t, 'facility.owner', owner);
export const workKindLabel = (t: TFunction, kind: string) => enumLabel(t, 'facility.workKind', kind);

/** 1,600,000円 (¥1,600,000 in English); — when there is no amount. */
export function formatYen(yen: number | null | undefined, t: TFunction, lang: Lang): string {
  if (yen === null || yen === undefined) return '—';
  return t('facility.yen', { n: formatNumber(yen, lang) });
}

/** 元号 by the year they began (a year belongs to the era it ends in, as a building's year is written: 1989 → 平成元年). */
const ERAS = [
  { name: '令和', start: 2019 },
  { name: '平成', start: 1989 },
  { name: '昭和', start: 1926 },
  { name: '大正', start: 1912 },
  { name: '明治', start: 1868 },
] as const;

/** 1998年（平成10年）; 1998 in English. */
export function formatYearWareki(year: number, lang: Lang): string {
  if (lang === 'en') return String(year);
  const era = ERAS.find((e) => e.start <= year);
  if (!era) return `${year}年`;
  const n = year - era.start + 1;
  return `${year}年（${era.name}${n === 1 ? '元' : n}年）`;
}
