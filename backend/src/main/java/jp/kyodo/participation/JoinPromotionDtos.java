package jp.kyodo.participation;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of raising the join rate (加入促進). */
public final class JoinPromotionDtos {

    private JoinPromotionDtos() {
    }

    // ---- new buildings -------------------------------------------------------------------------

    @Schema(name = "BuildingContact", description = "協議記録 / one contact about a new building")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactResponse(
            @Schema(examples = "90") Long id,
            @Schema(examples = "15") Long buildingId,
            @Schema(examples = "2026-10-02") LocalDate contactedOn,
            @Schema(examples = "VISIT") ContactChannel channel,
            @Schema(examples = "○○建設 開発部") String contactWith,
            @Schema(examples = "校区担当 古賀") String madeBy,
            @Schema(examples = "自治会への加入案内を入居者説明会で配ることに同意") String summary,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt) implements Versioned {
    }

    @Schema(name = "BuildingContactInput", description = "協議記録の登録 / record a contact")
    public record ContactRequest(
            @NotNull @Schema(description = "Not in the future", examples = "2026-10-02") LocalDate contactedOn,
            @NotNull @Schema(examples = "VISIT") ContactChannel channel,
            @NotBlank @Size(max = 200) @Schema(examples = "○○建設 開発部") String contactWith,
            @NotBlank @Size(max = 100) @Schema(examples = "校区担当 古賀") String madeBy,
            @NotBlank @Size(max = 2000) @Schema(examples = "自治会への加入案内を入居者説明会で配ることに同意") String summary) {
    }

    @Schema(name = "NewBuilding", description = "新築集合住宅 / a new apartment building, its developer and what came of asking them to cooperate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuildingResponse(
            @Schema(examples = "15") Long id,
            @Schema(description = "届出番号", examples = "R8-紛-0123") @Nullable String noticeNo,
            @Schema(description = "届出日", examples = "2026-09-15") LocalDate noticeOn,
            @Schema(examples = "（仮称）香椎駅前レジデンス") String name,
            @Schema(examples = "福岡市東区香椎駅前2丁目") String address,
            @Schema(examples = "4") Long districtId,
            @Schema(examples = "香椎") String districtName,
            @Schema(description = "The association the residents would join", examples = "120") @Nullable Long organizationId,
            @Schema(examples = "香椎駅前町内会") @Nullable String organizationName,
            @Schema(description = "戸数", examples = "48") int units,
            @Schema(description = "事業者", examples = "○○建設株式会社") String developer,
            @Schema(description = "管理会社", examples = "△△管理株式会社") @Nullable String managementCompany,
            @Schema(description = "竣工予定", examples = "2027-09-30") @Nullable LocalDate completionOn,
            @Schema(examples = "BLOCK_JOIN") BuildingOutcome outcome,
            @Schema(examples = "2026-11-20") @Nullable LocalDate outcomeOn,
            @Schema(description = "加入した戸数", examples = "48") int joinedUnits,
            @Schema(examples = "入居開始は10月") @Nullable String note,
            @Schema(examples = "3") int contactCount,
            @Schema(examples = "2026-11-20") @Nullable LocalDate lastContactOn,
            @Schema(description = "The timeline, oldest first (on a single building only)") @Nullable List<ContactResponse> contacts,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "NewBuildingInput", description = "新築集合住宅の登録・更新 / record or change a building (PUT replaces every field; the outcome is set separately)")
    public record BuildingRequest(
            @Size(max = 40) @Schema(examples = "R8-紛-0123") String noticeNo,
            @NotNull @Schema(examples = "2026-09-15") LocalDate noticeOn,
            @NotBlank @Size(max = 200) @Schema(examples = "（仮称）香椎駅前レジデンス") String name,
            @NotBlank @Size(max = 300) @Schema(examples = "福岡市東区香椎駅前2丁目") String address,
            @NotNull @Positive @Schema(examples = "4") Long districtId,
            @Positive @Schema(description = "An association of the same district", examples = "120") Long organizationId,
            @NotNull @Min(1) @Max(100000) @Schema(examples = "48") Integer units,
            @NotBlank @Size(max = 200) @Schema(examples = "○○建設株式会社") String developer,
            @Size(max = 200) @Schema(examples = "△△管理株式会社") String managementCompany,
            @Schema(examples = "2027-09-30") LocalDate completionOn,
            @Size(max = 2000) @Schema(examples = "入居開始は10月") String note) {
    }

