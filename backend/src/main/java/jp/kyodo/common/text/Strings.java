package jp.kyodo.common.text;

public final class Strings {
    private Strings() {
    }

    /** Trimmed text, or null when there is none: "absent means unknown" in stored data. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
