package jp.kyodo.common.transfer;

/**
 * CSV formula-injection guard (OWASP "CSV injection"): Excel runs a cell that starts with = + - @ as a formula,
 * so a text value that starts with one of them is written with a leading apostrophe. The import removes it
 * again, so that an export imports back unchanged. The rule is reversible: a value that itself starts with an
 * apostrophe followed by a guarded value gets a second one.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String protect(String v) {
        return needsGuard(v) ? "'" + v : v;
    }

    public static String unprotect(String v) {
        return v != null && v.length() > 1 && v.charAt(0) == '\'' && needsGuard(v.substring(1)) ? v.substring(1) : v;
    }

    static boolean needsGuard(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        return c == '\'' && needsGuard(v.substring(1));
    }
}
