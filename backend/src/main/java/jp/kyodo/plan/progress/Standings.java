package jp.kyodo.plan.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.PlanDtos.BehindReason;
import jp.kyodo.plan.TargetKind;

/**
 * Where an initiative stands as of a date — the behind-target rules (目標に対する遅れ) as a pure function of its
 * targets, reports and milestones. A fiscal year N has ended when asOf is in a later fiscal year (from 1 April of
 * N + 1); reports of fiscal years after asOf's are not counted yet.
 * <ul>
 * <li>{@code COMPLETE_OVERDUE}: a 完了 target's year has ended and the latest report is not COMPLETED (or there is none);
 * <li>{@code BEGIN_NO_PROGRESS} / {@code START_NO_PROGRESS}: a 着手 / 実施 target's year has ended and no report says
 * anything but NOT_STARTED;
 * <li>{@code MILESTONE_OVERDUE}: a milestone's due year has ended and it is not DONE (one reason per milestone);
 * <li>{@code REPORTED_DELAYED}: the latest report (highest fiscal year, then half) says DELAYED.
 * </ul>
 * Reasons come in that order: targets and milestones in their own order, the reported delay last.
 */
public final class Standings {

    private Standings() {
    }

    /** A target (実施目標): its kind and fiscal year (null for a plain 継続). */
    public record Target(TargetKind kind, Integer fiscalYear) {
    }

    /** A progress report: its period (half 0 = the year, 1 and 2 its halves) and status. */
    public record Report(int fiscalYear, int half, ProgressStatus status) {
    }

    /** A milestone (工程): its id, due fiscal year (may be absent) and status. */
    public record Due(long id, Integer dueFiscalYear, MilestoneStatus status) {
    }

    /** Latest status (absent when nothing is reported) and the behind reasons, in rule order. */
    public record Standing(ProgressStatus status, Integer statusFiscalYear, Integer statusHalf, List<BehindReason> behind) {
        public boolean isBehind() {
            return !behind.isEmpty();
        }
    }

    /** The standing of one initiative as of a date, from its targets and milestones (in their order) and its reports. */
    public static Standing of(List<Target> targets, List<Report> reports, List<Due> milestones, LocalDate asOf) {
        int current = Japanese.fiscalYearOf(asOf);
        Report latest = reports.stream().filter(r -> r.fiscalYear() <= current)
                .max(Comparator.comparingInt(Report::fiscalYear).thenComparingInt(Report::half)).orElse(null);
        boolean progressed = reports.stream().anyMatch(r -> r.fiscalYear() <= current && r.status() != ProgressStatus.NOT_STARTED);
        List<BehindReason> behind = new ArrayList<>();
        for (Target t : targets) {
            if (t.fiscalYear() == null || t.fiscalYear() >= current) {
                continue;
            }
            BehindRule rule = switch (t.kind()) {
                case COMPLETE -> latest == null || latest.status() != ProgressStatus.COMPLETED ? BehindRule.COMPLETE_OVERDUE : null;
                case BEGIN -> progressed ? null : BehindRule.BEGIN_NO_PROGRESS;
                case START -> progressed ? null : BehindRule.START_NO_PROGRESS;
                case CONTINUE -> null;
            };
            if (rule != null) {
                behind.add(reason(rule, t.fiscalYear(), null));
            }
        }
        for (Due m : milestones) {
            if (m.dueFiscalYear() != null && m.dueFiscalYear() < current && m.status() != MilestoneStatus.DONE) {
                behind.add(reason(BehindRule.MILESTONE_OVERDUE, m.dueFiscalYear(), m.id()));
            }
        }
        if (latest != null && latest.status() == ProgressStatus.DELAYED) {
            behind.add(reason(BehindRule.REPORTED_DELAYED, latest.fiscalYear(), null));
        }
        return new Standing(latest == null ? null : latest.status(), latest == null ? null : latest.fiscalYear(),
                latest == null ? null : latest.half(), List.copyOf(behind));
    }

    private static BehindReason reason(BehindRule rule, int fiscalYear, Long milestoneId) {
        return new BehindReason(rule.name(), rule.ja, rule.en, fiscalYear, milestoneId);
    }
}
