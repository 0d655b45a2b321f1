package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.workspace.OfficeWorkItem;
import jp.kyodo.common.workspace.OfficeWorkItemSource;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.participation.VolunteerPost;
import jp.kyodo.participation.VolunteerPostStatus;

/**
 * ボランティア募集 in the worklists: a liaison's posts with inquiries not yet relayed to the council
 * (VOLUNTEER_INQUIRY, undated) and posts the office returned (VOLUNTEER_RETURNED, due their closing day); the
 * office's posts waiting for approval (VOLUNTEER_APPROVAL, due their closing day). One statement each.
 */
@ApplicationScoped
public class VolunteerWorkItems implements WorkItemSource, OfficeWorkItemSource {

    public static final String INQUIRY = "VOLUNTEER_INQUIRY";
    public static final String RETURNED = "VOLUNTEER_RETURNED";
    public static final String APPROVAL = "VOLUNTEER_APPROVAL";

    @Inject
    EntityManager em;

    @Override
    public List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays) {
        List<WorkItem> out = new ArrayList<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        for (VolunteerPost p : em.createQuery("select p from VolunteerPost p where p.district.id in :d and (p.unrelayedCount > 0"
                + " or p.status = :returned) order by p.closesOn, p.id", VolunteerPost.class).setParameter("d", districtIds)
                .setParameter("returned", VolunteerPostStatus.RETURNED).getResultList()) {
            String link = "/volunteer-posts/" + p.id;
            if (p.unrelayedCount > 0) {
                out.add(new WorkItem(INQUIRY, p.district.id, null, p.title, link, p.id));
            }
            if (p.status == VolunteerPostStatus.RETURNED) {
                out.add(new WorkItem(RETURNED, p.district.id, p.closesOn, p.title, link, p.id));
            }
        }
        return out;
    }

    @Override
    public List<OfficeWorkItem> officeItems(LocalDate today, int horizonDays) {
        return em.createQuery("select p from VolunteerPost p join fetch p.district where p.status = :submitted order by p.closesOn, p.id",
                VolunteerPost.class).setParameter("submitted", VolunteerPostStatus.SUBMITTED).getResultList().stream()
                .map(p -> new OfficeWorkItem(APPROVAL, p.closesOn, p.district.name + " " + p.title, 1, "/volunteer-posts/" + p.id))
                .toList();
    }
}
