package jp.kyodo.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of membership figures and join rates. */
public final class MembershipDtos {

    private MembershipDtos() {
    }

    @Schema(name = "MembershipFigure", description = "加入世帯数 / households and member households of an association in a fiscal year, with the derived join rate")
    public record FigureResponse(
            @Schema(examples = "315") Long id,
            @Schema(examples = "120") Long organizationId,
            @Schema(description = "年度 (April–March)", examples = "2025") int fiscalYear,
            @Schema(description = "世帯数 in the association's area", examples = "420") int households,
            @Schema(description = "加入世帯数", examples = "350") int memberHouseholds,
            @Schema(description = "加入率 = memberHouseholds ÷ households (4 decimals)", examples = "0.8333") @Nullable BigDecimal joinRate,
            @Schema(examples = "RESIDENT_REGISTRY") AreaCountMethod areaCountMethod,
            @Schema(examples = "住民基本台帳 2025年4月1日") @Nullable String source,
            @Schema(examples = "マンション1棟が新たに加入") @Nullable String note,
            @Schema(examples = "2") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "MembershipFigureInput", description = "加入世帯数の登録・更新 / record the figures of a fiscal year")
    public record FigureRequest(
            @NotNull @Min(0) @Max(1_000_000) @Schema(examples = "420") Integer households,
            @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Must not exceed households", examples = "350") Integer memberHouseholds,
            @NotNull @Schema(examples = "RESIDENT_REGISTRY") AreaCountMethod areaCountMethod,
            @Size(max = 200) @Schema(examples = "住民基本台帳 2025年4月1日") String source,
            @Size(max = 1000) @Schema(examples = "マンション1棟が新たに加入") String note,
            @Schema(description = "Confirms a large change: without it, households or member households that differ by more "
                    + "than the configured share (default 30 %) from the figure replaced — or, for a new year, from last "
                    + "year's — are refused with 422 (rule `large-change`, the fields named)", examples = "false") Boolean confirmLargeChange) {
    }

    @Schema(name = "JoinRate", description = "加入率の集計 / join rate of a district, ward or the city in a fiscal year, summed by the database over neighborhood associations")
    public record JoinRateRow(
            @Schema(examples = "DISTRICT", enumeration = {"CITY", "WARD", "DISTRICT"}) String level,
            @Schema(description = "District or ward id (absent for CITY)", examples = "12") @Nullable Long id,
            @Schema(examples = "HGS-03") @Nullable String code,
            @Schema(examples = "香椎") String name,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "Associations with figures", examples = "12") long associations,
            @Schema(examples = "5120") long households,
            @Schema(examples = "3988") long memberHouseholds,
            @Schema(examples = "0.7789") @Nullable BigDecimal joinRate) {
    }
}
