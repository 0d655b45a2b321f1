package jp.kyodo.plan.publication.service;

import static jp.kyodo.plan.progress.timeline.TimelineText.japan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.text.Wareki;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.TimelineKind;
import jp.kyodo.plan.progress.timeline.TimelineSource;

/** The publications (公表) of the initiative's plan on its timeline, every revision. */
@ApplicationScoped
public class PublicationTimelineSource implements TimelineSource {

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<TimelineEntry> entries(Initiative initiative) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select p.fiscal_year, p.revision, p.published_by, p.published_at, p.note"
                + " from published_report p where p.plan_id = :plan").setParameter("plan", initiative.planId).getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            int revision = Rows.num(a[1]).intValue();
            String note = a[4] == null ? "" : "（" + a[4] + "）";
            out.add(new TimelineEntry(japan(a[3]), TimelineKind.PUBLISHED, fy, null, null, null,
                    Wareki.fiscalYear(fy) + "の報告書を公表" + (revision > 1 ? "（第" + revision + "版）" : "") + note, (String) a[2]));
        }
        return out;
    }
}
