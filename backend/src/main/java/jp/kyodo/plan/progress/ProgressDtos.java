package jp.kyodo.plan.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanDtos.PlanSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of progress: reports, indicators, the timeline, the bindings and the plan dashboard. */
public final class ProgressDtos {

    private ProgressDtos() {
    }

    @Schema(name = "Evidence", description = "根拠資料 / a link that backs a report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(
            @Size(max = 200) @Schema(examples = "第1回フォーラム 開催報告") @Nullable String label,
            @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(examples = "https://www.city.example.jp/community/forum2009.html") String url) {
    }

    @Schema(name = "IndicatorBaseline", description = "基準年度の値 / the value of the review cycle's baseline year")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Baseline(
            @Schema(examples = "2024") int fiscalYear,
            @Schema(description = "Absent when the baseline year has no counted requests", examples = "41") @Nullable BigDecimal value) {
    }

    @Schema(name = "Indicator", description = "指標 / a figure of a report: typed, or bound to data the system holds (live: computed when read)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(
            @Schema(examples = "協力依頼の件数") String name,
            @Schema(examples = "件") @Nullable String unit,
            @Schema(examples = "30") @Nullable BigDecimal target,
            @Schema(description = "Typed, or computed for a bound indicator (absent when there is no data for the year)", examples = "33") @Nullable BigDecimal actual,
            @Schema(examples = "COOPERATION_REQUESTS") @Nullable Binding binding,
            @Schema(description = "CITY, WARD or DISTRICT (bound indicators)", examples = "CITY") @Nullable Level scopeLevel,
            @Schema(description = "The ward or district (WARD / DISTRICT)", examples = "12") @Nullable Long scopeId,
            @Schema(examples = "市全体") @Nullable String scopeName,
            @Schema(description = "Computed when read from the data it is bound to", examples = "true") boolean live,
            @Schema(description = "Request figures: the baseline year of the review cycle of the report's year and its value") @Nullable Baseline baseline) {
    }

    @Schema(name = "IndicatorInput", description = "指標 / a figure of a report. A bound indicator (binding) must not carry actual: it is computed.")
    public record IndicatorInput(
            @Size(max = 200) @Schema(description = "Required unless bound (then default: the binding's name)", examples = "フォーラム参加者数") String name,
            @Size(max = 40) @Schema(description = "Default for a bound indicator: the binding's unit", examples = "人") String unit,
            @Digits(integer = 12, fraction = 2) @DecimalMin("-999999999999.99") @Schema(examples = "300") BigDecimal target,
            @Digits(integer = 12, fraction = 2) @DecimalMin("-999999999999.99") @Schema(description = "Must be absent when bound", examples = "412") BigDecimal actual,
            @Schema(examples = "JOIN_RATE") Binding binding,
            @Schema(description = "Bound indicators: CITY (default), WARD or DISTRICT as the binding allows", examples = "DISTRICT") Level scopeLevel,
            @Schema(description = "The ward (WARD) or district (DISTRICT)", examples = "12") @Positive Long scopeId) {
    }

    @Schema(name = "ProgressReport", description = "進捗報告 / what was done for an initiative in a period")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressReportResponse(
            @Schema(examples = "51") long id,
            @Schema(examples = "12") long initiativeId,
            @Schema(description = "年度", examples = "2009") int fiscalYear,
            @Schema(description = "0 = the whole year, 1 = 上半期 (April–September), 2 = 下半期", examples = "0") int half,
            @Schema(examples = "CARRIED_OUT") ProgressStatus status,
            @Schema(description = "What was done", examples = "平成21年11月に第1回住民自治フォーラムを開催し、412人が参加した。") @Nullable String done,
            List<Evidence> evidence,
            List<Indicator> indicators,
            @Schema(description = "Username of who wrote it last", examples = "office") String reportedBy,
            @Schema(examples = "2010-04-20T10:00:00+09:00") OffsetDateTime reportedAt,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "ProgressReportInput", description = "進捗報告の登録・更新 / create or update a report (PUT replaces every field)")
    public record ProgressReportInput(
            @NotNull @Min(1950) @Max(2100) @Schema(description = "Not before the plan's first year, at most next fiscal year", examples = "2009") Integer fiscalYear,
            @NotNull @Min(0) @Max(2) @Schema(description = "0 = the whole year, 1 = 上半期, 2 = 下半期", examples = "0") Integer half,
            @NotNull @Schema(examples = "CARRIED_OUT") ProgressStatus status,
            @Size(max = 4000) @Schema(examples = "平成21年11月に第1回住民自治フォーラムを開催し、412人が参加した。") String done,
            @Size(max = 20) List<@NotNull @Valid Evidence> evidence,
            @Size(max = 20) List<@NotNull @Valid IndicatorInput> indicators) {
    }

