package jp.kyodo.plan.demo;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kyodo.common.config.KyodoConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.InitiativeTarget;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.TargetKind;
import org.jboss.logging.Logger;

/**
 * Ships the Fukuoka 2009 plan (「コミュニティに関する今後の取り組み」, 平成21年4月) as sample data: every pillar,
 * direction, measure and initiative as printed, from {@code plans/fukuoka-2009.json}. Loaded at startup when no
 * plan with its code exists ({@code kyodo.sample-plan=false} turns it off).
 */
@ApplicationScoped
public class SamplePlanLoader {

    private static final Logger LOG = Logger.getLogger(SamplePlanLoader.class);
    public static final String RESOURCE = "plans/fukuoka-2009.json";

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent ev) {
        if (!config.samplePlan()) {
            return;
        }
        try {
            loadIfAbsent();
        } catch (RuntimeException e) {
            LOG.error("Could not load the sample plan; nothing was changed", e);
        }
    }

    /** Loads the sample plan in a new transaction unless a plan with its code exists; returns its id. */
    public long loadIfAbsent() {
        JsonNode root = read();
        String code = root.get("code").asText();
        return QuarkusTransaction.requiringNew().call(() -> {
            Plan existing = Plan.find("code", code).firstResult();
            if (existing != null) {
                return existing.id;
            }
            long start = System.nanoTime();
            Plan p = new Plan();
            p.code = code;
            p.name = root.get("name").asText();
            p.nameEn = text(root, "nameEn");
            p.owner = root.get("owner").asText();
            p.fromFiscalYear = root.get("fromFiscalYear").asInt();
            p.toFiscalYear = root.get("toFiscalYear").asInt();
            p.description = text(root, "description");
            p.persist();
            Map<String, Initiative> initiatives = new HashMap<>();
            for (JsonNode i : root.get("initiatives")) {
                initiatives.put(i.get("key").asText(), initiative(p, i));
            }
            int[] counts = new int[2];
            int position = 1;
            for (JsonNode n : root.get("nodes")) {
                node(p, null, n, position++, initiatives, counts);
            }
            em.flush();
            LOG.infof("Loaded the sample plan %s in %d ms: %d nodes, %d initiatives, %d placements", code,
                    (System.nanoTime() - start) / 1_000_000, counts[0], initiatives.size(), counts[1]);
            return p.id;
        });
    }

    private JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Initiative initiative(Plan p, JsonNode j) {
        Initiative i = new Initiative();
        i.planId = p.id;
        i.refKey = j.get("key").asText();
        i.title = j.get("title").asText();
        i.tag = j.hasNonNull("tag") ? InitiativeTag.valueOf(j.get("tag").asText()) : null;
        j.get("content").forEach(x -> i.points.add(x.asText()));
        j.get("notes").forEach(x -> i.notes.add(x.asText()));
        for (JsonNode t : j.get("targets")) {
            i.targets.add(new InitiativeTarget(TargetKind.valueOf(t.get("kind").asText()),
                    t.hasNonNull("fiscalYear") ? t.get("fiscalYear").asInt() : null, t.get("enhancesExisting").asBoolean(),
                    text(t, "label")));
        }
        int position = 1;
        for (JsonNode m : j.get("milestones")) {
            Milestone ms = new Milestone();
            ms.initiative = i;
            ms.position = position++;
            ms.title = m.get("title").asText();
            ms.dueFiscalYear = m.hasNonNull("dueFiscalYear") ? m.get("dueFiscalYear").asInt() : null;
            i.milestones.add(ms);
        }
        i.searchKey = TextNormalizer.searchKey(i.title, i.refKey, String.join(" ", i.points), String.join(" ", i.notes));
        i.persist();
        return i;
    }

    private void node(Plan p, PlanNode parent, JsonNode j, int position, Map<String, Initiative> initiatives, int[] counts) {
        PlanNode n = new PlanNode();
        n.planId = p.id;
        n.parentId = parent == null ? null : parent.id;
        n.depth = parent == null ? 0 : parent.depth + 1;
        n.position = position;
        n.sortPath = PlanNode.childPath(parent == null ? null : parent.sortPath, position);
        n.levelName = j.get("level").asText();
        n.code = text(j, "code");
        if (j.hasNonNull("initiative")) {
            Initiative i = initiatives.get(j.get("initiative").asText());
            if (i == null) {
                throw new IllegalStateException("unknown initiative " + j.get("initiative").asText());
            }
            n.initiative = i;
            n.title = i.title;
            n.relisted = j.path("relisted").asBoolean(false);
            counts[1]++;
        } else {
            n.title = j.get("title").asText();
            n.description = text(j, "description");
        }
        n.persist();
        em.flush();
        counts[0]++;
        int k = 1;
        for (JsonNode c : j.path("children")) {
            node(p, n, c, k++, initiatives, counts);
        }
    }

    private static String text(JsonNode j, String field) {
        return j.hasNonNull(field) && !j.get(field).asText().isBlank() ? j.get(field).asText() : null;
    }
}
