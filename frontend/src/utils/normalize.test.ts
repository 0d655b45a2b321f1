import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './normalize';

describe('normalizeForSearch', () => {
  it('folds full-width Latin letters and digits to half-width lower case', () => {
    expect(normalizeForSearch('ＰＲ')).toBe('pr');
    expect(normalizeForSearch('PR')).toBe('pr');
    expect(normalizeForSearch('２３')).toBe('23');
  });

  it('treats half-width katakana, katakana and hiragana as the same', () => {
    expect(normalizeForSearch('ﾌｸｵｶ')).toBe('ふくおか');
    expect(normalizeForSearch('フクオカ')).toBe('ふくおか');
    expect(normalizeForSearch('ふくおか')).toBe('ふくおか');
    expect(normalizeForSearch('ﾋｶﾞｼ')).toBe('ひがし');
  });

  it('drops spaces, including the ideographic space', () => {
    expect(normalizeForSearch(' 東\u3000校区 ')).toBe('東校区');
  });

  it('keeps kanji and handles the edge of the katakana range', () => {
    expect(normalizeForSearch('ヶ丘')).toBe('ゖ丘');
    expect(normalizeForSearch('ヴ')).toBe('ゔ');
    expect(normalizeForSearch('ー')).toBe('ー');
  });

  it('returns an empty string for nothing', () => {
    expect(normalizeForSearch(undefined)).toBe('');
    expect(normalizeForSearch('')).toBe('');
  });
});
