package jp.kyodo.plan.progress.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jp.kyodo.common.persistence.Rows;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.audit.AuditEvent;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Wareki;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.ProgressReport;
import jp.kyodo.plan.progress.ProgressStatus;
import jp.kyodo.plan.progress.TimelineKind;
import jp.kyodo.plan.service.PlanService;


/**
 * An initiative's timeline, oldest first: its reports and status changes and its milestones (from the audit trail;
 * reports and finished milestones loaded as seed data, which have no audit events, appear at the time they carry),
 * the committee's evaluations (finalized — shown to those who may read evaluations —, published, superseded) and the
 * publications of its plan. Evaluations and publications are read from their tables with plain SQL.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineService {

    static final Map<ProgressStatus, String> STATUS_JA = Map.of(ProgressStatus.NOT_STARTED, "未着手", ProgressStatus.IN_PROGRESS,
            "実施中", ProgressStatus.CARRIED_OUT, "実施済", ProgressStatus.COMPLETED, "完了", ProgressStatus.CONTINUING, "継続中",
            ProgressStatus.DELAYED, "遅延");
    static final Map<String, String> MILESTONE_JA = Map.of(MilestoneStatus.PLANNED.name(), "予定", MilestoneStatus.IN_PROGRESS.name(),
            "実施中", MilestoneStatus.DONE.name(), "完了");

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentUser currentUser;

    public List<TimelineEntry> timeline(long initiativeId) {
        Initiative initiative = plans.findInitiative(initiativeId);
        List<TimelineEntry> out = new ArrayList<>();
        Set<Long> reportsCreated = new HashSet<>();
        Set<Long> milestonesChanged = new HashSet<>();
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where (e.parentType = :initiative and e.parentId = :id"
                + " and e.entityType in (:children)) or (e.entityType = :initiative and e.entityId = :id and e.action = :update)"
                + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("initiative", PlanService.ENTITY_INITIATIVE).setParameter("id", initiativeId)
                .setParameter("children", List.of(ProgressService.ENTITY, "Milestone")).setParameter("update", AuditService.UPDATE)
                .getResultList();
        for (AuditEvent e : events) {
            JsonNode before = parse(e.beforeState);
            JsonNode after = parse(e.afterState);
            OffsetDateTime at = japan(e.occurredAt);
            switch (e.entityType) {
                case ProgressService.ENTITY -> {
                    if (AuditService.CREATE.equals(e.action)) {
                        reportsCreated.add(e.entityId);
                    }
                    out.add(reportEntry(e.action, at, before, after, e.actor));
                }
                case "Milestone" -> {
                    milestonesChanged.add(e.entityId);
                    String title = text(after, "milestone", text(before, "milestone", ""));
                    out.add(new TimelineEntry(at, TimelineKind.MILESTONE_CHANGED, null, null, null, null, "工程「" + title + "」: "
                            + MILESTONE_JA.getOrDefault(text(before, "status", ""), "—") + " → "
                            + MILESTONE_JA.getOrDefault(text(after, "status", ""), "—"), e.actor));
                }
                default -> {
                    // an update of the initiative itself counts when it changed the milestones
                    JsonNode b = before == null ? null : before.get("milestones");
                    JsonNode a = after == null ? null : after.get("milestones");
                    if (!Objects.equals(b, a)) {
                        out.add(new TimelineEntry(at, TimelineKind.MILESTONE_CHANGED, null, null, null, null,
                                "工程の変更: " + (a == null || a.isEmpty() ? "なし" : join(a)), e.actor));
                    }
                }
            }
        }
        // seed data: reports and finished milestones without audit events
        for (ProgressReport r : em.createQuery("select r from ProgressReport r where r.initiativeId = :id", ProgressReport.class)
                .setParameter("id", initiativeId).getResultList()) {
            if (!reportsCreated.contains(r.id) && r.reportedAt != null) {
                out.add(new TimelineEntry(ProgressService.at(r.reportedAt), TimelineKind.REPORT_CREATED, r.fiscalYear, r.half, r.status,
                        null, period(r.fiscalYear, r.half) + "の進捗報告（" + STATUS_JA.get(r.status) + "）", r.reportedBy));
            }
        }
        for (Milestone m : initiative.milestones) {
            if (!milestonesChanged.contains(m.id) && m.status == MilestoneStatus.DONE && m.doneOn != null) {
                out.add(new TimelineEntry(startOf(m.doneOn), TimelineKind.MILESTONE_CHANGED, m.dueFiscalYear, null, null, null,
                        "工程「" + m.title + "」: 完了", null));
            }
        }
        evaluations(initiative, out);
        publications(initiative, out);
        // stable: entries at the same moment keep the order they were added in
        out.sort(Comparator.comparing(t -> t.at().toInstant()));
        return out;
    }

    private TimelineEntry reportEntry(String action, OffsetDateTime at, JsonNode before, JsonNode after, String actor) {
        JsonNode now = after != null ? after : before;
        Integer fy = now == null || !now.hasNonNull("fiscalYear") ? null : now.get("fiscalYear").asInt();
        Integer half = now == null || !now.hasNonNull("half") ? 0 : now.get("half").asInt();
        ProgressStatus was = status(before);
        ProgressStatus is = status(after);
        String period = fy == null ? "" : period(fy, half);
        return switch (action) {
            case AuditService.CREATE -> new TimelineEntry(at, TimelineKind.REPORT_CREATED, fy, half, is, null,
                    period + "の進捗報告（" + STATUS_JA.get(is) + "）", actor);
            case AuditService.DELETE -> new TimelineEntry(at, TimelineKind.REPORT_DELETED, fy, half, null, was,
                    period + "の進捗報告を削除", actor);
            default -> was != is
                    ? new TimelineEntry(at, TimelineKind.STATUS_CHANGED, fy, half, is, was,
                            period + "の進捗報告: " + STATUS_JA.get(was) + " → " + STATUS_JA.get(is), actor)
                    : new TimelineEntry(at, TimelineKind.REPORT_UPDATED, fy, half, is, null,
                            period + "の進捗報告を更新（" + STATUS_JA.get(is) + "）", actor);
        };
    }

    private void evaluations(Initiative initiative, List<TimelineEntry> out) {
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
    }

    private void publications(Initiative initiative, List<TimelineEntry> out) {
        for (Object row : em.createNativeQuery("select p.fiscal_year, p.revision, p.published_by, p.published_at, p.note"
                + " from published_report p where p.plan_id = :plan").setParameter("plan", initiative.planId).getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            int revision = Rows.num(a[1]).intValue();
            String note = a[4] == null ? "" : "（" + a[4] + "）";
            out.add(new TimelineEntry(japan(a[3]), TimelineKind.PUBLISHED, fy, null, null, null,
                    Wareki.fiscalYear(fy) + "の報告書を公表" + (revision > 1 ? "（第" + revision + "版）" : "") + note, (String) a[2]));
        }
    }

    /** 平成21年度 / 平成22年度上半期. */
    static String period(int fiscalYear, int half) {
        return Wareki.fiscalYear(fiscalYear) + switch (half) {
            case 1 -> "上半期";
            case 2 -> "下半期";
            default -> "";
        };
    }

    private static ProgressStatus status(JsonNode state) {
        return state == null || !state.hasNonNull("status") ? null : ProgressStatus.valueOf(state.get("status").asText());
    }

    private static String text(JsonNode n, String field, String otherwise) {
        return n == null || !n.hasNonNull(field) ? otherwise : n.get(field).asText();
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join(" / ", parts);
    }

    private static OffsetDateTime startOf(LocalDate d) {
        return d.atStartOfDay(Japanese.ZONE).toOffsetDateTime();
    }

    /**
     * A moment as Japan time. Columns without a zone (the plan feature's timestamps) hold Japan time
     * ({@link Japanese#ZONE}), as {@link ProgressReport#reportedAt} does.
     */
    static OffsetDateTime japan(Object v) {
        Instant i;
        if (v instanceof OffsetDateTime o) {
            i = o.toInstant();
        } else if (v instanceof Timestamp t) {
            i = t.toLocalDateTime().atZone(Japanese.ZONE).toInstant();
        } else if (v instanceof LocalDateTime l) {
            i = l.atZone(Japanese.ZONE).toInstant();
        } else if (v instanceof Instant x) {
            i = x;
        } else if (v instanceof java.time.ZonedDateTime z) {
            i = z.toInstant();
        } else {
            throw new IllegalStateException("not a moment: " + v.getClass());
        }
        return i.atZone(Japanese.ZONE).toOffsetDateTime();
    }

    private JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
