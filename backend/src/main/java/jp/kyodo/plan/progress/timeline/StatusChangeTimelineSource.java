package jp.kyodo.plan.progress.timeline;

import static jp.kyodo.plan.progress.timeline.TimelineText.STATUS_JA;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.audit.AuditEvent;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.TimelineKind;
import jp.kyodo.plan.progress.service.ProgressService;
import jp.kyodo.plan.progress.timeline.ReportTimelineSource.ReportChange;

/** A progress report's status changed: one STATUS_CHANGED entry per change, from the audit trail. */
@ApplicationScoped
public class StatusChangeTimelineSource implements TimelineSource {

    @Inject
    InitiativeAudit audit;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<TimelineEntry> entries(Initiative initiative) {
        List<TimelineEntry> out = new ArrayList<>();
        for (AuditEvent e : audit.events(initiative.id, ProgressService.ENTITY, false)) {
            if (!AuditService.UPDATE.equals(e.action)) {
                continue;
            }
            ReportChange c = ReportChange.of(e, audit);
            if (c.was() != c.is()) {
                out.add(new TimelineEntry(c.at(), TimelineKind.STATUS_CHANGED, c.fiscalYear(), c.half(), c.is(), c.was(),
                        c.period() + "の進捗報告: " + STATUS_JA.get(c.was()) + " → " + STATUS_JA.get(c.is()), e.actor));
            }
        }
        return out;
    }
}
