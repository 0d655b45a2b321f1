package jp.kyodo.plan.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.TargetKind;
import jp.kyodo.plan.progress.Standings.Due;
import jp.kyodo.plan.progress.Standings.Report;
import jp.kyodo.plan.progress.Standings.Standing;
import jp.kyodo.plan.progress.Standings.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behind-target rules, table-driven: each rule firing and not firing around the end of the target's fiscal year
 * (FY2009 ends on 31 March 2010), with no reports, with reports after asOf, and with a delay superseded by a later
 * report. Expected reasons are written CODE@fiscalYear (#milestoneId for milestones), in the order they are given.
 */
class StandingsTest {

    static final LocalDate LAST_DAY = LocalDate.of(2010, 3, 31);
    static final LocalDate NEXT_DAY = LocalDate.of(2010, 4, 1);

    static Target t(TargetKind kind, Integer fy) {
        return new Target(kind, fy);
    }

    static Report r(int fy, int half, ProgressStatus status) {
        return new Report(fy, half, status);
    }

    static Due m(long id, Integer due, MilestoneStatus status) {
        return new Due(id, due, status);
    }

    static Arguments row(String name, LocalDate asOf, List<Target> targets, List<Report> reports, List<Due> milestones,
            String... expected) {
        return Arguments.of(name, asOf, targets, reports, milestones, List.of(expected));
    }

    static final ProgressStatus NS = ProgressStatus.NOT_STARTED;
    static final ProgressStatus IP = ProgressStatus.IN_PROGRESS;
    static final ProgressStatus CO = ProgressStatus.CARRIED_OUT;
    static final ProgressStatus DONE = ProgressStatus.COMPLETED;
    static final ProgressStatus LATE = ProgressStatus.DELAYED;

    static Stream<Arguments> rules() {
        List<Report> none = List.of();
        List<Due> noMilestones = List.of();
        return Stream.of(
                // 完了
                row("complete: the year's last day, nothing reported", LAST_DAY, List.of(t(TargetKind.COMPLETE, 2009)), none, noMilestones),
                row("complete: the next year's first day, nothing reported", NEXT_DAY, List.of(t(TargetKind.COMPLETE, 2009)), none,
                        noMilestones, "COMPLETE_OVERDUE@2009"),
                row("complete: completed in its year", NEXT_DAY, List.of(t(TargetKind.COMPLETE, 2009)), List.of(r(2009, 0, DONE)),
                        noMilestones),
                row("complete: completed, then a later report is not", LocalDate.of(2010, 10, 1), List.of(t(TargetKind.COMPLETE, 2009)),
                        List.of(r(2009, 0, DONE), r(2010, 1, IP)), noMilestones, "COMPLETE_OVERDUE@2009"),
                row("complete: completed only in a year after asOf", NEXT_DAY, List.of(t(TargetKind.COMPLETE, 2009)),
                        List.of(r(2009, 0, IP), r(2011, 0, DONE)), noMilestones, "COMPLETE_OVERDUE@2009"),
                row("complete: carried out is not completed", NEXT_DAY, List.of(t(TargetKind.COMPLETE, 2009)), List.of(r(2009, 0, CO)),
                        noMilestones, "COMPLETE_OVERDUE@2009"),
                // 着手
                row("begin: the year's last day, nothing reported", LAST_DAY, List.of(t(TargetKind.BEGIN, 2009)), none, noMilestones),
                row("begin: the next year's first day, nothing reported", NEXT_DAY, List.of(t(TargetKind.BEGIN, 2009)), none,
                        noMilestones, "BEGIN_NO_PROGRESS@2009"),
                row("begin: only 'not started' reported", NEXT_DAY, List.of(t(TargetKind.BEGIN, 2009)),
                        List.of(r(2009, 1, NS), r(2009, 2, NS)), noMilestones, "BEGIN_NO_PROGRESS@2009"),
                row("begin: progress once, 'not started' later", NEXT_DAY, List.of(t(TargetKind.BEGIN, 2009)),
                        List.of(r(2009, 1, IP), r(2009, 2, NS)), noMilestones),
                row("begin: progress only after asOf", NEXT_DAY, List.of(t(TargetKind.BEGIN, 2009)), List.of(r(2011, 0, IP)),
                        noMilestones, "BEGIN_NO_PROGRESS@2009"),
                row("begin: a delay is progress", NEXT_DAY, List.of(t(TargetKind.BEGIN, 2008)), List.of(r(2008, 0, LATE), r(2009, 0, CO)),
                        noMilestones),
                // 実施
                row("start: the year's last day, nothing reported", LAST_DAY, List.of(t(TargetKind.START, 2009)), none, noMilestones),
                row("start: the next year's first day, nothing reported", NEXT_DAY, List.of(t(TargetKind.START, 2009)), none,
                        noMilestones, "START_NO_PROGRESS@2009"),
                row("start: carried out", NEXT_DAY, List.of(t(TargetKind.START, 2009)), List.of(r(2009, 0, CO)), noMilestones),
                row("start: progress reported in an earlier year counts", NEXT_DAY, List.of(t(TargetKind.START, 2009)),
                        List.of(r(2008, 0, IP)), noMilestones),
                // 継続
                row("continue: never behind", NEXT_DAY, List.of(t(TargetKind.CONTINUE, 2008), t(TargetKind.CONTINUE, null)), none,
                        noMilestones),
                // 工程
                row("milestone: the due year's last day", LAST_DAY, List.of(), none, List.of(m(7, 2009, MilestoneStatus.PLANNED))),
                row("milestone: the next year's first day", NEXT_DAY, List.of(), none, List.of(m(7, 2009, MilestoneStatus.PLANNED)),
                        "MILESTONE_OVERDUE@2009#7"),
                row("milestone: in progress is not done", NEXT_DAY, List.of(), none, List.of(m(7, 2009, MilestoneStatus.IN_PROGRESS)),
                        "MILESTONE_OVERDUE@2009#7"),
                row("milestone: done", NEXT_DAY, List.of(), none, List.of(m(7, 2009, MilestoneStatus.DONE))),
                row("milestone: no due year", NEXT_DAY, List.of(), none, List.of(m(7, null, MilestoneStatus.PLANNED))),
                row("milestone: one reason per milestone, in order", NEXT_DAY, List.of(), none,
                        List.of(m(9, 2008, MilestoneStatus.PLANNED), m(8, 2010, MilestoneStatus.PLANNED), m(7, 2009, MilestoneStatus.PLANNED)),
                        "MILESTONE_OVERDUE@2008#9", "MILESTONE_OVERDUE@2009#7"),
                // 遅延
                row("delayed: the latest report", NEXT_DAY, List.of(), List.of(r(2009, 0, IP), r(2009, 2, LATE)), noMilestones,
                        "REPORTED_DELAYED@2009"),
                row("delayed: superseded by a later half", NEXT_DAY, List.of(), List.of(r(2009, 1, LATE), r(2009, 2, CO)), noMilestones),
                row("delayed: superseded by a later year", NEXT_DAY, List.of(), List.of(r(2008, 2, LATE), r(2009, 0, IP)), noMilestones),
                row("delayed: the whole year comes before its halves", NEXT_DAY, List.of(), List.of(r(2009, 0, IP), r(2009, 1, LATE)),
                        noMilestones, "REPORTED_DELAYED@2009"),
                row("delayed: a delay reported after asOf does not count yet", LAST_DAY, List.of(),
                        List.of(r(2009, 0, IP), r(2010, 0, LATE)), noMilestones),
                row("delayed: counts in its own year", LocalDate.of(2009, 4, 1), List.of(), List.of(r(2009, 0, LATE)), noMilestones,
                        "REPORTED_DELAYED@2009"),
                // together: targets first (in their order), then milestones, the reported delay last
                row("every rule at once", NEXT_DAY,
                        List.of(t(TargetKind.START, 2008), t(TargetKind.COMPLETE, 2009), t(TargetKind.BEGIN, 2010)),
                        List.of(r(2009, 0, NS), r(2009, 2, LATE)), List.of(m(3, 2009, MilestoneStatus.PLANNED)),
                        "COMPLETE_OVERDUE@2009", "MILESTONE_OVERDUE@2009#3", "REPORTED_DELAYED@2009"),
                row("every rule at once: no progress ever", NEXT_DAY,
                        List.of(t(TargetKind.COMPLETE, 2009), t(TargetKind.START, 2008), t(TargetKind.BEGIN, 2009)),
                        List.of(r(2009, 0, NS)), noMilestones,
                        "COMPLETE_OVERDUE@2009", "START_NO_PROGRESS@2008", "BEGIN_NO_PROGRESS@2009"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void behind_reasons(String name, LocalDate asOf, List<Target> targets, List<Report> reports, List<Due> milestones,
            List<String> expected) {
        Standing s = Standings.of(targets, reports, milestones, asOf);
        List<String> got = s.behind().stream()
                .map(b -> b.code() + "@" + b.fiscalYear() + (b.milestoneId() == null ? "" : "#" + b.milestoneId())).toList();
        assertEquals(expected, got, name);
        assertEquals(!expected.isEmpty(), s.isBehind(), name);
    }

    @Test
    void the_latest_status_is_the_highest_period_up_to_asOf() {
        Standing s = Standings.of(List.of(), List.of(r(2009, 2, CO), r(2010, 0, IP), r(2009, 0, LATE), r(2011, 1, DONE)), List.of(),
                LocalDate.of(2011, 3, 31));
        assertEquals(IP, s.status());
        assertEquals(2010, s.statusFiscalYear());
        assertEquals(0, s.statusHalf());
        assertFalse(s.isBehind());
    }

    @Test
    void nothing_reported_has_no_status() {
        Standing s = Standings.of(List.of(), List.of(), List.of(), NEXT_DAY);
        assertNull(s.status());
        assertNull(s.statusFiscalYear());
        assertNull(s.statusHalf());
        assertTrue(s.behind().isEmpty());
    }

    @Test
    void reasons_carry_the_rule_text() {
        var reason = Standings.of(List.of(t(TargetKind.COMPLETE, 2009)), List.of(), List.of(), NEXT_DAY).behind().get(0);
        assertEquals(BehindRule.COMPLETE_OVERDUE.ja, reason.ja());
        assertEquals(BehindRule.COMPLETE_OVERDUE.en, reason.en());
        assertNull(reason.milestoneId());
    }
}
