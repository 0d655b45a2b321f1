import { describe, expect, it } from 'vitest';
import { brokenRules } from '../utils/request-values';
import { readRequestParams } from './request-list';

describe('request rules as you type', () => {
  const base = { kind: 'NOTICE' as const, headCount: '', mandatory: false, asks: [] };
  it('names each refusal rule a notice breaks, and none for a request for cooperation', () => {
    expect(brokenRules(base)).toEqual({});
    expect(brokenRules({ ...base, headCount: '5' })).toEqual({ NOTICE_NO_HEAD_COUNT: 'headCount' });
    expect(brokenRules({ ...base, mandatory: true, asks: ['PROGRAM'] })).toEqual({
      NOTICE_NOT_MANDATORY: 'mandatory',
      NOTICE_NO_PROGRAM: 'asks',
    });
    expect(brokenRules({ ...base, kind: 'COOPERATION', headCount: '5', mandatory: true })).toEqual({});
  });
});

describe('request list URL', () => {
  it('reads the filters and ignores unknown values', () => {
    expect(readRequestParams(new URLSearchParams('kind=NOTICE&fy=2025&section=3&decision=BAD&page=2'))).toEqual({
      page: 2,
      size: 20,
      kind: 'NOTICE',
      fiscalYear: 2025,
      sectionId: 3,
    });
  });
});
