package jp.kyodo.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the meeting feature: council bodies, meetings, agenda items, upward reports. */
public final class MeetingDtos {

    private MeetingDtos() {
    }

    // ---- council bodies ---------------------------------------------------------------------

    @Schema(name = "CouncilBody", description = "会議体 / a body of a council that meets (理事会, 幹事会, 校区事務局連絡会議, 部会, 総会, a district council's meeting)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CouncilBodyResponse(
            @Schema(examples = "2") Long id,
            @Schema(examples = "BOARD") String code,
            @Schema(examples = "理事会") String nameJa,
            @Schema(examples = "Board") String nameEn,
            @Schema(examples = "BOARD") CouncilBodyKind kind,
            @Schema(description = "The council in the registry (the city-wide council or a district council)", examples = "5") @Nullable Long organizationId,
            @Schema(examples = "校区まちづくり連絡協議会") @Nullable String organizationName,
            @Schema(description = "Other names the body goes by in meeting logs (matched by the meeting-log import)", examples = "[\"事務局連絡会議\"]") List<String> aliases,
            @Schema(examples = "20") int sortOrder,
            @Schema(description = "地域側 (COMMUNITY) or 市側 (CITY)", examples = "COMMUNITY") BodySide side,
            @Schema(description = "定足数", examples = "MAJORITY") QuorumRule quorum,
            @Schema(description = "Whether a proxy (委任状) counts as attending for the quorum", examples = "true") boolean proxiesCount,
            @Schema(description = "定数 today over all seats (0 when no seats are set)", examples = "14") int seatTotal,
            @Schema(description = "欠員 today", examples = "1") int vacant,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CouncilBodyInput", description = "会議体の登録・更新 / create or update a council body (PUT replaces every field)")
    public record CouncilBodyRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") @Schema(examples = "HGS-01-GA") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "香椎校区自治協議会 総会") String nameJa,
            @NotBlank @Size(max = 100) @Schema(examples = "Kashii district council general assembly") String nameEn,
            @NotNull @Schema(examples = "DISTRICT_COUNCIL_MEETING") CouncilBodyKind kind,
            @Schema(examples = "40") @Positive Long organizationId,
            @Size(max = 20) @Schema(examples = "[\"香椎校区総会\"]") List<@NotBlank @Size(max = 100) String> aliases,
            @Min(0) @Max(9999) @Schema(examples = "100") Integer sortOrder,
            @Schema(description = "Absent: COMMUNITY", examples = "COMMUNITY") BodySide side,
            @Schema(description = "Absent: NONE", examples = "MAJORITY") QuorumRule quorum,
            @Schema(description = "Whether a proxy (委任状) counts as attending; absent: false", examples = "true") Boolean proxiesCount) {
    }

    // ---- meetings -----------------------------------------------------------------------------

