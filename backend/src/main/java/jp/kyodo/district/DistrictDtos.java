package jp.kyodo.district;

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
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the district feature. */
public final class DistrictDtos {

    private DistrictDtos() {
    }

    @Schema(name = "DistrictSummary", description = "校区 (一覧) / a school district as listed, with its join rate in the chosen fiscal year")
    public record DistrictSummary(
            @Schema(examples = "12") Long id,
            @Schema(examples = "HGS-03") String code,
            @Schema(examples = "香椎") String name,
            @Schema(examples = "かしい") String kana,
            @Schema(examples = "1") Long wardId,
            @Schema(examples = "東区") String wardName,
            @Schema(description = "Fiscal year of the membership figures", examples = "2025") @Nullable Integer fiscalYear,
            @Schema(description = "Number of neighborhood associations with figures that year", examples = "12") long associations,
            @Schema(description = "世帯数 / households in the associations' areas", examples = "5120") @Nullable Long households,
            @Schema(description = "加入世帯数 / member households", examples = "3988") @Nullable Long memberHouseholds,
            @Schema(description = "加入率 / join rate (0–1), absent when there are no figures", examples = "0.7789") @Nullable BigDecimal joinRate,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) {
    }

    @Schema(name = "LiaisonRef", description = "校区担当職員 / an assigned liaison")
    public record LiaisonRef(
            @Schema(examples = "5") Long assignmentId,
            @Schema(examples = "3") Long userId,
            @Schema(examples = "博多 花子") String displayName,
            @Schema(examples = "2025-04-01") LocalDate startsOn,
            @Schema(examples = "2027-03-31") @Nullable LocalDate endsOn) {
    }

    @Schema(name = "DistrictStatistics", description = "校区の人口・世帯数 / population and households of a district in a fiscal year")
    public record StatisticsResponse(
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "14820") int population,
            @Schema(examples = "6810") int households,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "DistrictStatisticsInput", description = "人口・世帯数の登録 / population and households for a fiscal year")
    public record StatisticsRequest(
            @NotNull @Min(0) @Max(10_000_000) @Schema(examples = "14820") Integer population,
            @NotNull @Min(0) @Max(10_000_000) @Schema(examples = "6810") Integer households) {
    }

    @Schema(name = "District", description = "校区 / a school district with its facts, latest statistics and assigned liaisons")
    public record DistrictResponse(
            @Schema(examples = "12") Long id,
            @Schema(examples = "HGS-03") String code,
            @Schema(examples = "香椎") String name,
            @Schema(examples = "かしい") String kana,
            @Schema(examples = "1") Long wardId,
            @Schema(examples = "東区") String wardName,
            @Schema(description = "公民館 / 校区コミュニティセンター", examples = "香椎公民館") @Nullable String communityHall,
            @Schema(examples = "JR香椎駅周辺") @Nullable String note,
            @Schema(description = "Latest population and households") @Nullable StatisticsResponse latestStatistics,
            @Schema(description = "Liaisons assigned today (absent for anonymous callers)") @Nullable List<LiaisonRef> liaisons,
            Permissions permissions,
            @Schema(examples = "3") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "DistrictInput", description = "校区の登録・更新 / create or update a district")
    public record DistrictRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") @Schema(examples = "HGS-03") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "香椎") String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "must be kana") @Schema(examples = "かしい") String kana,
            @NotNull @Schema(examples = "1") @Positive Long wardId,
            @Size(max = 200) @Schema(examples = "香椎公民館") String communityHall,
            @Size(max = 2000) @Schema(examples = "JR香椎駅周辺") String note) {
    }

    @Schema(name = "LiaisonAssignment", description = "校区担当職員の配置 / a liaison's assignment to a district")
    public record AssignmentResponse(
            @Schema(examples = "5") Long id,
            @Schema(examples = "12") Long districtId,
            @Schema(examples = "3") Long userId,
            @Schema(examples = "博多 花子") String displayName,
            @Schema(examples = "2025-04-01") LocalDate startsOn,
            @Schema(examples = "2027-03-31") @Nullable LocalDate endsOn,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "LiaisonAssignmentInput", description = "配置の登録・更新 / assign a liaison (user with role LIAISON) to a district")
    public record AssignmentRequest(
            @NotNull @Schema(examples = "3") @Positive Long userId,
            @NotNull @Schema(examples = "2025-04-01") LocalDate startsOn,
            @Schema(description = "Absent while the assignment lasts", examples = "2027-03-31") LocalDate endsOn) {
    }
}
