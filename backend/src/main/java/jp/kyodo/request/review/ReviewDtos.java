package jp.kyodo.request.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import jp.kyodo.request.RequestKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the review (見直し). */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    @Schema(name = "ReviewCycleInput", description = "見直しの登録・更新 / create or update a review cycle")
    public record CycleInput(
            @NotNull @Min(1989) @Max(2100) @Schema(description = "The fiscal year whose requests are reviewed", examples = "2025") Integer fiscalYear,
            @NotNull @Min(1989) @Max(2100) @Schema(description = "基準年度 / the year progress is measured against (not after fiscalYear)", examples = "2024") Integer baselineYear,
            @NotBlank @Size(max = 200) @Schema(examples = "令和7年度 依頼等の見直し") String title,
            @Pattern(regexp = "OPEN|CLOSED") @Schema(description = "OPEN (default) or CLOSED: a closed cycle takes no more assessments or decisions", examples = "OPEN") String status,
            @Size(max = 2000) @Schema(examples = "全庁照会は6月、決定は12月") String note) {
    }

    @Schema(name = "ReviewCycleProgress", description = "Requests of the cycle's year by state")
    public record Progress(@Schema(examples = "64") long requests, @Schema(examples = "10") long notStarted,
            @Schema(examples = "20") long selfAssessed, @Schema(examples = "30") long decided,
            @Schema(examples = "4") long carriedOut) {
    }

    @Schema(name = "ReviewCycle", description = "見直し / the review of one fiscal year's requests against a baseline year")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CycleResponse(
            @Schema(examples = "3") Long id,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "2024") int baselineYear,
            @Schema(examples = "令和7年度 依頼等の見直し") String title,
            @Schema(examples = "OPEN") String status,
            @Nullable String note,
            Progress progress,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "Compensation", description = "費用弁償の算式 / compensation formula: yen per year")
    public record Compensation(
            @NotNull @Min(0) @Max(10_000_000) @Schema(description = "Yen per receiving organization per year", examples = "5000") Long flatPerOrganization,
            @NotNull @Min(0) @Max(100_000) @Schema(description = "Yen per member household (加入世帯) per year, from the registry's membership figures", examples = "20") Long perMemberHousehold) {
    }

    @Schema(name = "ReviewItem", description = "見直し対象 / one request in a review cycle: self-assessment, decision and completion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResponse(
            @Schema(examples = "3") Long cycleId,
            @Schema(examples = "41") Long requestId,
            @Schema(examples = "KAN-2025-003") String requestCode,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String requestTitle,
            @Schema(examples = "12") Long sectionId,
            @Schema(examples = "家庭ごみ減量推進課") String sectionName,
            RequestKind kind,
            ItemState state,
            @Schema(description = "所管課の自己評価", examples = "回覧の頻度を年2回から1回に減らせる") @Nullable String selfAssessment,
            @Schema(description = "The decision the section proposes", examples = "LIGHTEN") @Nullable Decision proposedDecision,
            @Schema(examples = "dept") @Nullable String selfAssessedBy,
            @Nullable OffsetDateTime selfAssessedAt,
            @Nullable Decision decision,
            @Schema(examples = "配布物を他の回覧と一本化し、頻度を減らす") @Nullable String decisionReason,
            @Schema(description = "MERGE: the request it is merged into", examples = "88") @Nullable Long mergeIntoId,
            @Schema(description = "The fiscal year the decision takes effect", examples = "2026") @Nullable Integer effectiveYear,
            @Schema(examples = "office") @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt,
            @Nullable Compensation compensation,
            @Schema(examples = "office") @Nullable String carriedOutBy,
            @Nullable OffsetDateTime carriedOutAt,
            @Nullable String carriedOutNote,
            @Schema(description = "ETag version (0 until something is recorded)", examples = "1") long version,
            @Nullable @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Nullable @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "SelfAssessmentInput", description = "自己評価 / the section's self-assessment of its request")
    public record SelfAssessmentInput(
            @NotBlank @Size(max = 4000) @Schema(examples = "回覧の頻度を年2回から1回に減らせる") String selfAssessment,
            @Schema(examples = "LIGHTEN") Decision proposedDecision) {
    }

    @Schema(name = "DecisionInput", description = "決定 / the office's decision. MERGE needs mergeIntoId; COMPENSATE needs compensation; the others have neither.")
    public record DecisionInput(
            @NotNull @Schema(examples = "COMPENSATE") Decision decision,
            @NotBlank @Size(max = 4000) @Schema(examples = "地域の負担が大きく、住民に不可欠な事柄ではないため費用弁償とする") String reason,
            @Schema(examples = "88") @Positive Long mergeIntoId,
            @NotNull @Min(1989) @Max(2100) @Schema(description = "Fiscal year it takes effect (the cycle's year or later)", examples = "2026") Integer effectiveYear,
            @Valid Compensation compensation) {
    }

    @Schema(name = "CompletionInput", description = "実施済 / the decision was carried out")
    public record CompletionInput(@Size(max = 2000) @Schema(examples = "令和8年度の依頼から反映済み") String note) {
    }

    @Schema(name = "ReductionFigures", description = "One fiscal year against the baseline")
    public record YearFigures(
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "協力依頼の件数", examples = "41") long cooperationRequests,
            @Schema(description = "連絡・提案の件数", examples = "23") long noticeRequests,
            @Schema(description = "Total annual effort hours landing on communities (both kinds)", examples = "85210.00") BigDecimal annualHours,
            @Schema(description = "Share of cooperation requests cut since the baseline (0.25 = 25 %; negative: more)", examples = "0.1800") @Nullable BigDecimal cooperationCut,
            @Schema(description = "Share of hours cut since the baseline", examples = "0.2210") @Nullable BigDecimal hoursCut) {
    }

    @Schema(name = "DepartmentReduction", description = "A department's series")
    public record DepartmentSeries(@Schema(examples = "5") Long departmentId, @Schema(examples = "循環型社会推進部") String departmentName,
            @Schema(examples = "環境局") String bureauName, List<YearFigures> years) {
    }

    @Schema(name = "ReductionDashboard", description = "削減の状況 / reduction figures of a review: series per fiscal year from the baseline, city-wide and by department; decisions so far; what is left undecided")
    public record Dashboard(
            @Schema(examples = "3") Long cycleId,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "2024") int baselineYear,
            List<YearFigures> cityWide,
            List<DepartmentSeries> departments,
            @Schema(description = "Decisions in this cycle by kind", examples = "{\"ABOLISH\": 4, \"LIGHTEN\": 9}") Map<String, Long> decisions,
            @Schema(description = "Requests of the year without a decision yet", examples = "12") long undecided,
            @Schema(description = "協力依頼 of the cycle's year once ABOLISH, MERGE and RECLASSIFY decisions take effect", examples = "33") long projectedCooperationRequests,
            @Schema(description = "Hours of the cycle's year once ABOLISH and MERGE decisions take effect (LIGHTEN is not quantified)", examples = "70120.00") BigDecimal projectedAnnualHours) {
    }

    @Schema(name = "CompensationDistrict", description = "費用弁償 per district")
    public record CompensationDistrict(@Schema(examples = "12") @Nullable Long districtId, @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "14") long organizations, @Schema(examples = "3120") long memberHouseholds,
            @Schema(examples = "132400") long yen) {
    }

    @Schema(name = "CompensationOrganization", description = "費用弁償 per receiving organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompensationOrganization(@Schema(examples = "120") Long organizationId, @Schema(examples = "HGS-03-A05") String code,
            @Schema(examples = "香椎一丁目町内会") String name, @Schema(examples = "12") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(description = "Member households of the fiscal year (absent: no figures, counted as 0)", examples = "350") @Nullable Integer memberHouseholds,
            @Schema(examples = "12000") long yen) {
    }

    @Schema(name = "CompensationOrganizationPage", description = "A page of receiving organizations with their amounts")
    public record OrganizationPage(List<CompensationOrganization> items, long total, int page, int size) {
    }

    @Schema(name = "CompensationAmounts", description = "費用弁償額 / yearly compensation in integer yen: flatPerOrganization × organizations + perMemberHousehold × member households")
    public record CompensationAmounts(
            @Schema(examples = "41") Long requestId,
            @Schema(description = "Fiscal year of the membership figures used", examples = "2025") int fiscalYear,
            Compensation formula,
            @Schema(description = "true: the formula of the office's COMPENSATE decision; false: a preview with the query's formula", examples = "true") boolean decided,
            @Schema(examples = "2380") long organizations,
            @Schema(examples = "312000") long memberHouseholds,
            @Schema(examples = "18140000") long totalYen,
            List<CompensationDistrict> districts,
            OrganizationPage associations) {
    }
}
