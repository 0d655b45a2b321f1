package jp.kyodo.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the yearly cycle of subsidies and consignments (交付案件). */
public final class GrantDtos {

    private GrantDtos() {
    }

    static final String UNITS = "Units the application counts, by the keys of the program's PER_UNIT prices (e.g. {\"NEW\": 2, \"LED\": 5}); "
            + "a key the rule does not price is refused";

    @Schema(name = "GrantPermissions", description = "What the caller may do with this case now (a screen offers only what will be accepted)")
    public record GrantPermissions(
            @Schema(description = "Record the business plan or the application (liaison of the district, the section, office)", examples = "true") boolean canPrepare,
            @Schema(description = "Decide or correct the amount, record payments, fix the final amount (the implementing section, office)", examples = "false") boolean canDecide,
            @Schema(description = "Record the results report or the inspection (liaison of the district, the section, office)", examples = "true") boolean canInspect) {
    }

    @Schema(name = "GrantPayment", description = "支払: one instalment")
    public record GrantPaymentResponse(
            @Schema(examples = "1") int instalment,
            @Schema(examples = "2026-06-30") LocalDate paidOn,
            @Schema(examples = "150000") long yen,
            @Schema(examples = "地域 花子") String recordedBy,
            @Schema(examples = "概算払 第1回") @Nullable String note) {
    }