    @Schema(name = "NewBuildingOutcomeInput", description = "協力の結果 / what came of it (PENDING clears it)")
    public record OutcomeRequest(
            @NotNull @Schema(examples = "BLOCK_JOIN") BuildingOutcome outcome,
            @Schema(description = "Required unless PENDING; not in the future", examples = "2026-11-20") LocalDate outcomeOn,
            @Min(0) @Max(100000) @Schema(description = "加入した戸数: at most the building's units; 0 unless units joined", examples = "48") Integer joinedUnits) {
    }

    // ---- leaflets and agreements ------------------------------------------------------------------

    @Schema(name = "LeafletDistribution", description = "チラシ・ウェルカムパックの配布 / copies handed out in a ward in a month")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LeafletResponse(
            @Schema(examples = "7") Long id,
            @Schema(examples = "1") Long wardId,
            @Schema(examples = "東区") String wardName,
            @Schema(description = "yyyy-MM", examples = "2026-04") String month,
            @Schema(examples = "2026") int fiscalYear,
            @Schema(examples = "WELCOME_PACK") LeafletKind kind,
            @Schema(description = "Where they were handed out", examples = "区役所 市民課窓口") String place,
            @Schema(examples = "320") int copies,
            @Schema(examples = "転入手続きの際に配布") @Nullable String note,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "LeafletDistributionInput", description = "配布の記録 / record copies handed out (one row per ward, month, kind and place)")
    public record LeafletRequest(
            @NotNull @Positive @Schema(examples = "1") Long wardId,
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "yyyy-MM") @Schema(examples = "2026-04") String month,
            @NotNull @Schema(examples = "WELCOME_PACK") LeafletKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "区役所 市民課窓口") String place,
            @NotNull @Min(1) @Max(10000000) @Schema(examples = "320") Integer copies,
            @Size(max = 1000) @Schema(examples = "転入手続きの際に配布") String note) {
    }

    @Schema(name = "JoinAgreement", description = "関係団体との協定 / an agreement with a related body")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgreementResponse(
            @Schema(examples = "3") Long id,
            @Schema(examples = "福岡県宅地建物取引業協会") String partner,
            @Schema(examples = "自治会・町内会への加入促進に関する協定") String title,
            @Schema(examples = "2025-06-01") LocalDate concludedOn,
            @Schema(examples = "2028-03-31") @Nullable LocalDate endsOn,
            @Schema(description = "Absent: the whole city", examples = "1") @Nullable Long wardId,
            @Schema(examples = "東区") @Nullable String wardName,
            @Schema(examples = "契約時に加入案内チラシを手渡す") @Nullable String summary,
            @Schema(description = "In force today", examples = "true") boolean current,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "JoinAgreementInput", description = "協定の登録・更新 (PUT replaces every field)")
    public record AgreementRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "福岡県宅地建物取引業協会") String partner,
            @NotBlank @Size(max = 200) @Schema(examples = "自治会・町内会への加入促進に関する協定") String title,
            @NotNull @Schema(examples = "2025-06-01") LocalDate concludedOn,
            @Schema(description = "Not before concludedOn", examples = "2028-03-31") LocalDate endsOn,
            @Positive @Schema(examples = "1") Long wardId,
            @Size(max = 2000) @Schema(examples = "契約時に加入案内チラシを手渡す") String summary) {
    }

    // ---- incorporation ------------------------------------------------------------------------------

    @Schema(name = "IncorporationCase", description = "地縁団体の認可支援 / an association's incorporation, from consultation to approval")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IncorporationResponse(
            @Schema(examples = "5") Long id,
            @Schema(examples = "120") Long organizationId,
            @Schema(examples = "香椎駅前町内会") String organizationName,
            @Schema(examples = "4") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "APPLIED") IncorporationStage stage,
            @Schema(examples = "2026-05-10") LocalDate consultedOn,
            @Schema(examples = "2026-09-01") @Nullable LocalDate appliedOn,
            @Schema(examples = "2026-11-01") @Nullable LocalDate approvedOn,
            @Schema(examples = "2026-08-01") @Nullable LocalDate withdrawnOn,
            @Schema(examples = "集会所の登記のため") @Nullable String note,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "IncorporationCaseInput", description = "認可支援の登録・更新 (PUT replaces every field). APPLIED needs appliedOn; APPROVED needs appliedOn and approvedOn "
            + "and marks the association 認可地縁団体 in the registry; WITHDRAWN needs withdrawnOn.")
    public record IncorporationRequest(
            @NotNull @Positive @Schema(description = "An association (NEIGHBORHOOD_ASSOCIATION)", examples = "120") Long organizationId,
            @NotNull @Schema(examples = "APPLIED") IncorporationStage stage,
            @NotNull @Schema(examples = "2026-05-10") LocalDate consultedOn,
            @Schema(examples = "2026-09-01") LocalDate appliedOn,
            @Schema(examples = "2026-11-01") LocalDate approvedOn,
            @Schema(examples = "2026-08-01") LocalDate withdrawnOn,
            @Size(max = 2000) @Schema(examples = "集会所の登記のため") String note) {
    }

    // ---- the effect ------------------------------------------------------------------------------------

    @Schema(name = "JoinEffectDistrict", description = "One district: its join rate before and after, and the measures taken there")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DistrictEffect(
            @Schema(examples = "4") long districtId,
            @Schema(examples = "香椎") String districtName,
            @Schema(examples = "東区") @Nullable String wardName,
            @Schema(description = "加入率 of the year before, %", examples = "78.4") @Nullable BigDecimal rateBefore,
            @Schema(description = "加入率 of the year, %", examples = "79.1") @Nullable BigDecimal rateAfter,
            @Schema(description = "Points: after − before", examples = "0.7") @Nullable BigDecimal change,
            @Schema(description = "New buildings notified in the year", examples = "2") int buildings,
            @Schema(description = "Their units whose developer was reached (at least one contact)", examples = "96") int unitsReached,
            @Schema(description = "Units of new buildings that joined in the year, by the outcome's day (whatever year the building was notified)",
                    examples = "48") int unitsJoined,
            @Schema(description = "Associations approved (認可) in the year", examples = "0") int incorporations) {
    }

    @Schema(name = "JoinEffectComparison", description = "The mean change of the join rate in the districts with a measure and in those without, with a 95% interval")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comparison(
            @Schema(description = "BUILDINGS_JOINED: units of a new building joined in the year; INCORPORATION: an association was approved", examples = "BUILDINGS_JOINED") String measure,
            @Schema(description = "Districts with the measure (and rates in both years)", examples = "5") int withCount,
            @Schema(examples = "0.62") @Nullable BigDecimal withMean,
            @Schema(description = "95% interval of the mean (t distribution); absent with fewer than 3 districts", examples = "[-0.1, 1.3]") @Nullable List<BigDecimal> withInterval,
            @Schema(examples = "37") int withoutCount,
            @Schema(examples = "-0.21") @Nullable BigDecimal withoutMean,
            @Schema(examples = "[-0.4, 0.0]") @Nullable List<BigDecimal> withoutInterval,
            @Schema(description = "Difference of the means, points", examples = "0.83") @Nullable BigDecimal difference,
            @Schema(description = "Whether there are at least 3 districts on each side; with fewer, no interval and no conclusion", examples = "true") boolean enoughData,
            @Schema(description = "Whether the two intervals do not overlap (a difference unlikely to be chance alone; still not proof of cause)", examples = "false") boolean separated) {
    }

    @Schema(name = "JoinEffectWard", description = "One ward: leaflets and welcome packs handed out in the year, and its join rate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WardEffect(
            @Schema(examples = "1") long wardId,
            @Schema(examples = "東区") String wardName,
            @Schema(examples = "1200") long leaflets,
            @Schema(examples = "640") long welcomePacks,
            @Schema(examples = "77.9") @Nullable BigDecimal rateBefore,
            @Schema(examples = "78.2") @Nullable BigDecimal rateAfter) {
    }

    @Schema(name = "JoinEffect", description = "加入促進の効果 / what the measures of a fiscal year did to the join rate, per district and ward, with the uncertainty stated")
    public record EffectResponse(
            @Schema(examples = "2026") int fiscalYear,
            @Schema(description = "The year compared against (fiscalYear − 1)", examples = "2025") int baseYear,
            @Schema(description = "The districts (of the ward when asked), by kana") List<DistrictEffect> districts,
            List<Comparison> comparisons,
            List<WardEffect> wards,
            @Schema(description = "Buildings of the year by outcome", examples = "{\"BLOCK_JOIN\": 3, \"PENDING\": 5}") java.util.Map<String, Integer> outcomes,
            @Schema(description = "Agreements with related bodies in force on the year's last day", examples = "2") int agreementsInForce) {
    }
}
