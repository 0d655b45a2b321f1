package jp.kyodo.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the request inventory (依頼等). */
public final class CityRequestDtos {

    private CityRequestDtos() {
    }

    @Schema(name = "CityRequestMonth", description = "実施月 / a month of the fiscal year the request lands in, and how many times in that month")
    public record MonthTimes(
            @NotNull @Min(1) @Max(12) @Schema(description = "Calendar month 1–12 (the fiscal year runs April(4) → March(3))", examples = "6") Integer month,
            @NotNull @Min(1) @Max(31) @Schema(description = "Occurrences in that month", examples = "1") Integer times) {
    }

    @Schema(name = "CityRequestInput", description = "依頼等の登録・更新 / create or update a request (PUT replaces every field)")
    public record CityRequestInput(
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "letters, digits, - and _ only") @Schema(description = "Natural key (used by the spreadsheet import); generated when absent on create", examples = "KAN-2025-003") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String title,
            @Size(max = 4000) @Schema(examples = "年2回、家庭ごみの出し方に関するチラシを班回覧で周知していただくもの") String description,
            @Schema(description = "Issuing section (課). A DEPARTMENT user may leave it out (their own section) and may not name another", examples = "12") @Positive Long sectionId,
            @NotNull @Min(1989) @Max(2100) @Schema(examples = "2025") Integer fiscalYear,
            @NotNull @Schema(examples = "COOPERATION") RequestKind kind,
            @NotEmpty @Schema(description = "What is asked (one or more)", examples = "[\"CIRCULATION\"]") List<@NotNull Ask> asks,
            @NotEmpty @Schema(description = "Organization kinds that receive it (GET /api/v1/organization-kinds)", examples = "[\"NEIGHBORHOOD_ASSOCIATION\"]") List<@NotBlank String> receiverKinds,
            @Schema(description = "true: every district (districtIds and wardIds must be empty); false: the districts in districtIds and those of the wards in wardIds", examples = "true") boolean allDistricts,
            @Schema(description = "The receiving districts when allDistricts is false", examples = "[]") List<@NotNull @Positive Long> districtIds,
            @Schema(description = "区単位: whole receiving wards when allDistricts is false (absent: none). Every district of such a ward receives the request as the registry stands when it is read, so a district moved into the ward is covered; the ward's ward-level groups receive it too. Combines with districtIds (union)", examples = "[]") List<@NotNull @Positive Long> wardIds,
            @NotNull @Schema(examples = "BLOCK_CIRCULATION") Channel channel,
            @NotEmpty @Schema(description = "Months it lands in, with times per month; occurrences per year = the sum of times") List<@NotNull @Valid MonthTimes> schedule,
            @Min(0) @Max(365) @Schema(description = "Days the receivers get between receiving it and its deadline (absent: no deadline)", examples = "21") Integer deadlineDays,
            @Size(max = 500) @Schema(description = "Deadline rules in words", examples = "回覧開始から3週間以内に回収") String deadlineNote,
            @Min(1) @Max(100000) @Schema(description = "People the city asks for (e.g. participants of an event); absent when none", examples = "5") Integer headCount,
            @Schema(description = "The receivers are expected to comply (義務的)", examples = "false") boolean mandatory,
            @NotNull @Min(1) @Max(1000) @Schema(description = "People per receiving organization per occurrence", examples = "2") Integer people,
            @NotNull @DecimalMin(value = "0.25") @DecimalMax(value = "999") @Digits(integer = 3, fraction = 2) @Schema(description = "Hours per person per occurrence", examples = "1.5") BigDecimal hoursPerPerson,
            @NotNull @Schema(examples = "ACTIVE") RequestStatus status) {
    }

    @Schema(name = "CityRequestWarning", description = "警告 / a warning rule the request meets: it was saved, but the office will look at it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Warning(
            @Schema(examples = "MERGE_CANDIDATE") String rule,
            @Schema(examples = "同じ依頼先・同じ月に別の依頼があります（統合の候補）") String messageJa,
            @Schema(examples = "Another request goes to the same receivers in the same month (merge candidate)") String messageEn,
            @Schema(description = "The other request (merge candidates only)", examples = "88") @Nullable Long otherRequestId,
            @Schema(examples = "6") @Nullable Integer month) {
    }

    @Schema(name = "CityRequestBurdenFigures", description = "負担 (時間) — computed from the registry, never typed")
    public record BurdenFigures(
            @Schema(description = "Organizations of the receiver kinds in the receiving districts (today's registry)", examples = "2380") long receivingOrganizations,
            @Schema(examples = "2") int occurrencesPerYear,
            @Schema(description = "people × hours per occurrence for one organization", examples = "3.00") BigDecimal hoursPerOccurrence,
            @Schema(description = "occurrences × people × hours for one organization", examples = "6.00") BigDecimal hoursPerOrganizationPerYear,
            @Schema(description = "hoursPerOrganizationPerYear × receivingOrganizations", examples = "14280.00") BigDecimal annualHours) {
    }

    @Schema(name = "CityRequestReviewState", description = "The request's place in the review (見直し) of its fiscal year")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewState(
            @Schema(examples = "3") Long cycleId,
            @Schema(examples = "DECIDED") String state,
            @Schema(examples = "LIGHTEN") @Nullable String decision,
            @Schema(examples = "2026") @Nullable Integer effectiveYear) {
    }

    @Schema(name = "CityRequest", description = "依頼等 / a city request to communities, with its computed burden and warnings")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CityRequestResponse(
            @Schema(examples = "41") Long id,
            @Schema(examples = "KAN-2025-003") String code,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String title,
            @Nullable String description,
            @Schema(examples = "12") Long sectionId,
            @Schema(examples = "家庭ごみ減量推進課") String sectionName,
            @Schema(examples = "5") Long departmentId,
            @Schema(examples = "循環型社会推進部") String departmentName,
            @Schema(examples = "2") Long bureauId,
            @Schema(examples = "環境局") String bureauName,
            @Schema(examples = "2025") int fiscalYear,
            RequestKind kind,
            List<Ask> asks,
            List<String> receiverKinds,
            boolean allDistricts,
            List<Long> districtIds,
            @Schema(description = "区単位の依頼先: whole receiving wards (their districts as they are now)", examples = "[]") List<Long> wardIds,
            Channel channel,
            List<MonthTimes> schedule,
            @Nullable Integer deadlineDays,
            @Nullable String deadlineNote,
            @Nullable Integer headCount,
            boolean mandatory,
            @Schema(examples = "2") int people,
            @Schema(examples = "1.50") BigDecimal hoursPerPerson,
            RequestStatus status,
            BurdenFigures burden,
            List<Warning> warnings,
            @Nullable ReviewState review,
            Permissions permissions,
            @Schema(examples = "3") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CityRequestSummary", description = "依頼等 (一覧) / a request as listed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CityRequestSummary(
            @Schema(examples = "41") Long id,
            @Schema(examples = "KAN-2025-003") String code,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String title,
            @Schema(examples = "12") Long sectionId,
            @Schema(examples = "家庭ごみ減量推進課") String sectionName,
            @Schema(examples = "循環型社会推進部") String departmentName,
            @Schema(examples = "環境局") String bureauName,
            @Schema(examples = "2025") int fiscalYear,
            RequestKind kind,
            List<Ask> asks,
            Channel channel,
            RequestStatus status,
            @Schema(examples = "2380") long receivingOrganizations,
            @Schema(examples = "6.00") BigDecimal hoursPerOrganizationPerYear,
            @Schema(examples = "14280.00") BigDecimal annualHours,
            @Schema(description = "Ids of the warning rules it meets", examples = "[\"MERGE_CANDIDATE\"]") @Nullable List<String> warnings,
            @Nullable ReviewState review,
            @Schema(examples = "3") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }
}
