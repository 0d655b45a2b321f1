package jp.kyodo.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
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
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of trainings and events (研修・説明会等), their attendance and kept files. */
public final class EventDtos {

    private EventDtos() {
    }

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    @Schema(name = "SupportEventInput", description = "研修・説明会等: a training, an explanatory meeting, a forum or a case-presentation meeting")
    public record SupportEventInput(
            @NotBlank @Size(max = 200) @Schema(examples = "令和8年度 補助金等説明会") String title,
            @NotNull @Schema(description = "TRAINING 研修, BRIEFING 説明会, FORUM フォーラム, CASE_PRESENTATION 事例発表会, OTHER その他",
                    examples = "BRIEFING") SupportEventKind kind,
            @NotNull @Schema(description = "開催日; its fiscal year is the event's", examples = "2026-04-18") LocalDate heldOn,
            @Pattern(regexp = TIME, message = "HH:mm (00:00–23:59)") @Schema(description = "HH:mm, Japan time", examples = "14:00") String startsAt,
            @Pattern(regexp = TIME, message = "HH:mm (00:00–23:59)") @Schema(description = "HH:mm, after startsAt", examples = "16:00") String endsAt,
            @Size(max = 200) @Schema(description = "会場", examples = "市役所 1001会議室") String place,
            @NotNull @Schema(description = "CIVIC 市民活動全般, COMMUNITY 地域コミュニティ組織等, BOTH", examples = "COMMUNITY") SupportAudience audience,
            @NotNull @Positive @Schema(description = "主催課: the organizing section", examples = "3") Long sectionId,
            @Positive @Schema(description = "The program of the catalogue it belongs to (a training program, or the subsidy it explains)",
                    examples = "12") Long programId,
            @Min(1) @Max(100000) @Schema(description = "定員", examples = "120") Integer capacity,
            @Size(max = 4000) @Schema(examples = "補助金の申請から実績報告までの手続きを説明します。") String description) {
    }

    @Schema(name = "EventAttendanceRow", description = "申込・出席 of one district and, when given, one organization of it: head counts only")
    public record AttendanceRow(
            @Schema(examples = "4") long districtId,
            @Schema(examples = "香椎") String districtName,
            @Schema(examples = "東区") @Nullable String wardName,
            @Schema(examples = "21") @Nullable Long organizationId,
            @Schema(examples = "香椎校区自治協議会") @Nullable String organizationName,
            @Schema(description = "申込者数", examples = "3") int registered,
            @Schema(description = "出席者数; null until the attendance is taken", examples = "2") @Nullable Integer attended) {
    }

    @Schema(name = "EventAttendanceInputRow", description = "One row of a district's attendance")
    public record AttendanceInputRow(
            @Positive @Schema(description = "An organization of the district; absent: the district as a whole", examples = "21") Long organizationId,
            @NotNull @Min(0) @Max(10000) @Schema(description = "申込者数", examples = "3") Integer registered,
            @Min(0) @Max(10000) @Schema(description = "出席者数; absent until the attendance is taken", examples = "2") Integer attended) {
    }

    @Schema(name = "EventAttendanceInput", description = "The registrations and attendance of one district at an event; replaces the district's rows")
    public record AttendanceInput(
            @NotNull @Size(max = 200) @Schema(description = "At most one row per organization and one for the district as a whole; empty: none")
            List<@NotNull @Valid AttendanceInputRow> rows) {
    }

    @Schema(name = "SupportEventPermissions", description = "What the caller may do with the event")
    public record EventPermissions(
            @Schema(description = "Change or delete the event and its materials (the office, the organizing section)", examples = "true") boolean canManage,
            @Schema(description = "Record registrations and attendance: every district (office, organizing section) or the liaison's own",
                    examples = "true") boolean canRecordAttendance) {
    }

    @Schema(name = "SupportEvent", description = "研修・説明会等 with its registrations and attendance per district and organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupportEventResponse(
            @Schema(examples = "7") long id,
            @Schema(description = "年度 of heldOn", examples = "2026") int fiscalYear,
            @Schema(examples = "令和8年度 補助金等説明会") String title,
            SupportEventKind kind,
            @Schema(examples = "2026-04-18") LocalDate heldOn,
            @Schema(description = "HH:mm, Japan time", examples = "14:00") @Nullable String startsAt,
            @Schema(description = "HH:mm, Japan time", examples = "16:00") @Nullable String endsAt,
            @Schema(examples = "市役所 1001会議室") @Nullable String place,
            SupportAudience audience,
            @Schema(examples = "3") long sectionId,
            @Schema(examples = "コミュニティ推進課") String sectionName,
            @Schema(examples = "12") @Nullable Long programId,
            @Schema(examples = "校区コミュニティ組織運営費補助") @Nullable String programName,
            @Schema(examples = "120") @Nullable Integer capacity,
            @Nullable String description,
            @Schema(description = "申込者数の合計 (kept)", examples = "58") int registeredTotal,
            @Schema(description = "出席者数の合計 (kept)", examples = "51") int attendedTotal,
            @Schema(description = "Districts with someone present (kept)", examples = "17") int districtsAttended,
            @Schema(description = "By district (kana order), then organization") List<AttendanceRow> attendance,
            EventPermissions permissions,
            @Schema(examples = "2") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "SupportFile", description = "書類: a file kept with a grant case's step or with an event (its materials)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupportFileResponse(
            @Schema(examples = "31") long id,
            @Schema(description = "The step of the grant case; absent for an event's materials", examples = "APPLICATION") @Nullable GrantStep step,
            @Schema(examples = "交付申請書.pdf") String filename,
            @Schema(description = "The type detected from the content", examples = "application/pdf") String mediaType,
            @Schema(examples = "183204") long sizeBytes,
            @Schema(examples = "2026-12-04T10:15:00+09:00") OffsetDateTime uploadedAt,
            @Schema(examples = "liaison") String uploadedBy) {
    }
}
