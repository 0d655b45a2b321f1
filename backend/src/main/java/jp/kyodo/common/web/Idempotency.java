package jp.kyodo.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.security.CurrentUser;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Idempotency-Key for POSTs from other systems (IETF draft): the same key with the same body returns the
 * first result, with a different body 422. Keys are per caller and kept in the database, so a retry may land
 * on any instance. The record is written in the same transaction as the creation it remembers.
 */
@ApplicationScoped
public class Idempotency {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String HEADER = "Idempotency-Key";
    public static final String EXAMPLE = "5f0c7a9e-3f1d-4c55-9d3b-2b7f1f0e8a11";
    public static final String DOC = "Optional. A unique key (e.g. a UUID) that makes a retried POST safe: the same key with the same body returns the first result without creating twice; with a different body → 422.";

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public <T> RestResponse<T> run(String key, Object request, Supplier<RestResponse<T>> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "at most 200 characters", "Size");
        }
        String hash = sha256(json(request));
        IdempotencyRecord previous = IdempotencyRecord.<IdempotencyRecord>find("actor = ?1 and key = ?2",
                currentUser.username(), key).firstResult();
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_MISMATCH,
                        "This Idempotency-Key was used before with a different request body");
            }
            RestResponse.ResponseBuilder<Object> b = RestResponse.ResponseBuilder.create(previous.status)
                    .type(previous.status >= 400 ? jp.kyodo.common.error.ProblemMappers.PROBLEM_JSON : MediaType.APPLICATION_JSON)
                    .entity(previous.body).header("Idempotent-Replayed", "true");
            if (previous.location != null) {
                b.location(URI.create(previous.location));
            }
            @SuppressWarnings("unchecked") // the JSON text stored at the first call, sent as it was then
            RestResponse<T> replay = (RestResponse<T>) b.build();
            return replay;
        }
        RestResponse<T> r = action.get();
        IdempotencyRecord rec = new IdempotencyRecord();
        rec.key = key;
        rec.actor = currentUser.username();
        rec.requestHash = hash;
        rec.status = r.getStatus();
        rec.location = r.getLocation() == null ? null : r.getLocation().toString();
        rec.body = json(r.getEntity());
        rec.createdAt = OffsetDateTime.now(clock);
        rec.persist();
        return r;
    }

    /**
     * A file sent as the body (an import) under an Idempotency-Key: the key stands for the data set and the file
     * (its SHA-256), and the first answer — the report or the 422 problem — is kept and sent again for a retry, which
     * imports nothing, so a late retry cannot overwrite a correction made since. A dry run changes nothing and needs
     * no key. The key also stands for the import's mode ({@code variant}, e.g. PARTIAL; null for the default
     * all-or-nothing, whose records therefore read as they did before modes existed): the same file under the same
     * key in another mode is another request (422).
     */
    public jakarta.ws.rs.core.Response file(String key, String dataset, byte[] file, boolean dryRun, String variant,
            Supplier<jakarta.ws.rs.core.Response> action) {
        return file(key, dataset, () -> Digests.sha256(file == null ? new byte[0] : file), dryRun, variant, action);
    }

    /**
     * As {@link #file(String, String, byte[], boolean, String, Supplier)}, given the file's hex SHA-256, which is
     * asked for only when the key is kept (a keyed import that is no dry run).
     */
    public jakarta.ws.rs.core.Response file(String key, String dataset, Supplier<String> fileDigest, boolean dryRun,
            String variant, Supplier<jakarta.ws.rs.core.Response> action) {
        if (key == null || dryRun) {
            return action.get();
        }
        // sorted keys: the JSON whose digest is kept must read the same on every instance (Map.of's order does not)
        java.util.Map<String, String> request = new java.util.TreeMap<>();
        request.put("dataset", dataset);
        request.put("file", fileDigest.get());
        if (variant != null) {
            request.put("mode", variant);
        }
        RestResponse<Object> answer = run(key, request, () -> {
            jakarta.ws.rs.core.Response r = action.get();
            return RestResponse.ResponseBuilder.create(r.getStatus()).type(r.getMediaType()).entity(r.getEntity()).build();
        });
        return answer.toResponse();
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        return Digests.sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
