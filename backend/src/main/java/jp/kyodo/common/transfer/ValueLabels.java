package jp.kyodo.common.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.kyodo.common.text.TextNormalizer;

/**
 * 表示名での出力 ({@code labels=ja}): turns the coded values of an export's rows into the Japanese labels the screens
 * show and the import reads back — per column a code → label table, for list columns ({@code a;b}) value by value,
 * and true/false of every BOOLEAN column as はい/いいえ. Only what the import can read back is written as a label: a
 * label two codes share, or one holding a list separator, stays a code, so an export with labels imports unchanged.
 * Rows are changed in place (they are the export's own arrays).
 */
public final class ValueLabels {

    /** Separators of list cells (the importers split on any of them). */
    static final Pattern LIST_SEPARATOR = Pattern.compile("[;,、\\n]");

    public static final String YES = "はい";
    public static final String NO = "いいえ";

    private final List<Column> columns;
    private final Map<Integer, Function<Object, Object>> byIndex;

    private ValueLabels(List<Column> columns, Map<Integer, Function<Object, Object>> byIndex) {
        this.columns = columns;
        this.byIndex = byIndex;
    }

    /** Labels for a data set: booleans only, until {@link #column} and {@link #list} add tables. */
    public static ValueLabels of(DatasetSpec dataset) {
        Map<Integer, Function<Object, Object>> m = new LinkedHashMap<>();
        List<Column> cols = dataset.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).type() == Column.Type.BOOLEAN) {
                m.put(i, v -> v instanceof Boolean b ? (b ? YES : NO) : v);
            }
        }
        return new ValueLabels(cols, m);
    }

    /** A column of one code per cell (a String or an enum's name), written as its label. */
    public ValueLabels column(String key, Map<String, String> labelByCode) {
        Map<String, String> safe = readable(labelByCode);
        return with(key, v -> {
            String code = v instanceof Enum<?> e ? e.name() : v == null ? null : v.toString();
            return code == null ? null : safe.getOrDefault(code, code);
        });
    }

    /** A column of codes separated by ; — each written as its label, joined by ; again. */
    public ValueLabels list(String key, Map<String, String> labelByCode) {
        Map<String, String> safe = readable(labelByCode);
        return with(key, v -> {
            if (v == null || v.toString().isEmpty()) {
                return v;
            }
            List<String> out = new ArrayList<>();
            for (String code : v.toString().split(";")) {
                out.add(safe.getOrDefault(code, code));
            }
            return String.join(";", out);
        });
    }

    /** The labels of an enum's constants. */
    public static <E extends Enum<E>> Map<String, String> labels(Class<E> type, Function<E, String> label) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), label.apply(e));
        }
        return m;
    }

    /** Labels the rows in place; returns them. */
    public List<Object[]> apply(List<Object[]> rows) {
        for (Object[] row : rows) {
            byIndex.forEach((i, f) -> row[i] = f.apply(row[i]));
        }
        return rows;
    }

    private ValueLabels with(String key, Function<Object, Object> f) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                Map<Integer, Function<Object, Object>> m = new LinkedHashMap<>(byIndex);
                m.put(i, f);
                return new ValueLabels(columns, m);
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }

    /** The labels the import can tell apart: none blank, shared (after folding) or holding a list separator. */
    static Map<String, String> readable(Map<String, String> labelByCode) {
        Map<String, Integer> uses = new HashMap<>();
        labelByCode.values().forEach(l -> {
            if (l != null) {
                uses.merge(TextNormalizer.fold(l), 1, Integer::sum);
            }
        });
        Set<String> codes = new HashSet<>();
        labelByCode.keySet().forEach(c -> codes.add(TextNormalizer.fold(c)));
        Map<String, String> out = new HashMap<>();
        labelByCode.forEach((code, label) -> {
            if (label != null && !label.isBlank() && uses.get(TextNormalizer.fold(label)) == 1
                    && !codes.contains(TextNormalizer.fold(label)) && !LIST_SEPARATOR.matcher(label).find()) {
                out.put(code, label);
            }
        });
        return out;
    }
}
