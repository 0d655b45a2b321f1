package jp.kyodo.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.changes.ChangeFeed;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Writes the audit trail in the same transaction as the change, and a log line that says who did what
 * (ids only — never personal data).
 */
@ApplicationScoped
public class AuditService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    /** Fields that hold personal data: redacted from history for callers who may not read them. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("personName", "personKana", "phone", "address",
            "contactName", "contactPhone", "contactAddress", "contactEmail", "email");

    /** Shown in every update even when unchanged, so an entry says which year or role it was about. */
    static final Set<String> CONTEXT_FIELDS = Set.of("fiscalYear");

    private static final Logger LOG = Logger.getLogger("jp.kyodo.audit");

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChangeFeed changeFeed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Long entityId, String parentType, Long parentId, String action,
            Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.entityType = entityType;
        e.entityId = entityId;
        e.parentType = parentType;
        e.parentId = parentId;
        e.action = action;
        e.actor = currentUser.username();
        e.occurredAt = OffsetDateTime.now(clock);
        e.beforeState = json(before);
        e.afterState = json(after);
        e.persist();
        changeFeed.record(entityType, entityId, action);
        LOG.infof("actor=%s action=%s entity=%s#%d", e.actor, action, entityType, entityId);
    }

    /** History of a record, including its children's events (officers and figures of an organization). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEventResponse> history(String entityType, Long entityId, PageParams p, boolean showPersonal) {
        String where = "(entityType = ?1 and entityId = ?2) or (parentType = ?1 and parentId = ?2)";
        long total = AuditEvent.count(where, entityType, entityId);
        List<AuditEvent> events = AuditEvent.<AuditEvent>find(where + " order by occurredAt desc, id desc",
                entityType, entityId).page(p.page - 1, p.size).list();
        return new Page<>(events.stream().map(e -> toResponse(e, showPersonal)).toList(), total, p.page, p.size);
    }

    AuditEventResponse toResponse(AuditEvent e, boolean showPersonal) {
        JsonNode before = parse(e.beforeState);
        JsonNode after = parse(e.afterState);
        Set<String> fields = new LinkedHashSet<>();
        addFields(fields, before);
        addFields(fields, after);
        List<AuditEventResponse.Change> changes = new ArrayList<>();
        for (String f : fields) {
            if (f.equals("version") || f.equals("permissions")) {
                continue;
            }
            JsonNode b = before == null ? null : before.get(f);
            JsonNode a = after == null ? null : after.get(f);
            // unchanged fields are left out of an update, except those that say which record it was
            if (Objects.equals(b, a) && e.action.equals(UPDATE) && !CONTEXT_FIELDS.contains(f)) {
                continue;
            }
            if (!showPersonal && PERSONAL_FIELDS.contains(f)) {
                b = b == null || b.isNull() ? b : mapper.getNodeFactory().textNode("***");
                a = a == null || a.isNull() ? a : mapper.getNodeFactory().textNode("***");
            }
            changes.add(new AuditEventResponse.Change(f, nullIfMissing(b), nullIfMissing(a)));
        }
        return new AuditEventResponse(e.id, e.entityType, e.entityId, e.action, e.actor, e.occurredAt, changes);
    }

    private static JsonNode nullIfMissing(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    private static void addFields(Set<String> fields, JsonNode n) {
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                fields.add(it.next());
            }
        }
    }

    private String json(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private JsonNode parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return mapper.readTree(s);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