    @Schema(name = "TimelineEntry", description = "One event in an initiative's history: a report, a status change, a milestone, an evaluation, a publication")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(
            @Schema(examples = "2010-04-20T10:00:00+09:00") OffsetDateTime at,
            @Schema(examples = "STATUS_CHANGED") TimelineKind kind,
            @Schema(examples = "2009") @Nullable Integer fiscalYear,
            @Schema(description = "The report's half (reports only)", examples = "0") @Nullable Integer half,
            @Schema(description = "The report's status after the event", examples = "CARRIED_OUT") @Nullable ProgressStatus status,
            @Schema(description = "The status before (STATUS_CHANGED, REPORT_DELETED)", examples = "IN_PROGRESS") @Nullable ProgressStatus previousStatus,
            @Schema(examples = "2009年度の進捗報告: 実施中 → 実施済") String text,
            @Schema(description = "Username of who did it", examples = "office") @Nullable String actor) {
    }

    @Schema(name = "IndicatorBinding", description = "連動指標 / data an indicator can be bound to")
    public record IndicatorBindingResponse(
            @Schema(examples = "JOIN_RATE") Binding code,
            @Schema(examples = "自治会・町内会の加入率") String ja,
            @Schema(examples = "Join rate of neighborhood associations") String en,
            @Schema(examples = "%") String unit,
            @Schema(description = "Scope levels it can be computed for", examples = "[\"CITY\", \"WARD\", \"DISTRICT\"]") List<Level> scopeLevels) {
    }

    @Schema(name = "PillarCounts", description = "One pillar (柱): its initiatives by latest status (each counted once)")
    public record PillarCounts(
            @Schema(examples = "1") long nodeId,
            @Schema(examples = "Ⅱ") @Nullable String code,
            @Schema(examples = "コミュニティの自治の確立に向けた取り組み") String title,
            @Schema(examples = "21") long initiatives,
            @Schema(description = "NOT_REPORTED and every status, each present", examples = "{\"NOT_REPORTED\": 2, \"NOT_STARTED\": 1, \"IN_PROGRESS\": 3, \"CARRIED_OUT\": 10, \"COMPLETED\": 1, \"CONTINUING\": 4, \"DELAYED\": 0}") Map<String, Long> byStatus,
            @Schema(description = "Initiatives behind their targets", examples = "3") long behind) {
    }

    @Schema(name = "YearCounts", description = "One fiscal year: initiatives reported by status (latest period of the year) and published ratings")
    public record YearCounts(
            @Schema(examples = "2009") int fiscalYear,
            @Schema(description = "Initiatives with a report for the year", examples = "34") long reported,
            @Schema(examples = "{\"NOT_STARTED\": 2, \"IN_PROGRESS\": 5, \"CARRIED_OUT\": 20, \"COMPLETED\": 2, \"CONTINUING\": 4, \"DELAYED\": 1}") Map<String, Long> byStatus,
            @Schema(description = "Published ratings by grade (every grade present)", examples = "{\"A\": 12, \"B\": 15, \"C\": 5, \"D\": 1}") Map<String, Long> ratings) {
    }

    @Schema(name = "PlanDashboard", description = "進捗の概況 / a plan at a glance: pillars by status, initiatives behind, the trend per year")
    public record PlanDashboard(
            PlanSummary plan,
            @Schema(examples = "2011-04-01") LocalDate asOf,
            List<PillarCounts> pillars,
            @Schema(description = "Every initiative behind its targets, in tree order") List<InitiativeSummary> behind,
            List<YearCounts> trend) {
    }
}
