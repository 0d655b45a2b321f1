package jp.kyodo.plan.progress.timeline;

import static jp.kyodo.plan.progress.timeline.TimelineText.STATUS_JA;
import static jp.kyodo.plan.progress.timeline.TimelineText.japan;
import static jp.kyodo.plan.progress.timeline.TimelineText.period;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.common.audit.AuditEvent;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.ProgressReport;
import jp.kyodo.plan.progress.ProgressStatus;
import jp.kyodo.plan.progress.TimelineKind;
import jp.kyodo.plan.progress.service.ProgressService;

/**
 * Progress reports written, changed (status kept) and deleted, from the audit trail; reports loaded as seed data
 * (no audit event) at the time they carry. Status changes are {@link StatusChangeTimelineSource}'s.
 */
@ApplicationScoped
public class ReportTimelineSource implements TimelineSource {

    @Inject
    InitiativeAudit audit;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<TimelineEntry> entries(Initiative initiative) {
        List<TimelineEntry> out = new ArrayList<>();
        Set<Long> created = new HashSet<>();
        for (AuditEvent e : audit.events(initiative.id, ProgressService.ENTITY, false)) {
            ReportChange c = ReportChange.of(e, audit);
            switch (e.action) {
                case AuditService.CREATE -> {
                    created.add(e.entityId);
                    out.add(new TimelineEntry(c.at(), TimelineKind.REPORT_CREATED, c.fiscalYear(), c.half(), c.is(), null,
                            c.period() + "の進捗報告（" + STATUS_JA.get(c.is()) + "）", e.actor));
                }
                case AuditService.DELETE -> out.add(new TimelineEntry(c.at(), TimelineKind.REPORT_DELETED, c.fiscalYear(), c.half(),
                        null, c.was(), c.period() + "の進捗報告を削除", e.actor));
                default -> {
                    if (c.was() == c.is()) {
                        out.add(new TimelineEntry(c.at(), TimelineKind.REPORT_UPDATED, c.fiscalYear(), c.half(), c.is(), null,
                                c.period() + "の進捗報告を更新（" + STATUS_JA.get(c.is()) + "）", e.actor));
                    }
                }
            }
        }
        for (ProgressReport r : em.createQuery("select r from ProgressReport r where r.initiativeId = :id", ProgressReport.class)
                .setParameter("id", initiative.id).getResultList()) {
            if (!created.contains(r.id) && r.reportedAt != null) {
                out.add(new TimelineEntry(japan(r.reportedAt), TimelineKind.REPORT_CREATED, r.fiscalYear, r.half, r.status, null,
                        period(r.fiscalYear, r.half) + "の進捗報告（" + STATUS_JA.get(r.status) + "）", r.reportedBy));
            }
        }
        return out;
    }

    /** A report's audit event read: when, which period, the status before and after. */
    record ReportChange(OffsetDateTime at, Integer fiscalYear, Integer half, ProgressStatus was, ProgressStatus is) {

        static ReportChange of(AuditEvent e, InitiativeAudit audit) {
            JsonNode before = audit.parse(e.beforeState);
            JsonNode after = audit.parse(e.afterState);
            JsonNode now = after != null ? after : before;
            Integer fy = now == null || !now.hasNonNull("fiscalYear") ? null : now.get("fiscalYear").asInt();
            Integer half = now == null || !now.hasNonNull("half") ? 0 : now.get("half").asInt();
            return new ReportChange(japan(e.occurredAt), fy, half, status(before), status(after));
        }

        String period() {
            return fiscalYear == null ? "" : TimelineText.period(fiscalYear, half);
        }

        private static ProgressStatus status(JsonNode state) {
            return state == null || !state.hasNonNull("status") ? null : ProgressStatus.valueOf(state.get("status").asText());
        }
    }
}
