package jp.kyodo.plan.progress.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import jp.kyodo.common.text.Wareki;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.progress.ProgressStatus;

/** How timeline entries are written: Japanese names of statuses, periods, and moments as Japan time. */
public final class TimelineText {

    public static final Map<ProgressStatus, String> STATUS_JA = Map.of(ProgressStatus.NOT_STARTED, "未着手",
            ProgressStatus.IN_PROGRESS, "実施中", ProgressStatus.CARRIED_OUT, "実施済", ProgressStatus.COMPLETED, "完了",
            ProgressStatus.CONTINUING, "継続中", ProgressStatus.DELAYED, "遅延");
    public static final Map<String, String> MILESTONE_JA = Map.of(MilestoneStatus.PLANNED.name(), "予定",
            MilestoneStatus.IN_PROGRESS.name(), "実施中", MilestoneStatus.DONE.name(), "完了");

    private TimelineText() {
    }

    /** 平成21年度 / 平成22年度上半期. */
    public static String period(int fiscalYear, int half) {
        return Wareki.fiscalYear(fiscalYear) + switch (half) {
            case 1 -> "上半期";
            case 2 -> "下半期";
            default -> "";
        };
    }

    public static OffsetDateTime startOf(LocalDate d) {
        return d.atStartOfDay(Japanese.ZONE).toOffsetDateTime();
    }

    /**
     * A moment as Japan time. Columns without a zone (the plan feature's timestamps) hold Japan time
     * ({@link Japanese#ZONE}), as {@link jp.kyodo.plan.progress.ProgressReport#reportedAt} does.
     */
    public static OffsetDateTime japan(Object v) {
        Instant i;
        if (v instanceof OffsetDateTime o) {
            i = o.toInstant();
        } else if (v instanceof Timestamp t) {
            i = t.toLocalDateTime().atZone(Japanese.ZONE).toInstant();
        } else if (v instanceof LocalDateTime l) {
            i = l.atZone(Japanese.ZONE).toInstant();
        } else if (v instanceof Instant x) {
            i = x;
        } else if (v instanceof ZonedDateTime z) {
            i = z.toInstant();
        } else {
            throw new IllegalStateException("not a moment: " + v.getClass());
        }
        return i.atZone(Japanese.ZONE).toOffsetDateTime();
    }
}
