import { describe, expect, it } from 'vitest';
import { safeNext } from './signin';

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/districts/3?x=1')).toBe('/districts/3?x=1');
  });
  it('refuses other sites and loops', () => {
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/signin')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
