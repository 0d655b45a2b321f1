package jp.kyodo.common.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query parameters of an export, by name (e.g. wardId, q): the export operations declare them, the
 * {@link Exporter} of the data set reads those it knows. Absent and null parameters are the same.
 */
public final class ExportFilter {

    private final Map<String, Object> values;

    private ExportFilter(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Pairs of name and value: {@code of("wardId", wardId, "q", q)}. */
    public static ExportFilter of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new ExportFilter(m);
    }

    public Long id(String name) {
        return (Long) values.get(name);
    }

    public Integer integer(String name) {
        return (Integer) values.get(name);
    }

    /** The text, or null when absent or blank. */
    public String text(String name) {
        Object v = values.get(name);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }
}
