package jp.kyodo.common.paging;

import jp.kyodo.common.error.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code sort=kana,-code} against a whitelist of keys → JPQL columns, so a caller can never sort by
 * something unindexed or inject JPQL. The entity id is always the last key, so paging is stable.
 */
public final class SortSpec {

    private SortSpec() {
    }

    public static String orderBy(String sort, Map<String, String> allowed, String defaultSort, String idColumn) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> parts = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String key = raw.trim();
            if (key.isEmpty()) {
                continue;
            }
            boolean desc = key.startsWith("-");
            if (desc || key.startsWith("+")) {
                key = key.substring(1);
            }
            String column = allowed.get(key);
            if (column == null) {
                throw ProblemException.invalid("sort", "cannot sort by '" + key + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()), "SortKey");
            }
            parts.add(column + (desc ? " desc nulls last" : " asc nulls last"));
        }
        parts.add(idColumn + " asc");
        return " order by " + String.join(", ", parts);
    }
}
