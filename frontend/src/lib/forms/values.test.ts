import { describe, expect, it } from 'vitest';
import { optional, parseCount } from './values';

describe('form values', () => {
  it('reads counts typed with full-width digits and separators', () => {
    expect(parseCount('１，２３４')).toBe(1234);
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('-3')).toBeUndefined();
    expect(parseCount('1.5')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
  });

  it('treats blank as absent', () => {
    expect(optional('  ')).toBeUndefined();
    expect(optional(' a ')).toBe('a');
  });
});
