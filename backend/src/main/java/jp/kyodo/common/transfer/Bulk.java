package jp.kyodo.common.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the stored records a file names in bulk: one {@code in (...)} query per 1,000 keys (a file of up to
 * 1,000 rows costs one query per kind of record, the largest file 20), never one query per row.
 */
public final class Bulk {

    static final int CHUNK = 1000;

    private Bulk() {
    }

    /** Collects a key a row names (blank cells name nothing). */
    public static void add(Set<String> keys, String value) {
        if (value != null) {
            keys.add(value);
        }
    }

    public static <T> List<T> load(Collection<String> keys, Function<List<String>, List<T>> query) {
        List<String> all = new ArrayList<>(keys);
        List<T> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            result.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return result;
    }

    public static <T> Map<String, T> byKey(Collection<String> keys, Function<List<String>, List<T>> query,
            Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T t : load(keys, query)) {
            map.put(key.apply(t), t);
        }
        return map;
    }
}
