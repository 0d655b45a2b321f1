package jp.kyodo.plan.progress.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.common.audit.AuditEvent;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.plan.service.PlanService;

/** The audit trail of an initiative's records, as timeline sources read it (oldest first). */
@ApplicationScoped
public class InitiativeAudit {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Changes of the initiative's child records of the given type; with {@code ownUpdates}, updates of the initiative too. */
    public List<AuditEvent> events(long initiativeId, String childType, boolean ownUpdates) {
        return em.createQuery("select e from AuditEvent e where (e.parentType = :initiative and e.parentId = :id"
                + " and e.entityType = :child)" + (ownUpdates ? " or (e.entityType = :initiative and e.entityId = :id"
                        + " and e.action = '" + AuditService.UPDATE + "')" : "")
                + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("initiative", PlanService.ENTITY_INITIATIVE).setParameter("id", initiativeId)
                .setParameter("child", childType).getResultList();
    }

    /** A stored state (before or after), or null. */
    public JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(JsonNode n, String field, String otherwise) {
        return n == null || !n.hasNonNull(field) ? otherwise : n.get(field).asText();
    }
}
