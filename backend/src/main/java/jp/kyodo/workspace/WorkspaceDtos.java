package jp.kyodo.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the liaison's workspace: my districts, the worklist, coverage and the calendars. */
public final class WorkspaceDtos {

    private WorkspaceDtos() {
    }

    @Schema(name = "WorkspaceLiaison", description = "A liaison (校区担当職員)")
    public record LiaisonRef(@Schema(examples = "4") Long userId, @Schema(examples = "古賀 健一") String displayName) {
    }

    @Schema(name = "WorkspaceDistrictRef", description = "A district named in the workspace")
    public record DistrictRef(@Schema(examples = "12") Long id, @Schema(examples = "香椎") String name,
            @Schema(examples = "東区") String wardName) {
    }

    @Schema(name = "DistrictJoinRate", description = "加入率 of a district in the latest fiscal year with figures (this FY once its figures are in), the change against the year before and the rank among the ward's districts (1 = highest)")
    public record JoinRateCard(
            @Schema(description = "Fiscal year of the rate (年度)", examples = "2025") int fiscalYear,
            @Nullable @Schema(description = "0–1, four decimals; null without figures", examples = "0.7812") BigDecimal rate,
            @Nullable @Schema(description = "The year before's rate", examples = "0.7901") BigDecimal previousRate,
            @Nullable @Schema(description = "rate − previousRate", examples = "-0.0089") BigDecimal change,
            @Nullable @Schema(description = "Rank in the ward, 1 = highest rate", examples = "3") Integer rank,
            @Schema(description = "Districts of the ward with a rate that year", examples = "9") int rankedDistricts) {
    }

    @Schema(name = "DistrictMonthRequests", description = "Requests landing on the district's organizations this month (the burden rule) and their hours")
    public record MonthRequests(@Schema(examples = "2026") int year, @Schema(examples = "12") int month,
            @Schema(examples = "6") long requests, @Schema(examples = "42.00") BigDecimal hours) {
    }

    @Schema(name = "WorkCount", description = "How many open items of one kind")
    public record KindCount(@Schema(examples = "FOLLOW_UP") String kind, @Schema(examples = "2") long count) {
    }

    @Schema(name = "DistrictCard", description = "わたしの校区 / one card of a liaison's home")
    public record DistrictCard(
            DistrictRef district,
            @Nullable @Schema(description = "校区自治協議会 (the district's council)", examples = "香椎校区自治協議会") String councilName,
            @Nullable @Schema(examples = "102") Long councilId,
            JoinRateCard joinRate,
            MonthRequests thisMonth,
            @Schema(description = "Open items by kind (FIGURES_MISSING, TERM_ENDING, REQUEST_DEADLINE, FOLLOW_UP, VOICE, …)") List<KindCount> needs,
            @Nullable @Schema(description = "Last recorded visit; null when none or when visits are not recorded", examples = "2026-11-20") LocalDate lastVisitOn,
            @Nullable @Schema(examples = "14") Long daysSinceLastVisit) {
    }

    @Schema(name = "WorkListItem", description = "やること / one thing to do, in one or more of the liaison's districts")
    public record WorkListItem(
            @Schema(examples = "REQUEST_DEADLINE") String kind,
            @Nullable @Schema(description = "Due date; null for undated items (listed last)", examples = "2026-12-22") LocalDate due,
            @Schema(description = "Past due") boolean overdue,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String title,
            @Schema(description = "SPA path where it is done", examples = "/requests/41") String link,
            List<DistrictRef> districts) {
    }

    @Schema(name = "OfficeWorkListItem", description = "事務局のやること / one thing the office has to do that belongs to no single district")
    public record OfficeWorkListItem(
            @Schema(examples = "SEAT_VACANT") String kind,
            @Nullable @Schema(description = "Due date; null for undated items (listed last)", examples = "2027-05-31") LocalDate due,
            @Schema(description = "Past due") boolean overdue,
            @Schema(examples = "総会 各校区代表") String title,
            @Schema(description = "How many it stands for (vacant seats, terms ending, posts)", examples = "3") long count,
            @Schema(description = "SPA path where it is done", examples = "/council-bodies/1") String link) {
    }

