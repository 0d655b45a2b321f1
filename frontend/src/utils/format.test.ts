import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, joinRateOf } from './format';

describe('join rate', () => {
  it('is member households over households', () => {
    expect(joinRateOf(1000, 824)).toBeCloseTo(0.824);
    expect(formatPercent(joinRateOf(1000, 824))).toBe('82.4%');
  });

  it('is unknown without households', () => {
    expect(joinRateOf(0, 0)).toBeUndefined();
    expect(joinRateOf(undefined, 3)).toBeUndefined();
    expect(formatPercent(undefined)).toBe('—');
  });

  it('rounds to one decimal', () => {
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(1)).toBe('100.0%');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(12345, 'ja')).toBe('12,345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });
});
