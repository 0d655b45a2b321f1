import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '@/lib/i18n';
import { describeRule, formatYen, type AmountRule } from './rule';

const words = (rule: AmountRule, lang: Lang = 'ja') => describeRule(rule, (k, p) => translate(lang, k, p), lang);

describe('describeRule', () => {
  it('writes the operating subsidy of a district council as its 交付要綱 does', () => {
    const rule: AmountRule = {
      kind: 'COMBINED',
      rounding: { unit: 1000, mode: 'DOWN' },
      cap: 300000,
      parts: [
        { kind: 'FLAT', yen: 200000 },
        { kind: 'PER_HOUSEHOLD', yenPerHousehold: 300, households: 'MEMBERS' },
      ],
    };
    expect(words(rule)).toBe('均等割 200,000円 ＋ 加入世帯 1世帯につき 300円（千円未満切捨て、上限 300,000円）');
    expect(words(rule, 'en')).toBe('Flat 200,000 yen + 300 yen per member household (rounded down to 1,000 yen, at most 300,000 yen)');
  });

  it('writes every kind, a share as a fraction, rounding and cap of a part after it', () => {
    expect(words({ kind: 'PER_HOUSEHOLD', yenPerHousehold: 12.5, households: 'ALL' })).toBe('全世帯 1世帯につき 12.5円');
    expect(words({ kind: 'PER_CAPITA', yenPerPerson: 10, rounding: { unit: 100, mode: 'HALF_UP' } })).toBe(
      '人口 1人につき 10円（百円未満四捨五入）',
    );
    expect(words({ kind: 'COST_SHARE', share: 0.5, cap: 50000 })).toBe('補助対象経費の2分の1（上限 50,000円）');
    expect(words({ kind: 'COST_SHARE', share: 0.333333 })).toBe('補助対象経費の3分の1');
    expect(words({ kind: 'COST_SHARE', share: 0.45 })).toBe('補助対象経費の45%');
    expect(words({ kind: 'COST_SHARE', share: 1, rounding: { unit: 10000, mode: 'UP' } })).toBe('補助対象経費の全額（万円未満切上げ）');
    expect(
      words({
        kind: 'PER_UNIT',
        unitPrices: { NEW: 20000, LED: 8000, other: 500 },
        labels: { NEW: '新設', LED: 'LED化' },
      }),
    ).toBe('単価 新設 20,000円、LED化 8,000円、other 500円');
    expect(
      words({
        kind: 'COMBINED',
        parts: [
          { kind: 'FLAT', yen: 50000 },
          { kind: 'PER_CAPITA', yenPerPerson: 5, cap: 100000 },
        ],
      }),
    ).toBe('均等割 50,000円 ＋ 人口 1人につき 5円（上限 100,000円）');
  });

  it('formats amounts in yen with separators', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate('ja', k, p);
    expect(formatYen(1234567, t, 'ja')).toBe('1,234,567円');
    expect(formatYen(undefined, t, 'ja')).toBe('—');
  });
});
