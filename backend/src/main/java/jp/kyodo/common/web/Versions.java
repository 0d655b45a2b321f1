package jp.kyodo.common.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: representations carry {@code ETag: "<version>"}; updates must send it
 * back in {@code If-Match}, compared strongly. Missing or {@code *} → 428; stale or weak → 412 with the current
 * representation and its ETag.
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
        String expected = "\"" + currentVersion + "\"";
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim).toList();
        if (tags.contains("*")) {
            // RFC 9110 lets "*" match any current representation: that would be a blind overwrite.
            throw new ProblemException(ProblemType.VERSION_REQUIRED,
                    "If-Match: * is not accepted here; send the ETag of the representation you edited", null, null,
                    null, Map.of());
        }
        // Strong comparison (RFC 9110 §13.1.1): a weak tag (W/"3") never matches, and the quotes are part of it.
        if (tags.contains(expected)) {
            return;
        }
        throw new ProblemException(ProblemType.STALE_VERSION,
                "Someone else changed this record after you loaded it (your version " + ifMatch.trim()
                        + ", current " + expected + "). Reload, re-apply your change and save again.",
                null, null, current.get(), Map.of("ETag", expected));
    }
}