    @Schema(name = "OfficeWorklist", description = "事務局のやること / the office's worklist")
    public record OfficeWorklist(
            @Schema(examples = "2026-12-04") LocalDate today,
            @Schema(description = "By due date, undated last") List<OfficeWorkListItem> items) {
    }

    @Schema(name = "LiaisonHome", description = "わたしの校区 / a liaison's districts and worklist")
    public record Home(
            LiaisonRef liaison,
            @Schema(examples = "2026-12-04") LocalDate today,
            @Schema(description = "Whether the activity log records visits (days since the last visit known)") boolean visitsRecorded,
            List<DistrictCard> cards,
            @Schema(description = "Sorted by due date, undated last") List<WorkListItem> worklist) {
    }

    @Schema(name = "CoverageDistrict", description = "One district in the coverage view")
    public record CoverageDistrict(
            DistrictRef district,
            @Schema(description = "Liaisons assigned today") List<LiaisonRef> liaisons,
            @Nullable @Schema(examples = "2026-09-01") LocalDate lastVisitOn,
            @Nullable @Schema(examples = "94") Long daysSinceLastVisit,
            @Schema(description = "Open follow-ups in the district", examples = "1") long openFollowUps,
            @Schema(description = "Why it stands out: NO_LIAISON, NO_RECENT_VISIT") List<String> attention) {
    }

    @Schema(name = "CoverageLiaison", description = "One liaison with their districts")
    public record CoverageLiaison(LiaisonRef liaison, @Schema(examples = "3") long openFollowUps,
            List<CoverageDistrict> districts) {
    }

    @Schema(name = "Coverage", description = "担当状況 / per liaison their districts, and the districts that stand out")
    public record Coverage(
            @Schema(examples = "2026-12-04") LocalDate today,
            @Schema(description = "A district without a visit for this many days stands out", examples = "60") int staleDays,
            boolean visitsRecorded,
            List<CoverageLiaison> liaisons,
            @Schema(description = "Districts without a liaison today or without a recent visit") List<CoverageDistrict> attention) {
    }

    @Schema(name = "WorkspaceCalendarEntry", description = "One dated entry of the calendar, in one or more districts")
    public record CalendarItem(
            @Schema(examples = "request-41-2026-12-01-deadline@kyodo") String uid,
            @Schema(description = "REQUEST_DATE, REQUEST_DEADLINE, FOLLOW_UP, MEETING, …", examples = "REQUEST_DEADLINE") String kind,
            @Schema(examples = "2026-12-22") LocalDate date,
            @Nullable @Schema(examples = "2026-12-22T19:00:00") LocalDateTime start,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String title,
            @Schema(examples = "/requests/41") String link,
            List<DistrictRef> districts) {
    }

    @Schema(name = "WorkspaceCalendar", description = "負担カレンダー / one month of dates and deadlines across districts")
    public record CalendarMonth(
            @Schema(examples = "2026") int year,
            @Schema(examples = "12") int month,
            @Schema(examples = "2026-12-04") LocalDate today,
            List<DistrictRef> districts,
            @Schema(description = "By date, then kind and title") List<CalendarItem> entries) {
    }

    @Schema(name = "CalendarFeed", description = "The caller's iCalendar feed (a secret URL)")
    public record Feed(
            @Schema(description = "Whether a feed URL exists") boolean active,
            @Nullable @Schema(examples = "2026-12-04T09:00:00+09:00") OffsetDateTime createdAt,
            @Nullable @Schema(description = "Office: the ward whose districts the feed holds", examples = "3") Long wardId,
            @Nullable @Schema(description = "Path of the feed, only in the answer that created it (the token is not kept)",
                    examples = "/api/v1/calendar/3q2-x9….ics") String path) {
    }

    @Schema(name = "CalendarFeedRequest", description = "Create or rotate the caller's feed")
    public record FeedRequest(
            @Nullable @jakarta.validation.constraints.Positive @Schema(description = "ADMIN/OFFICE: a ward whose districts the feed holds (absent: none)", examples = "3") Long wardId) {
    }
}
