package jp.kyodo.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of facilities (場の提供). */
public final class FacilityDtos {

    private FacilityDtos() {
    }

    @Schema(name = "FacilityRoom", description = "部屋")
    public record Room(
            @NotBlank @Size(max = 100) @Schema(examples = "大会議室") String name,
            @Min(1) @Max(10000) @Schema(description = "定員", examples = "60") @Nullable Integer capacity) {
    }

    @Schema(name = "FacilityWorkInput", description = "建設・修繕: one work on the facility and the subsidy that paid for it")
    public record WorkInput(
            @NotNull @Schema(examples = "2024-11-20") LocalDate doneOn,
            @NotNull @Schema(description = "CONSTRUCTION 新築, EXTENSION 増改築, REPAIR 修繕, EQUIPMENT 設備", examples = "REPAIR") FacilityWorkKind kind,
            @NotBlank @Size(max = 500) @Schema(examples = "屋根防水改修") String description,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "工事費 in yen", examples = "2400000") Long costYen,
            @Positive @Schema(description = "The subsidy program that paid for it", examples = "14") Long programId,
            @Positive @Schema(description = "The organization's grant case, when kyodo holds it (its program must be programId)", examples = "903") Long grantCaseId,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "補助額 in yen; at most costYen", examples = "1600000") Long subsidyYen) {
    }

    @Schema(name = "FacilityInput", description = "施設: a community centre or hall of a district, or a room the city lends")
    public record FacilityInput(
            @NotBlank @Size(max = 200) @Schema(examples = "香椎校区コミュニティセンター") String name,
            @NotNull @Schema(description = "COMMUNITY_CENTER 校区コミュニティセンター, KOMINKAN 公民館, MEETING_HALL 集会所, CITY_ROOM 市の貸出会議室, OTHER",
                    examples = "COMMUNITY_CENTER") FacilityKind kind,
            @Positive @Schema(description = "The district; required but for CITY_ROOM", examples = "4") Long districtId,
            @Size(max = 300) @Schema(examples = "東区香椎駅前1-2-3") String address,
            @NotNull @Schema(description = "CITY 市, COUNCIL 校区の協議会, ASSOCIATION 自治会・町内会, OTHER", examples = "CITY") FacilityOwner owner,
            @Size(max = 200) @Schema(description = "The owner's name when not the city", examples = "香椎校区自治協議会") String ownerName,
            @Min(1) @Max(100000) @Schema(description = "収容人数", examples = "150") Integer capacity,
            @Min(1868) @Max(2100) @Schema(description = "建築年", examples = "1998") Integer builtYear,
            @Schema(description = "Lent by the city to community organizations (貸出)", examples = "false") Boolean lentByCity,
            @Size(max = 2000) @Schema(examples = "駐車場 10台") String note,
            @Size(max = 50) @Schema(description = "In order") List<@NotNull @Valid Room> rooms,
            @Size(max = 100) @Schema(description = "Oldest first") List<@NotNull @Valid WorkInput> works) {
    }

    @Schema(name = "FacilityWork", description = "建設・修繕 with the subsidy that paid for it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Work(
            @Schema(examples = "2024-11-20") LocalDate doneOn,
            FacilityWorkKind kind,
            @Schema(examples = "屋根防水改修") String description,
            @Schema(examples = "2400000") @Nullable Long costYen,
            @Schema(examples = "14") @Nullable Long programId,
            @Schema(examples = "コミュニティセンター修繕費補助") @Nullable String programName,
            @Schema(description = "年度 of the program's edition", examples = "2024") @Nullable Integer programFiscalYear,
            @Schema(examples = "903") @Nullable Long grantCaseId,
            @Schema(examples = "1600000") @Nullable Long subsidyYen) {
    }

    @Schema(name = "Facility", description = "施設 (場の提供) with its rooms and construction/repair history")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacilityResponse(
            @Schema(examples = "5") long id,
            @Schema(examples = "香椎校区コミュニティセンター") String name,
            FacilityKind kind,
            @Schema(examples = "4") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "東区") @Nullable String wardName,
            @Nullable String address,
            FacilityOwner owner,
            @Nullable String ownerName,
            @Schema(examples = "150") @Nullable Integer capacity,
            @Schema(examples = "1998") @Nullable Integer builtYear,
            boolean lentByCity,
            @Nullable String note,
            List<Room> rooms,
            List<Work> works,
            @Schema(description = "The subsidies of the history summed (yen)", examples = "1600000") long subsidyTotalYen,
            @Schema(description = "The caller may change it (office; a liaison in their districts)", examples = "true") boolean canEdit,
            @Schema(examples = "1") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) implements Versioned {
    }
}
