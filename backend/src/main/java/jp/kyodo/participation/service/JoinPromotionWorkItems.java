package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.participation.BuildingOutcome;
import jp.kyodo.participation.NewBuilding;

/**
 * The liaison's worklist: new buildings of their districts whose developer nobody has contacted yet, due
 * {@value #CONTACT_DAYS} days after the notice (NEW_BUILDING_CONTACT) — the notice stage is when the developer can
 * still plan the residents' joining. One statement.
 */
@ApplicationScoped
public class JoinPromotionWorkItems implements WorkItemSource {

    public static final String CONTACT = "NEW_BUILDING_CONTACT";
    public static final int CONTACT_DAYS = 30;

    @Inject
    EntityManager em;

    @Override
    public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from NewBuilding b where b.district.id in :d and b.contactCount = 0 and b.outcome = :pending"
                + " and b.noticeOn <= :limit order by b.noticeOn, b.id", NewBuilding.class).setParameter("d", districtIds)
                .setParameter("pending", BuildingOutcome.PENDING).setParameter("limit", today.plusDays(horizonDays - CONTACT_DAYS))
                .getResultList().stream().map(b -> new WorkItem(CONTACT, b.district.id, b.noticeOn.plusDays(CONTACT_DAYS), b.name,
                        "/new-buildings/" + b.id, b.id)).toList();
    }
}
