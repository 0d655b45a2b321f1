package jp.kyodo.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import org.hibernate.Session;
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

    @Inject
    EntityManager em;

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

    /**
     * History entries written together: each {@link Batch#add} is what {@link #record} does — the entry's time, its
     * change-feed event and its log line, in the order of the calls — except the insert, which {@link Batch#write}
     * sends for all entries in JDBC batches. An {@link AuditEvent} persisted one by one costs a round trip each (its
     * identity id defeats Hibernate's batching) and stays in the persistence context, where every later flush checks
     * it; an import of 10,000 rows spent most of its time there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch batch() {
        return new Batch();
    }

    /** Entries collected by {@link #batch()}; {@link #write()} inserts them in the caller's transaction. */
    public final class Batch {

        /** Entries per insert statement (9 parameters each). */
        private static final int ROWS = 100;

        private final List<Object[]> rows = new ArrayList<>();
        private final String actor = currentUser.username();

        private Batch() {
        }

        public void add(String entityType, Long entityId, String parentType, Long parentId, String action,
                Object before, Object after) {
            rows.add(new Object[] {entityType, entityId, parentType, parentId, action, actor,
                    OffsetDateTime.now(clock), json(before), json(after)});
            changeFeed.record(entityType, entityId, action);
            LOG.infof("actor=%s action=%s entity=%s#%d", actor, action, entityType, entityId);
        }

        /**
         * Inserts the collected entries (on the transaction's connection, so later queries in it see them), up to
         * {@value #ROWS} per statement: one multi-row insert costs the database far less than as many single ones.
         */
        public void write() {
            if (rows.isEmpty()) {
                return;
            }
            em.unwrap(Session.class).doWork(c -> {
                int whole = rows.size() / ROWS * ROWS;
                if (whole > 0) {
                    try (PreparedStatement insert = c.prepareStatement(insert(ROWS))) {
                        for (int i = 0; i < whole; i += ROWS) {
                            bind(insert, i, ROWS);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                if (whole < rows.size()) {
                    try (PreparedStatement insert = c.prepareStatement(insert(rows.size() - whole))) {
                        bind(insert, whole, rows.size() - whole);
                        insert.executeUpdate();
                    }
                }
            });
            rows.clear();
        }

        private void bind(PreparedStatement insert, int from, int count) throws SQLException {
            int p = 0;
            for (Object[] r : rows.subList(from, from + count)) {
                insert.setString(++p, (String) r[0]);
                insert.setLong(++p, (Long) r[1]);
                insert.setString(++p, (String) r[2]);
                if (r[3] == null) {
                    insert.setNull(++p, Types.BIGINT);
                } else {
                    insert.setLong(++p, (Long) r[3]);
                }
                insert.setString(++p, (String) r[4]);
                insert.setString(++p, (String) r[5]);
                insert.setObject(++p, r[6]);
                insert.setString(++p, (String) r[7]);
                insert.setString(++p, (String) r[8]);
            }
        }

        private static String insert(int count) {
            return Rows.insertValues("insert into audit_event (entity_type, entity_id, parent_type, parent_id, action,"
                    + " actor, occurred_at, before_state, after_state) values ", 9, count);
        }
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
