package jp.kyodo.plan.evaluation.service;

import static jp.kyodo.plan.progress.timeline.TimelineText.japan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Wareki;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.TimelineKind;
import jp.kyodo.plan.progress.timeline.TimelineSource;

/**
 * The committee's evaluations of the initiative on its timeline: finalized (shown only to those who may read
 * evaluations), published, superseded by a published correction.
 */
@ApplicationScoped
public class EvaluationTimelineSource implements TimelineSource {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<TimelineEntry> entries(Initiative initiative) {
        List<TimelineEntry> out = new ArrayList<>();
        boolean mayReadDrafts = currentUser.isAdminOrOffice() || currentUser.hasRole(Roles.COMMITTEE);
        for (Object row : em.createNativeQuery("select e.fiscal_year, e.revision, e.rating, e.finalized_by, e.finalized_at,"
                + " e.published_by, e.published_at, e.superseded_at from evaluation e where e.initiative_id = :id")
                .setParameter("id", initiative.id).getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            String what = Wareki.fiscalYear(fy) + "の評価" + (a[2] == null ? "" : " " + ((String) a[2]).strip())
                    + "（第" + Rows.num(a[1]).intValue() + "版）";
            if (a[4] != null && mayReadDrafts) {
                out.add(new TimelineEntry(japan(a[4]), TimelineKind.EVALUATION, fy, null, null, null, what + "を確定", (String) a[3]));
            }
            if (a[6] != null) {
                out.add(new TimelineEntry(japan(a[6]), TimelineKind.EVALUATION, fy, null, null, null, what + "を公表", (String) a[5]));
            }
            if (a[7] != null) {
                out.add(new TimelineEntry(japan(a[7]), TimelineKind.EVALUATION, fy, null, null, null,
                        what + "は訂正の公表により改められました", null));
            }
        }
        return out;
    }
}
