import { describe, expect, it } from 'vitest';
import { mergeErrors, optional, parseCount } from './form';

describe('form helpers', () => {
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

  it('prefers the browser-side message for the same field', () => {
    expect(mergeErrors({ a: 'client' }, { a: 'server', b: 'server' })).toEqual({ a: 'client', b: 'server' });
  });
});
