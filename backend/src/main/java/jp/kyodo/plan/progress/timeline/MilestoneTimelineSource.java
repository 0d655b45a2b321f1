package jp.kyodo.plan.progress.timeline;

import static jp.kyodo.plan.progress.timeline.InitiativeAudit.text;
import static jp.kyodo.plan.progress.timeline.TimelineText.MILESTONE_JA;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.audit.AuditEvent;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.TimelineKind;

/**
 * Milestones (工程): a milestone's status set, or the initiative's milestones changed by an update of the initiative,
 * from the audit trail; milestones finished in seed data (no audit event) at the start of the day they were done.
 */
@ApplicationScoped
public class MilestoneTimelineSource implements TimelineSource {

    static final String MILESTONE = "Milestone";

    @Inject
    InitiativeAudit audit;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<TimelineEntry> entries(Initiative initiative) {
        List<TimelineEntry> out = new ArrayList<>();
        Set<Long> changed = new HashSet<>();
        for (AuditEvent e : audit.events(initiative.id, MILESTONE, true)) {
            JsonNode before = audit.parse(e.beforeState);
            JsonNode after = audit.parse(e.afterState);
            OffsetDateTime at = TimelineText.japan(e.occurredAt);
            if (MILESTONE.equals(e.entityType)) {
                changed.add(e.entityId);
                String title = text(after, "milestone", text(before, "milestone", ""));
                out.add(new TimelineEntry(at, TimelineKind.MILESTONE_CHANGED, null, null, null, null, "工程「" + title + "」: "
                        + MILESTONE_JA.getOrDefault(text(before, "status", ""), "—") + " → "
                        + MILESTONE_JA.getOrDefault(text(after, "status", ""), "—"), e.actor));
                continue;
            }
            // an update of the initiative itself counts when it changed the milestones
            JsonNode b = before == null ? null : before.get("milestones");
            JsonNode a = after == null ? null : after.get("milestones");
            if (!Objects.equals(b, a)) {
                out.add(new TimelineEntry(at, TimelineKind.MILESTONE_CHANGED, null, null, null, null,
                        "工程の変更: " + (a == null || a.isEmpty() ? "なし" : join(a)), e.actor));
            }
        }
        for (Milestone m : initiative.milestones) {
            if (!changed.contains(m.id) && m.status == MilestoneStatus.DONE && m.doneOn != null) {
                out.add(new TimelineEntry(TimelineText.startOf(m.doneOn), TimelineKind.MILESTONE_CHANGED, m.dueFiscalYear, null,
                        null, null, "工程「" + m.title + "」: 完了", null));
            }
        }
        return out;
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join(" / ", parts);
    }
}
