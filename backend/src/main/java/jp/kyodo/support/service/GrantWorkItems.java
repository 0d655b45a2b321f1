package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.support.GrantCase;
import jp.kyodo.support.GrantStatus;

/**
 * The liaison's worklist: the grant cases of their districts whose next paperwork is due within the horizon or late —
 * the business plan or the application not yet handed in, the results report of a decided case (kind
 * {@code GRANT_DEADLINE}, due = the program's deadline) — and the cases whose results report is in and whose on-site
 * inspection is still to be done (kind {@code GRANT_INSPECTION}, undated). One statement for all districts.
 */
@ApplicationScoped
public class GrantWorkItems implements WorkItemSource {

    public static final String DEADLINE = "GRANT_DEADLINE";
    public static final String INSPECTION = "GRANT_INSPECTION";

    @Inject
    EntityManager em;

    @Override
    public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        LocalDate limit = today.plusDays(horizonDays);
        List<GrantCase> found = em.createQuery("select c from GrantCase c join fetch c.program p join fetch c.organization o "
                + "where o.district.id in :ids and (c.status = :reported or (c.status = :awaiting and (p.planDueOn <= :limit "
                + "or (p.planDueOn is null and p.applicationDueOn <= :limit))) or (c.status = :planned and p.applicationDueOn <= :limit) "
                + "or (c.status = :decided and p.resultsDueOn <= :limit))", GrantCase.class)
                .setParameter("ids", districtIds).setParameter("limit", limit)
                .setParameter("reported", GrantStatus.REPORTED).setParameter("awaiting", GrantStatus.AWAITING_PLAN)
                .setParameter("planned", GrantStatus.PLAN_RECEIVED).setParameter("decided", GrantStatus.DECIDED)
                .getResultList();
        List<WorkItem> out = new ArrayList<>();
        for (GrantCase c : found) {
            String title = c.program.name + "：" + c.organization.name;
            String link = "/grant-cases/" + c.id;
            if (c.status == GrantStatus.REPORTED) {
                out.add(new WorkItem(INSPECTION, c.organization.districtId(), null, title, link, c.id));
            } else {
                out.add(new WorkItem(DEADLINE, c.organization.districtId(), GrantCases.nextDue(c), title, link, c.id));
            }
        }
        return out;
    }
}
