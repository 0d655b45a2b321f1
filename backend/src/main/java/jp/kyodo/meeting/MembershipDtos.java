package jp.kyodo.meeting;

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
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the bodies' seats, members and attendance (会議体と構成員). */
public final class MembershipDtos {

    private MembershipDtos() {
    }

    @Schema(name = "SeatDistrict", description = "A district (whose representative's seat is empty)")
    public record DistrictRef(@Schema(examples = "12") long id, @Schema(examples = "香椎") String name) {
    }

    @Schema(name = "CouncilSeat", description = "役職と定数 / a seat of a council body, with how many hold it today")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeatResponse(
            @Schema(examples = "7") Long id,
            @Schema(examples = "2") Long bodyId,
            @Schema(description = "役職", examples = "理事") String title,
            @Schema(examples = "ELECTED") SeatFilling filling,
            @Schema(description = "定数 as set; absent for a district representative's seat", examples = "11") @Nullable Integer seats,
            @Schema(description = "定数 today: `seats`, or for a district representative's seat the number of districts in the body's reach", examples = "11") int seatsToday,
            @Schema(description = "Members in term today", examples = "10") int filled,
            @Schema(description = "欠員: seats today without a member (never negative)", examples = "1") int vacant,
            @Schema(description = "For a district representative's seat: the districts without a representative today, in code order") @Nullable List<DistrictRef> vacantDistricts,
            @Schema(description = "任期 in years", examples = "2") @Nullable Integer termYears,
            @Schema(examples = "10") int sortOrder,
            @Schema(examples = "総会で選出") @Nullable String note,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CouncilSeatInput", description = "役職の登録・更新 / create or update a seat (PUT replaces every field)")
    public record SeatRequest(
            @NotBlank @Size(max = 60) @Schema(examples = "理事") String title,
            @NotNull @Schema(examples = "ELECTED") SeatFilling filling,
            @Min(1) @Max(999) @Schema(description = "定数: required, except for DISTRICT_REPRESENTATIVE (must be absent: one per district)", examples = "11") Integer seats,
            @Min(1) @Max(10) @Schema(description = "任期 in years", examples = "2") Integer termYears,
            @Min(0) @Max(9999) @Schema(examples = "10") Integer sortOrder,
            @Size(max = 500) @Schema(examples = "総会で選出") String note) {
    }

    @Schema(name = "CouncilMember", description = "構成員 / a person in a seat for a term. The name is personal data: present only for callers who may read it (as an officer's).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberResponse(
            @Schema(examples = "301") Long id,
            @Schema(examples = "2") Long bodyId,
            @Schema(examples = "理事会") String bodyName,
            @Schema(examples = "COMMUNITY") BodySide bodySide,
            @Schema(examples = "7") Long seatId,
            @Schema(examples = "理事") String seatTitle,
            @Schema(examples = "ELECTED") SeatFilling filling,
            @Schema(description = "Personal data", examples = "山田 花子") @Nullable String personName,
            @Schema(description = "Personal data", examples = "やまだ はなこ") @Nullable String personKana,
            @Schema(description = "Whether the caller may read the name", examples = "true") boolean personalDataVisible,
            @Schema(description = "The organization the member represents", examples = "40") @Nullable Long organizationId,
            @Schema(examples = "香椎校区自治協議会") @Nullable String organizationName,
            @Schema(description = "The district the member represents", examples = "12") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "2025-05-24") LocalDate termStart,
            @Schema(description = "Absent: open-ended", examples = "2027-05-31") @Nullable LocalDate termEnd,
            @Schema(description = "In term today", examples = "true") boolean current,
            @Schema(examples = "副会長を兼ねる") @Nullable String note,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CouncilMemberInput", description = "構成員の登録・更新 / create or update a member (PUT replaces every field)")
    public record MemberRequest(
            @NotNull @Positive @Schema(description = "A seat of the same body", examples = "7") Long seatId,
            @NotBlank @Size(max = 100) @Schema(examples = "山田 花子") String personName,
            @Size(max = 100) @Schema(examples = "やまだ はなこ") String personKana,
            @Positive @Schema(description = "The organization the member represents", examples = "40") Long organizationId,
            @Positive @Schema(description = "The district the member represents: required for a district representative's seat, and the "
                    + "organization's district when both are given", examples = "12") Long districtId,
            @NotNull @Schema(examples = "2025-05-24") LocalDate termStart,
            @Schema(description = "Not before termStart; absent: open-ended", examples = "2027-05-31") LocalDate termEnd,
            @Size(max = 500) @Schema(examples = "副会長を兼ねる") String note) {
    }

    @Schema(name = "CouncilBodyRoster", description = "構成 / a body's seats with today's members and vacancies")
    public record RosterResponse(
            @Schema(examples = "2") Long bodyId,
            @Schema(examples = "理事会") String bodyName,
            @Schema(examples = "COMMUNITY") BodySide side,
            @Schema(examples = "MAJORITY") QuorumRule quorum,
            @Schema(examples = "false") boolean proxiesCount,
            @Schema(description = "The day the figures are for (today)", examples = "2026-12-04") LocalDate asOf,
            @Schema(description = "In display order") List<SeatResponse> seats,
            @Schema(description = "Sum of seatsToday", examples = "14") int seatTotal,
            @Schema(examples = "13") int filled,
            @Schema(examples = "1") int vacant,
            @Schema(description = "`canEdit`: the caller may change seats, members and attendance") Permissions permissions) {
    }

    @Schema(name = "MeetingAttendanceFigures", description = "出欠と定足数 / a meeting's attendance as kept with its rows")
    public record AttendanceFigures(
            @Schema(description = "Members in term on the day", examples = "14") int membersOnDay,
            @Schema(examples = "10") int present,
            @Schema(description = "委任状", examples = "2") int proxy,
            @Schema(examples = "2") int absent,
            @Schema(description = "Members in term without a row", examples = "0") int unrecorded,
            @Schema(description = "How many had to attend; absent when the body has no quorum", examples = "8") @Nullable Integer quorumRequired,
            @Schema(description = "Whether the quorum was met (proxies count when the body says so); absent when the body has no quorum", examples = "true") @Nullable Boolean quorumMet) {
    }

    @Schema(name = "MeetingAttendanceRow", description = "A member in term on the meeting's day and their attendance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttendanceRow(
            @Schema(examples = "301") Long memberId,
            @Schema(description = "Personal data", examples = "山田 花子") @Nullable String personName,
            @Schema(examples = "理事") String seatTitle,
            @Schema(description = "The district or organization represented", examples = "香椎") @Nullable String representing,
            @Schema(description = "Absent: not recorded", examples = "PRESENT") @Nullable AttendanceStatus status) {
    }

    @Schema(name = "MeetingAttendance", description = "出欠 / who was at a meeting; the ETag is the meeting's version")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttendanceResponse(
            @Schema(examples = "31") Long meetingId,
            @Schema(examples = "第3回理事会") String meetingName,
            @Schema(examples = "2025-06-25") LocalDate heldOn,
            @Schema(examples = "2") Long bodyId,
            @Schema(examples = "MAJORITY") QuorumRule quorum,
            @Schema(examples = "false") boolean proxiesCount,
            @Schema(description = "Absent until attendance is recorded") @Nullable AttendanceFigures figures,
            @Schema(description = "The members in term on the day, by seat order and kana") List<AttendanceRow> rows,
            Permissions permissions,
            @Schema(description = "The meeting's version", examples = "3") long version) implements Versioned {
    }

    @Schema(name = "MeetingAttendanceEntry", description = "One member's attendance")
    public record AttendanceEntry(
            @NotNull @Positive @Schema(examples = "301") Long memberId,
            @NotNull @Schema(examples = "PRESENT") AttendanceStatus status) {
    }

    @Schema(name = "MeetingAttendanceInput", description = "出欠の記録 / a meeting's attendance; replaces every row (a member not listed is not recorded)")
    public record AttendanceRequest(
            @NotNull @Size(max = 2000) List<@NotNull @Valid AttendanceEntry> rows) {
    }
}
