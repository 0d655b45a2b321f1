import { describe, expect, it } from 'vitest';
import {
  fiscalYearOf,
  fiscalYearRange,
  formatDateTime,
  formatFiscalYear,
  formatFiscalYearBoth,
  formatWarekiDate,
  parseFiscalYear,
} from './fiscal-year';

describe('fiscalYearOf', () => {
  it('starts the fiscal year in April', () => {
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2026-01-15')).toBe(2025);
    expect(fiscalYearOf(new Date(2025, 11, 31))).toBe(2025);
  });

  it('gives the range of a fiscal year', () => {
    expect(fiscalYearRange(2009)).toEqual({ from: '2009-04-01', to: '2010-03-31' });
  });
});

describe('formatFiscalYear', () => {
  it('names fiscal years in wareki', () => {
    expect(formatFiscalYear(2009, 'ja')).toBe('平成21年度');
    expect(formatFiscalYear(2019, 'ja')).toBe('令和元年度');
    expect(formatFiscalYear(2025, 'ja')).toBe('令和7年度');
    expect(formatFiscalYear(2018, 'ja')).toBe('平成30年度');
    expect(formatFiscalYear(1989, 'ja')).toBe('平成元年度');
    expect(formatFiscalYear(1988, 'ja')).toBe('昭和63年度');
  });

  it('uses FY in English', () => {
    expect(formatFiscalYear(2009, 'en')).toBe('FY2009');
  });

  it('shows both where the reader needs the Western year', () => {
    expect(formatFiscalYearBoth(2025, 'ja')).toBe('令和7年度 (2025)');
    expect(formatFiscalYearBoth(2025, 'en')).toBe('FY2025');
  });
});

describe('formatWarekiDate', () => {
  it('switches era on the day the era began', () => {
    expect(formatWarekiDate('2019-04-30', 'ja')).toBe('平成31年4月30日');
    expect(formatWarekiDate('2019-05-01', 'ja')).toBe('令和元年5月1日');
    expect(formatWarekiDate('1989-01-07', 'ja')).toBe('昭和64年1月7日');
    expect(formatWarekiDate('1989-01-08', 'ja')).toBe('平成元年1月8日');
  });

  it('writes English dates day first', () => {
    expect(formatWarekiDate('2025-04-01', 'en')).toBe('1 Apr 2025');
  });

  it('formats timestamps in the city time zone', () => {
    expect(formatDateTime('2025-03-31T16:30:00Z', 'ja')).toBe('令和7年4月1日 01:30');
    expect(formatDateTime('2025-03-31T16:30:00Z', 'en')).toBe('1 Apr 2025 01:30');
  });
});

describe('parseFiscalYear', () => {
  it('takes four digits in the range the app has pages for', () => {
    expect(parseFiscalYear('2026')).toBe(2026);
    expect(parseFiscalYear('26')).toBeUndefined();
    expect(parseFiscalYear('2026x')).toBeUndefined();
    expect(parseFiscalYear('1900')).toBeUndefined();
    expect(parseFiscalYear(undefined)).toBeUndefined();
  });
});