    @Schema(name = "GrantCase", description = "交付案件: one organization's year of one subsidy or consignment and where it stands")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GrantCaseResponse(
            @Schema(examples = "301") long id,
            @Schema(examples = "7") long programId,
            @Schema(examples = "校区コミュニティ組織運営費補助") String programName,
            @Schema(examples = "SUBSIDY") SupportKind programKind,
            @Schema(examples = "2026") int fiscalYear,
            @Schema(examples = "40") long organizationId,
            @Schema(examples = "香椎校区自治協議会") String organizationName,
            @Schema(examples = "かしいこうくじちきょうぎかい") @Nullable String organizationKana,
            @Schema(examples = "12") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "2") @Nullable Long wardId,
            @Schema(examples = "東区") @Nullable String wardName,
            @Schema(description = "AWAITING_PLAN 事業計画待ち → PLAN_RECEIVED 事業計画受付 → APPLIED 申請受付 → DECIDED 交付決定 → REPORTED "
                    + "実績報告受付 → INSPECTED 実地検査済 → SETTLED 額の確定", examples = "DECIDED") GrantStatus status,
            @Schema(examples = "2026-03-10") @Nullable LocalDate planReceivedOn,
            @Schema(examples = "校区 担当") @Nullable String planReceivedBy,
            @Schema(examples = "2026-04-20") @Nullable LocalDate appliedOn,
            @Schema(examples = "校区 担当") @Nullable String appliedBy,
            @Schema(description = "補助対象経費 the application states (COST_SHARE rules)", examples = "480000") @Nullable Long eligibleCost,
            @Schema(description = UNITS, examples = "{\"LED\": 5}") Map<String, Long> units,
            @Schema(description = "The registry's households the rule read (the organization's own figure, or its district's sums for a "
                    + "district council) for the program's figures year", examples = "3120") @Nullable Long households,
            @Schema(examples = "2480") @Nullable Long memberHouseholds,
            @Schema(description = "Residents of the district (resident registry) for a district council", examples = "7960") @Nullable Long population,
            @Schema(description = "The amount the program's rule gives; absent when a figure is missing (see computedMissing)", examples = "944000") @Nullable Long computedYen,
            @Schema(description = "The steps of the computation, as the decision shows them", examples = "[\"均等割 200,000円\", \"加入世帯 2,480世帯 × 300円 = 744,000円\", \"合計 944,000円\"]") List<String> computedSteps,
            @Schema(description = "The figures the rule needs and the registry or the application lacks", examples = "[]") List<String> computedMissing,
            @Schema(examples = "944000") @Nullable Long decidedYen,
            @Schema(description = "Why the decided amount differs from the computed one", examples = "校区統合に伴う経過措置") @Nullable String overrideReason,
            @Schema(description = "交付決定日: the first decision's day", examples = "2026-05-01") @Nullable LocalDate decidedOn,
            @Schema(examples = "地域 花子") @Nullable String decidedBy,
            @Schema(description = "変更交付決定日: the latest correction's day, absent until corrected", examples = "2026-09-15") @Nullable LocalDate decisionChangedOn,
            @Schema(examples = "地域 花子") @Nullable String decisionChangedBy,
            @Schema(description = "The sum of the payments so far", examples = "472000") long paidYen,
            List<GrantPaymentResponse> payments,
            @Schema(examples = "2027-04-10") @Nullable LocalDate reportedOn,
            @Schema(examples = "校区 担当") @Nullable String reportedBy,
            @Schema(description = "The cost the results report states", examples = "455000") @Nullable Long reportedCost,
            @Schema(description = "The units the results report states", examples = "{\"LED\": 4}") Map<String, Long> reportedUnits,
            @Schema(examples = "2027-05-20") @Nullable LocalDate inspectedOn,
            @Schema(examples = "校区 担当") @Nullable String inspectedBy,
            @Schema(description = "実地検査の所見", examples = "領収書1件（12,000円）が対象外経費") @Nullable String findings,
            @Schema(description = "是正・指導事項", examples = "対象外経費を除いた額で精算") @Nullable String corrections,
            @Schema(description = "The amount the final computation gives (the rule over the reported cost and units, at most the decided amount); "
                    + "what the settlement proposes", examples = "443000") @Nullable Long settlementYen,
            @Schema(examples = "443000") @Nullable Long finalYen,
            @Schema(description = "Why the final amount differs from the settlement's computation", examples = "対象外経費 12,000円を除外") @Nullable String finalReason,
            @Schema(description = "返還額: paid beyond the final amount", examples = "29000") @Nullable Long refundYen,
            @Schema(examples = "2027-06-01") @Nullable LocalDate settledOn,
            @Schema(examples = "地域 花子") @Nullable String settledBy,
            @Schema(description = "The program's deadline the case waits for now (plan, application or results report)", examples = "2026-04-30") @Nullable LocalDate nextDueOn,
            GrantPermissions permissions,
            @Schema(examples = "3") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "GrantOpening", description = "What opening a program's year did")
    public record GrantOpening(
            @Schema(examples = "7") long programId,
            @Schema(description = "Cases created for eligible organizations that had none", examples = "146") int created,
            @Schema(description = "Cases that already existed", examples = "0") int existing,
            @Schema(description = "Cases whose amount could be computed from the registry", examples = "144") int computed,
            @Schema(description = "Cases lacking a figure the rule needs", examples = "2") int missing,
            @Schema(description = "The sum of the computed amounts of the program's cases", examples = "128400000") long computedYen) {
    }

    @Schema(name = "GrantStepInput", description = "A step received on a day (the business plan)")
    public record GrantStepInput(
            @Schema(description = "The day; absent: today. Not in the future", examples = "2026-03-10") LocalDate on) {
    }

    @Schema(name = "GrantApplicationInput", description = "申請: what the application states")
    public record GrantApplicationInput(
            @Schema(description = "The day it was received; absent: today. Not in the future", examples = "2026-04-20") LocalDate on,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "補助対象経費 in yen (COST_SHARE rules)", examples = "480000") Long eligibleCost,
            @Size(max = 20) @Schema(description = UNITS, examples = "{\"LED\": 5}") Map<@Size(max = 40) String, @NotNull @Min(0) @Max(1_000_000) Long> units) {
    }

    @Schema(name = "GrantDecisionInput", description = "交付決定 (or its correction): the amount, which differs from the computed one only with a reason")
    public record GrantDecisionInput(
            @Schema(description = "The day; absent: today. Not in the future", examples = "2026-05-01") LocalDate on,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "The decided amount; absent: the computed one", examples = "944000") Long yen,
            @Size(max = 1000) @Schema(description = "Required when yen differs from the computed amount", examples = "校区統合に伴う経過措置") String reason) {
    }

    @Schema(name = "GrantBulkDecisionInput", description = "Decide every case of a program that has its application and a computed amount, as computed")
    public record GrantBulkDecisionInput(
            @Schema(description = "The day; absent: today. Not in the future", examples = "2026-05-01") LocalDate on) {
    }

    @Schema(name = "GrantBulkDecision", description = "What a bulk decision did")
    public record GrantBulkDecision(
            @Schema(examples = "144") int decided,
            @Schema(description = "Applied cases left undecided because a figure is missing", examples = "2") int missing,
            @Schema(examples = "128400000") long decidedYen) {
    }

    @Schema(name = "GrantPaymentInput", description = "支払: one instalment; the payments never exceed the decided (after settlement: final) amount")
    public record GrantPaymentInput(
            @Schema(description = "The day it was paid; absent: today. Not in the future", examples = "2026-06-30") LocalDate paidOn,
            @NotNull @Positive @Max(100_000_000_000L) @Schema(examples = "472000") Long yen,
            @Size(max = 500) @Schema(examples = "概算払 第1回") String note) {
    }

    @Schema(name = "GrantReportInput", description = "実績報告: what the results report states")
    public record GrantReportInput(
            @Schema(description = "The day it was received; absent: today. Not in the future", examples = "2027-04-10") LocalDate on,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "The cost spent (COST_SHARE rules)", examples = "455000") Long cost,
            @Size(max = 20) @Schema(description = "The units done, by the rule's keys", examples = "{\"LED\": 4}") Map<@Size(max = 40) String, @NotNull @Min(0) @Max(1_000_000) Long> units) {
    }

    @Schema(name = "GrantInspectionInput", description = "実地検査: findings and the corrections asked for")
    public record GrantInspectionInput(
            @Schema(description = "The day of the inspection; absent: today. Not in the future", examples = "2027-05-20") LocalDate on,
            @Size(max = 4000) @Schema(description = "所見; absent or blank: nothing found", examples = "領収書1件（12,000円）が対象外経費") String findings,
            @Size(max = 4000) @Schema(description = "是正・指導事項", examples = "対象外経費を除いた額で精算") String corrections) {
    }

    @Schema(name = "GrantSettlementInput", description = "額の確定: the final amount, at most the decided one; it differs from the settlement's computation only with a reason")
    public record GrantSettlementInput(
            @Schema(description = "The day; absent: today. Not in the future", examples = "2027-06-01") LocalDate on,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "The final amount; absent: the settlement's computation", examples = "443000") Long yen,
            @Size(max = 1000) @Schema(description = "Required when yen differs from the computation", examples = "対象外経費 12,000円を除外") String reason) {
    }

    @Schema(name = "GrantFigureRow", description = "One row of a program's figures: budget, decided, paid, final and refunds of a ward, district or the whole")
    public record GrantFigureRow(
            @Schema(description = "PROGRAM, WARD or DISTRICT", examples = "WARD") String level,
            @Schema(examples = "2") @Nullable Long id,
            @Schema(examples = "東区") String name,
            @Schema(examples = "23") long cases,
            @Schema(description = "Cases still waiting for their plan", examples = "1") long notSubmitted,
            @Schema(examples = "20") long decidedCases,
            @Schema(examples = "21700000") long computedYen,
            @Schema(examples = "21600000") long decidedYen,
            @Schema(examples = "10800000") long paidYen,
            @Schema(examples = "0") long finalYen,
            @Schema(examples = "0") long refundYen) {
    }

    @Schema(name = "GrantFigures", description = "予算 vs 決定 vs 支払 vs 確定 of one program: the whole, per ward and per district")
    public record GrantFigures(
            @Schema(examples = "7") long programId,
            @Schema(examples = "校区コミュニティ組織運営費補助") String programName,
            @Schema(examples = "2026") int fiscalYear,
            @Schema(examples = "130000000") @Nullable Long budgetYen,
            @Schema(description = "Budget minus decided (negative: over budget)", examples = "1600000") @Nullable Long remainingYen,
            GrantFigureRow total,
            List<GrantFigureRow> wards,
            List<GrantFigureRow> districts) {
    }

    @Schema(name = "GrantedAmount", description = "Open data: the amount granted to one organization (no personal data)")
    public record GrantedAmount(
            @Schema(examples = "2026") int fiscalYear,
            @Schema(description = "The program (filter programId)", examples = "12") long programId,
            @Schema(examples = "校区コミュニティ組織運営費補助") String program,
            @Schema(examples = "地域コミュニティ課") String section,
            @Schema(examples = "香椎校区自治協議会") String organization,
            @Schema(examples = "東区") @Nullable String ward,
            @Schema(examples = "香椎") @Nullable String district,
            @Schema(examples = "944000") long decidedYen,
            @Schema(description = "The final amount once settled", examples = "944000") @Nullable Long finalYen,
            @Schema(examples = "2026-05-01") LocalDate decidedOn) {
    }
}
