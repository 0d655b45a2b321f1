package jp.kyodo.common.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Japanese text for search: NFKC (ＰＲ → PR, ２３ → 23, ﾌｸｵｶ → フクオカ), katakana → hiragana
 * (フクオカ → ふくおか), lower case, no spaces. Stored beside each name as {@code search_key}, and applied
 * to every query, so that matching is a plain LIKE that any database can index.
 */
public final class TextNormalizer {

    /** Hiragana, katakana (full or half width) and spaces; written with plain ranges so JavaScript validators read it too. */
    public static final String KANA_REGEX = "[ぁ-ゟ゠-ヿｦ-ﾟ 　]+";

    private TextNormalizer() {
    }

    public static String searchKey(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append('|');
                }
                sb.append(fold(p));
            }
        }
        return sb.toString();
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= 'ァ' && c <= 'ヶ') {
                sb.append((char) (c - 0x60));
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Kana reading for sorting: NFKC and hiragana, spaces kept out. */
    public static String reading(String kana) {
        return fold(kana);
    }

    /** Escapes LIKE wildcards so that a user's % or _ is matched literally. */
    public static String likeContains(String q) {
        String f = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + f + "%";
    }
}
