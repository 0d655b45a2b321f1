/**
 * Folds text for search exactly like the backend's TextNormalizer.fold:
 * NFKC (ＰＲ → PR, ２３ → 23, ﾌｸｵｶ → フクオカ), lower case, katakana → hiragana
 * (フクオカ → ふくおか), whitespace removed. Keeping both sides identical means the
 * filter a user sees highlighted is the filter the server applied.
 */
export function normalizeForSearch(text: string | null | undefined): string {
  if (!text) return '';
  const n = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    // ァ (U+30A1) … ヶ (U+30F6) → ぁ … ゖ, the same range the backend shifts.
    if (c >= 0x30a1 && c <= 0x30f6) {
      out += String.fromCharCode(c - 0x60);
    } else if (isJavaWhitespace(c)) {
      continue;
    } else {
      out += n[i];
    }
  }
  return out;
}

/** Character.isWhitespace in Java, plus the ideographic space the backend drops explicitly. */
function isJavaWhitespace(c: number): boolean {
  if (c === 0x3000) return true;
  if ((c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20)) return true;
  if (c === 0x00a0 || c === 0x2007 || c === 0x202f) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f;
}
