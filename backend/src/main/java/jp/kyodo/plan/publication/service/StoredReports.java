package jp.kyodo.plan.publication.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.common.web.Etags;
import jp.kyodo.plan.publication.PublishedReport;
import org.jboss.logging.Logger;

/**
 * What serving a stored snapshot needs, computed once when it is written rather than on every read: the digest of its
 * JSON and the place of {@code revisions} in it. The public answer is the stored JSON with the year's list of
 * revisions inserted after {@code note} (or after {@code publishedAt} when the revision has no note), which is where
 * the answer has always had it.
 */
@ApplicationScoped
public class StoredReports {

    private static final Logger LOG = Logger.getLogger(StoredReports.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /**
     * Stores the snapshot in the form the public answer has always had, then fills in {@code contentDigest} and
     * {@code revisionsAt}. That form is the JSON read back and written again, which is what the answer did on every
     * read: a decimal becomes a double ({@code 4.00} → {@code 4.0}). The value is the same; the bytes are those sent.
     */
    public void complete(PublishedReport r) {
        try {
            r.content = mapper.writeValueAsString(mapper.readTree(r.content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.contentDigest = Etags.digest(r.content.getBytes(StandardCharsets.UTF_8));
        r.revisionsAt = revisionsAt(r.content);
    }

    /**
     * The char index in a compact JSON object at which {@code ,"revisions":…} goes: just after the value of
     * {@code note}, else of {@code publishedAt}, else before the closing brace. The end of a value is where the next
     * member's comma is, found from the token after it, so no value needs to be read.
     */
    int revisionsAt(String json) {
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a published report is a JSON object");
            }
            int afterNote = -1;
            int afterPublishedAt = -1;
            String previous = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
                    // where the previous member ends: the comma before this one (the token's location is at or just
                    // inside its name's opening quote), or the closing brace
                    int end = previous == null ? -1 : t == JsonToken.END_OBJECT ? json.lastIndexOf('}')
                            : json.lastIndexOf(',', (int) p.currentTokenLocation().getCharOffset());
                    if (previous != null && (end < 0
                            || (t == JsonToken.FIELD_NAME && !json.startsWith(",\"" + p.currentName() + "\":", end)))) {
                        throw new IllegalStateException("a published report is stored compact");
                    }
                    if ("note".equals(previous)) {
                        afterNote = end;
                    } else if ("publishedAt".equals(previous)) {
                        afterPublishedAt = end;
                    }
                    if (t == JsonToken.END_OBJECT) {
                        return afterNote >= 0 ? afterNote : afterPublishedAt >= 0 ? afterPublishedAt : json.lastIndexOf('}');
                    }
                    if (p.currentName().equals("revisions")) {
                        throw new IllegalStateException("a published report is stored without its revisions");
                    }
                    previous = p.currentName();
                    p.nextToken();
                    p.skipChildren();
                }
            }
            throw new IllegalStateException("a published report's JSON ends early");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Revisions published before these columns existed get them at the first start (and never again). */
    @Transactional
    public void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent ev) {
        List<PublishedReport> missing = em.createQuery("from PublishedReport r where r.contentDigest is null or r.revisionsAt is null",
                PublishedReport.class).getResultList();
        for (PublishedReport r : missing) {
            try {
                complete(r);
            } catch (RuntimeException e) {
                // never keep the app from starting: the read of that one revision fails instead, and says why in the log
                LOG.warnf(e, "Published report %d: its digest and layout could not be computed", r.id);
            }
        }
        if (!missing.isEmpty()) {
            LOG.infof("Published reports: computed the digest and layout of %d stored revisions", missing.size());
        }
    }
}
