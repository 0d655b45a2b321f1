package jp.kyodo.common.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.Map;
import java.util.function.Supplier;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: representations carry {@code ETag: "<version>"}; updates must send it
 * back in {@code If-Match}. Missing → 428; stale → 412 with the current representation and its ETag.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void check(String ifMatch, long currentVersion, Supplier<Object> current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.VERSION_REQUIRED,
                    "Send If-Match with the ETag of the representation you edited", null, null, null, Map.of());
        }
        String expected = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            t = t.replace("\"", "");
            if (t.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.STALE_VERSION,
                "Someone else changed this record after you loaded it (your version " + ifMatch.trim()
                        + ", current \"" + expected + "\"). Reload, re-apply your change and save again.",
                null, null, current.get(), Map.of("ETag", "\"" + expected + "\""));
    }
}