    @Schema(name = "CouncilMeetingSummary", description = "会議 (一覧) / a meeting as listed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingSummary(
            @Schema(examples = "31") Long id,
            @Schema(examples = "2") Long bodyId,
            @Schema(examples = "BOARD") String bodyCode,
            @Schema(examples = "理事会") String bodyName,
            @Schema(examples = "BOARD") CouncilBodyKind bodyKind,
            @Schema(description = "第N回", examples = "3") @Nullable Integer number,
            @Schema(examples = "2025-06-25") LocalDate heldOn,
            @Schema(description = "年度 of heldOn (April–March)", examples = "2025") int fiscalYear,
            @Schema(examples = "第3回理事会") @Nullable String title,
            @Schema(description = "@Nullable title, or 第N回 + the body's name", examples = "第3回理事会") String displayName,
            @Schema(examples = "4") long agendaItemCount,
            @Schema(description = "出欠と定足数; absent until attendance is recorded") @Nullable MembershipDtos.AttendanceFigures attendance,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CouncilMeeting", description = "会議 / a meeting of a council body, with the items the city reported at it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingResponse(
            @Schema(examples = "31") Long id,
            @Schema(examples = "2") Long bodyId,
            @Schema(examples = "BOARD") String bodyCode,
            @Schema(examples = "理事会") String bodyName,
            @Schema(examples = "BOARD") CouncilBodyKind bodyKind,
            @Schema(description = "第N回", examples = "3") @Nullable Integer number,
            @Schema(examples = "2025-06-25") LocalDate heldOn,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "第3回理事会") @Nullable String title,
            @Schema(examples = "第3回理事会") String displayName,
            @Schema(examples = "市役所 本庁舎 302会議室") @Nullable String note,
            @Schema(description = "In order") List<AgendaItemResponse> agendaItems,
            @Schema(description = "出欠と定足数; absent until attendance is recorded") @Nullable MembershipDtos.AttendanceFigures attendance,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CouncilMeetingInput", description = "会議の登録・更新 / create or update a meeting (PUT replaces every field; agenda items are managed separately)")
    public record MeetingRequest(
            @NotNull @Schema(examples = "2") @Positive Long bodyId,
            @Min(1) @Max(999) @Schema(description = "第N回; absent when the body does not number its meetings", examples = "3") Integer number,
            @NotNull @Schema(examples = "2025-06-25") LocalDate heldOn,
            @Size(max = 200) @Schema(description = "Absent: shown as 第N回 + the body's name", examples = "第3回理事会") String title,
            @Size(max = 2000) @Schema(examples = "市役所 本庁舎 302会議室") String note) {
    }

    // ---- agenda items -------------------------------------------------------------------------

    @Schema(name = "AgendaItem", description = "議題 / an item the city reported at a meeting, with the presenting section (担当課) and the requests it carries")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItemResponse(
            @Schema(examples = "501") Long id,
            @Schema(examples = "31") Long meetingId,
            @Schema(examples = "2") Long bodyId,
            @Schema(examples = "理事会") String bodyName,
            @Schema(examples = "第3回理事会") String meetingDisplayName,
            @Schema(examples = "2025-06-25") LocalDate heldOn,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "Position in the meeting, from 1", examples = "1") int order,
            @Schema(examples = "地域での防災対策について") String title,
            @Schema(description = "担当課 as written", examples = "防災対策課") @Nullable String sectionName,
            @Schema(description = "The section in the section register, when linked", examples = "14") @Nullable Long sectionId,
            @Schema(examples = "資料2") @Nullable String note,
            @Schema(description = "Ids of the city requests (依頼等) the item carries", examples = "[120, 121]") List<Long> requestIds,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "AgendaItemInput", description = "議題の登録・更新 / create or update an agenda item (PUT replaces every field)")
    public record AgendaItemRequest(
            @Min(1) @Max(999) @Schema(description = "Position in the meeting; absent on create: after the last item", examples = "1") Integer order,
            @NotBlank @Size(max = 500) @Schema(examples = "地域での防災対策について") String title,
            @Size(max = 100) @Schema(examples = "防災対策課") String sectionName,
            @Positive @Schema(examples = "14") Long sectionId,
            @Size(max = 2000) @Schema(examples = "資料2") String note,
            @Size(max = 50) @Schema(description = "Ids of city requests (依頼等) the item carries; each must exist (400 naming `requestIds[i]` otherwise)", examples = "[120, 121]") List<@NotNull @Positive Long> requestIds) {
    }

    // ---- upward reports ---------------------------------------------------------------------

    @Schema(name = "UpwardReport", description = "校区からの報告 / a report a district sent up to the city (校区だより, 実績報告, 調査報告, 総会資料). `note` and `url` are internal: present only for signed-in callers.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpwardReportResponse(
            @Schema(examples = "77") Long id,
            @Schema(examples = "NEWSLETTER") UpwardReportType type,
            @Schema(examples = "香椎校区だより 第120号") String title,
            @Schema(examples = "12") Long districtId,
            @Schema(examples = "HGS-01") String districtCode,
            @Schema(examples = "香椎") String districtName,
            @Schema(description = "The organization that sent it", examples = "40") @Nullable Long organizationId,
            @Schema(examples = "香椎校区自治協議会") @Nullable String organizationName,
            @Schema(examples = "2025-07-10") LocalDate receivedOn,
            @Schema(description = "年度 of receivedOn (April–March)", examples = "2025") int fiscalYear,
            @Schema(description = "The section it went to", examples = "協働推進課") @Nullable String sectionName,
            @Schema(examples = "14") @Nullable Long sectionId,
            @Schema(description = "Internal: signed-in callers only", examples = "https://docs.example.jp/hgs-01/dayori-120.pdf") @Nullable String url,
            @Schema(description = "Internal: signed-in callers only", examples = "防災訓練の参加者数は実績報告と一致") @Nullable String note,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "UpwardReportInput", description = "校区からの報告の登録・更新 / record or update a report from a district (PUT replaces every field)")
    public record UpwardReportRequest(
            @NotNull @Schema(examples = "NEWSLETTER") UpwardReportType type,
            @NotBlank @Size(max = 300) @Schema(examples = "香椎校区だより 第120号") String title,
            @NotNull @Schema(examples = "12") @Positive Long districtId,
            @Schema(description = "An organization of the same district", examples = "40") @Positive Long organizationId,
            @NotNull @Schema(examples = "2025-07-10") LocalDate receivedOn,
            @Size(max = 100) @Schema(examples = "協働推進課") String sectionName,
            @Positive @Schema(examples = "14") Long sectionId,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(examples = "https://docs.example.jp/hgs-01/dayori-120.pdf") String url,
            @Size(max = 2000) @Schema(examples = "防災訓練の参加者数は実績報告と一致") String note) {
    }
}
