package jp.kyodo.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: representations carry {@code ETag: "<version>-<digest>"} ({@link Etags}); updates
 * must send it back in {@code If-Match}. The comparison is strong (quotes included, a weak tag never matches) and
 * decides on the version part: a tag of the current version matches whatever its digest, because the digest also
 * follows figures derived from other records (a district's join rate), which the client did not edit; the bare
 * {@code "<version>"} of earlier releases still matches. Missing or {@code *} → 428; stale, weak or malformed → 412
 * with the current representation and its ETag.
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
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim).toList();
        if (tags.contains("*")) {
            // RFC 9110 lets "*" match any current representation: that would be a blind overwrite.
            throw new ProblemException(ProblemType.VERSION_REQUIRED,
                    "If-Match: * is not accepted here; send the ETag of the representation you edited", null, null,
                    null, Map.of());
        }
        // Strong comparison (RFC 9110 §13.1.1): a weak tag (W/"3") never matches, and the quotes are part of it.
        for (String tag : tags) {
            Long version = Etags.version(tag);
            if (version != null && version == currentVersion) {
                return;
            }
        }
        Object representation = current.get();
        String expected = tag(currentVersion, representation);
        throw new ProblemException(ProblemType.STALE_VERSION,
                "Someone else changed this record after you loaded it (your version " + ifMatch.trim()
                        + ", current \"" + currentVersion + "\"). Reload, re-apply your change and save again.",
                null, null, representation, Map.of("ETag", expected));
    }

    /** The current representation's tag, as a GET of it sends it (the bare version when there is none to digest). */
    private static String tag(long version, Object representation) {
        if (representation == null) {
            return "\"" + version + "\"";
        }
        try {
            return Etags.record(version, Arc.container().instance(ObjectMapper.class).get().writeValueAsBytes(representation));
        } catch (JsonProcessingException e) {
            return "\"" + version + "\"";
        }
    }
}
