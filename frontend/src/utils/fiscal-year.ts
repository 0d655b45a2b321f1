export type Lang = 'ja' | 'en';

/** 元号: the Japanese eras this registry can meet, newest first. */
const ERAS = [
  { name: '令和', en: 'Reiwa', start: [2019, 5, 1] },
  { name: '平成', en: 'Heisei', start: [1989, 1, 8] },
  { name: '昭和', en: 'Showa', start: [1926, 12, 25] },
  { name: '大正', en: 'Taisho', start: [1912, 7, 30] },
  { name: '明治', en: 'Meiji', start: [1873, 1, 1] },
] as const;

type Ymd = { year: number; month: number; day: number };

/** Accepts a Date or an ISO date string ('2025-04-01' or a full timestamp). */
function toYmd(date: Date | string): Ymd {
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    date = new Date(date);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function compare(a: Ymd, b: readonly [number, number, number]): number {
  return a.year - b[0] || a.month - b[1] || a.day - b[2];
}

/** 年度: April–March, named by the year it starts in (2025-03-31 belongs to 2024). */
export function fiscalYearOf(date: Date | string): number {
  const { year, month } = toYmd(date);
  return month >= 4 ? year : year - 1;
}

/** A fiscal year in a URL path ("2026"); anything but four digits from 平成 on is not one this app has pages for. */
export function parseFiscalYear(raw: string | undefined): number | undefined {
  if (!raw || !/^\d{4}$/.test(raw)) return undefined;
  const fy = Number(raw);
  return fy >= 1989 && fy <= 2099 ? fy : undefined;
}

/** The first and last day of a fiscal year as ISO dates. */
export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` };
}

function eraYear(n: number): string {
  return n === 1 ? '元' : String(n);
}

/**
 * A fiscal year takes the era of its calendar year, as city documents do:
 * 2019 is 令和元年度 although April 2019 was still Heisei, and 1988 is 昭和63年度.
 */
export function formatFiscalYear(fiscalYear: number, lang: Lang): string {
  if (lang === 'en') return `FY${fiscalYear}`;
  const era = ERAS.find((e) => e.start[0] <= fiscalYear);
  if (!era) return `${fiscalYear}年度`;
  return `${era.name}${eraYear(fiscalYear - era.start[0] + 1)}年度`;
}

/** 令和7年度 (2025) in Japanese, where the reader may need the Western year too; FY2025 in English. */
export function formatFiscalYearBoth(fiscalYear: number, lang: Lang): string {
  return lang === 'en' ? formatFiscalYear(fiscalYear, 'en') : `${formatFiscalYear(fiscalYear, 'ja')} (${fiscalYear})`;
}

/** 和暦 for a calendar date: 2019-04-30 → 平成31年4月30日, 2019-05-01 → 令和元年5月1日. */
export function formatWarekiDate(date: Date | string, lang: Lang): string {
  const d = toYmd(date);
  if (lang === 'en') {
    return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
  }
  const era = ERAS.find((e) => compare(d, e.start) >= 0);
  if (!era) return `${d.year}年${d.month}月${d.day}日`;
  return `${era.name}${eraYear(d.year - era.start[0] + 1)}年${d.month}月${d.day}日`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A timestamp in the city's time zone, with the date in wareki for Japanese readers. */
export function formatDateTime(iso: string, lang: Lang, timeZone = 'Asia/Tokyo'): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const ymd = `${get('year')}-${get('month')}-${get('day')}`;
  return `${formatWarekiDate(ymd, lang)} ${get('hour')}:${get('minute')}`;
}

/** Today (or the given moment) as an ISO date in the city's time zone: '2025-04-01'. */
export function isoDate(date: Date = new Date(), timeZone = 'Asia/Tokyo'): string {
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );
}

/** The fiscal years offered in the filters: the next one back to 令和2年度. */
export function fiscalYearChoices(today = new Date()): number[] {
  const last = fiscalYearOf(today) + 1;
  const out: number[] = [];
  for (let y = last; y >= 2020; y--) out.push(y);
  return out;
}
