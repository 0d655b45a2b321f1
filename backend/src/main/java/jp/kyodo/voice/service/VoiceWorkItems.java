package jp.kyodo.voice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.voice.Voice;
import jp.kyodo.voice.VoiceStatus;

/**
 * The liaison's worklist: voices of their districts still to route, waiting for the section's answer, or answered and
 * still to be returned to the council (kind {@code VOICE}, due = the voice's due date).
 */
@ApplicationScoped
public class VoiceWorkItems implements WorkItemSource {

    public static final String KIND = "VOICE";

    @Inject
    EntityManager em;

    @Override
    public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Voice v join fetch v.district d where d.id in :ids and v.status <> :closed"
                + " and v.dueOn <= :limit", Voice.class)
                .setParameter("ids", districtIds).setParameter("closed", VoiceStatus.CLOSED)
                .setParameter("limit", today.plusDays(horizonDays)).getResultList().stream()
                .map(v -> new WorkItem(KIND, v.district.id, v.dueOn, v.subject, VoiceService.link(v), v.id))
                .toList();
    }
}
