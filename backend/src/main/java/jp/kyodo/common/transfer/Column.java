package jp.kyodo.common.transfer;

import java.util.List;

/**
 * One column of an import/export file: its stable English key (the header in row 1 of every export), the
 * Japanese label staff may use instead on import, and how the import treats it.
 */
public record Column(String key, String labelJa, Type type, Use use, int width, String description, String example,
        List<String> aliases) {

    /** How a cell is written and read. */
    public enum Type {
        /** Text as is (trimmed on import). */
        TEXT,
        /** Whole number; full-width digits and thousands separators are accepted on import. */
        INTEGER,
        /** ISO date yyyy-MM-dd (yyyy/M/d and real Excel dates are accepted on import). */
        DATE,
        /** true/false (TRUE/FALSE, 1/0, はい/いいえ are accepted on import). */
        BOOLEAN
    }

    /** What the import does with the column. */
    public enum Use {
        /** Part of the natural key: must be in the header, never blank. */
        KEY,
        /** Must have a value; may be left out of the file only when every row updates an existing record. */
        REQUIRED,
        /** May be blank (blank clears the stored value). */
        OPTIONAL,
        /** Written by the export for reading convenience; ignored by the import. */
        EXPORT_ONLY
    }

    public Column {
        aliases = List.copyOf(aliases);
    }

    public boolean imported() {
        return use != Use.EXPORT_ONLY;
    }

    /** Japanese wording of {@link #use()} for the legend sheet. */
    public String useLabel() {
        return switch (use) {
            case KEY -> "キー (必須) / key";
            case REQUIRED -> "必須 / required";
            case OPTIONAL -> "任意 / optional";
            case EXPORT_ONLY -> "出力のみ (取込では無視) / export only";
        };
    }

    /** Japanese wording of {@link #type()} for the legend sheet. */
    public String typeLabel() {
        return switch (type) {
            case TEXT -> "文字 / text";
            case INTEGER -> "整数 / whole number";
            case DATE -> "日付 yyyy-MM-dd / date";
            case BOOLEAN -> "true / false (1/0, はい/いいえ)";
        };
    }
}
