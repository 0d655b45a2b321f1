import { describe, expect, it } from 'vitest';
import { filenameOf } from './api-client';

describe('filenameOf', () => {
  it('reads the file name the server suggests', () => {
    expect(filenameOf('attachment; filename="districts-20261122.csv"')).toBe('districts-20261122.csv');
    expect(filenameOf('attachment; filename=plain.xlsx')).toBe('plain.xlsx');
    expect(filenameOf("attachment; filename=\"x.csv\"; filename*=UTF-8''%E6%A0%A1%E5%8C%BA.csv")).toBe('校区.csv');
    expect(filenameOf(null)).toBeUndefined();
    expect(filenameOf('inline')).toBeUndefined();
  });
});
