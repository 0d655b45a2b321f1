package jp.kyodo.plan.committee;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
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
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the committee feature: members and meetings of the promotion committee. */
public final class CommitteeDtos {

    private CommitteeDtos() {
    }

    @Schema(name = "CommitteeMember", description = "推進委員会 委員 / a member of the promotion committee. `email` and `phone` are personal "
            + "contact data: present only for ADMIN and OFFICE (omitted for COMMITTEE).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberResponse(
            @Schema(examples = "3") long id,
            @Schema(examples = "白石 節子") String name,
            @Schema(examples = "しらいし せつこ") @Nullable String kana,
            @Schema(description = "所属 / who the member comes from", examples = "香椎校区自治協議会") String affiliation,
            @Schema(description = "役職 on the committee", examples = "副委員長") @Nullable String roleTitle,
            @Schema(description = "First day of the term", examples = "2009-08-01") LocalDate termFrom,
            @Schema(description = "Last day of the term; absent while open", examples = "2011-07-31") @Nullable LocalDate termTo,
            @Schema(description = "Personal: ADMIN and OFFICE only", examples = "shiraishi@example.jp") @Nullable String email,
            @Schema(description = "Personal: ADMIN and OFFICE only", examples = "092-000-0000") @Nullable String phone,
            @Schema(description = "The term covers today (Japan)", examples = "true") boolean active,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CommitteeMemberInput", description = "委員の登録・更新 / create or update a committee member (PUT replaces every field)")
    public record MemberInput(
            @NotBlank @Size(max = 100) @Schema(examples = "白石 節子") String name,
            @Size(max = 200) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "kana only") @Schema(examples = "しらいし せつこ") String kana,
            @NotBlank @Size(max = 200) @Schema(examples = "香椎校区自治協議会") String affiliation,
            @Size(max = 100) @Schema(examples = "副委員長") String roleTitle,
            @NotNull @Schema(examples = "2009-08-01") LocalDate termFrom,
            @Schema(description = "Absent: the term has no end date yet", examples = "2011-07-31") LocalDate termTo,
            @Size(max = 200) @Email @Schema(examples = "shiraishi@example.jp") String email,
            @Size(max = 40) @Pattern(regexp = "[0-9０-９+()（）\\- ‐－]*", message = "digits, spaces, + ( ) - only") @Schema(examples = "092-000-0000") String phone) {
    }

    @Schema(name = "CommitteeAttendee", description = "A member who attended a meeting")
    public record Attendee(@Schema(examples = "3") long id, @Schema(examples = "白石 節子") String name) {
    }

    @Schema(name = "CommitteeMeeting", description = "推進委員会 会議 / a meeting of the committee with its agenda, minutes and attendance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingResponse(
            @Schema(examples = "7") long id,
            @Schema(description = "The plan the meeting was about", examples = "1") @Nullable Long planId,
            @Schema(description = "第N回 within the fiscal year", examples = "2") @Nullable Integer meetingNumber,
            @Schema(examples = "2010-07-28") LocalDate heldOn,
            @Schema(description = "年度 of heldOn (April–March)", examples = "2010") int fiscalYear,
            @Schema(examples = "1. 平成21年度の取り組みの評価について\n2. 今後の進め方について") @Nullable String agenda,
            @Schema(description = "議事録", examples = "委員長より、評価シートの確定について提案があり、了承された。") @Nullable String minutes,
            @Schema(description = "Members who attended", examples = "[3, 4, 5]") List<Long> attendeeIds,
            @Schema(description = "The same, with names, by reading") List<Attendee> attendees,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CommitteeMeetingInput", description = "会議の登録・更新 / create or update a committee meeting (PUT replaces every field; "
            + "the fiscal year is derived from heldOn)")
    public record MeetingInput(
            @Positive @Schema(examples = "1") Long planId,
            @Min(1) @Max(99) @Schema(description = "第N回 within the fiscal year", examples = "2") Integer meetingNumber,
            @NotNull @Schema(examples = "2010-07-28") LocalDate heldOn,
            @Size(max = 4000) @Schema(examples = "1. 平成21年度の取り組みの評価について") String agenda,
            @Size(max = 20000) @Schema(examples = "委員長より、評価シートの確定について提案があり、了承された。") String minutes,
            @Size(max = 100) @Schema(examples = "[3, 4, 5]") List<@NotNull @Positive Long> attendeeIds) {
    }
}
