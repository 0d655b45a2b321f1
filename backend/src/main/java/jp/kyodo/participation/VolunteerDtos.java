package jp.kyodo.participation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
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
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of volunteer recruitment (ボランティア募集). */
public final class VolunteerDtos {

    private VolunteerDtos() {
    }

    @Schema(name = "VolunteerPostPermissions", description = "What the caller may do with the post")
    public record PostPermissions(
            @Schema(description = "Change its fields (and delete a draft)", examples = "true") boolean canEdit,
            @Schema(description = "Send it for approval (DRAFT, RETURNED)", examples = "true") boolean canSubmit,
            @Schema(description = "Approve or return it (the office, while SUBMITTED)", examples = "false") boolean canApprove,
            @Schema(description = "Close it (APPROVED)", examples = "false") boolean canClose,
            @Schema(description = "Read its inquiries (the office and the district's liaisons)", examples = "true") boolean canReadInquiries) {
    }

    @Schema(name = "VolunteerPost", description = "ボランティア募集 / a council's call for volunteers, as staff see it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostResponse(
            @Schema(examples = "12") Long id,
            @Schema(description = "The posting council (or association)", examples = "40") Long organizationId,
            @Schema(examples = "香椎校区自治協議会") String organizationName,
            @Schema(examples = "4") Long districtId,
            @Schema(examples = "香椎") String districtName,
            @Schema(examples = "夏祭りの会場設営") String title,
            @Schema(examples = "テント設営と片付け、会場案内") String activity,
            @Schema(examples = "香椎小学校 運動場") @Nullable String place,
            @Schema(examples = "2027-07-25") LocalDate startsOn,
            @Schema(examples = "2027-07-26") @Nullable LocalDate endsOn,
            @Schema(examples = "両日 8:00〜12:00") @Nullable String schedule,
            @Schema(description = "募集人数", examples = "10") int wanted,
            @Schema(examples = "中学生以上。動きやすい服装で") @Nullable String conditions,
            @Schema(description = "募集締切: the last day it is public", examples = "2027-07-10") LocalDate closesOn,
            @Schema(examples = "APPROVED") VolunteerPostStatus status,
            @Schema(description = "Public now: APPROVED and closesOn not passed", examples = "true") boolean published,
            @Schema(description = "The office's note when returned, or why it was closed", examples = "日程を確認してください") @Nullable String statusNote,
            @Schema(examples = "2027-06-01T01:00:00Z") @Nullable OffsetDateTime submittedAt,
            @Schema(examples = "2027-06-02T01:00:00Z") @Nullable OffsetDateTime approvedAt,
            @Schema(description = "Who approved it (display name)", examples = "地域協働課 山本") @Nullable String approvedBy,
            @Schema(examples = "2027-07-11T01:00:00Z") @Nullable OffsetDateTime closedAt,
            @Schema(description = "問い合わせ件数", examples = "3") int inquiryCount,
            @Schema(description = "Inquiries not yet relayed to the council", examples = "1") int unrelayedCount,
            PostPermissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "VolunteerPostInput", description = "ボランティア募集の登録・更新 / create or change a post (PUT replaces every field)")
    public record PostRequest(
            @NotNull @Positive @Schema(description = "The posting council or association; its district is the post's", examples = "40") Long organizationId,
            @NotBlank @Size(max = 200) @Schema(examples = "夏祭りの会場設営") String title,
            @NotBlank @Size(max = 4000) @Schema(examples = "テント設営と片付け、会場案内") String activity,
            @Size(max = 200) @Schema(examples = "香椎小学校 運動場") String place,
            @NotNull @Schema(examples = "2027-07-25") LocalDate startsOn,
            @Schema(description = "Not before startsOn", examples = "2027-07-26") LocalDate endsOn,
            @Size(max = 200) @Schema(examples = "両日 8:00〜12:00") String schedule,
            @NotNull @Min(1) @Max(9999) @Schema(examples = "10") Integer wanted,
            @Size(max = 2000) @Schema(examples = "中学生以上。動きやすい服装で") String conditions,
            @NotNull @Schema(description = "Not after the activity's last day (endsOn, else startsOn)", examples = "2027-07-10") LocalDate closesOn) {
    }

    @Schema(name = "VolunteerPostStatusInput", description = "募集の状態を変える / move a post on: SUBMITTED (send for approval), APPROVED or RETURNED (the office), CLOSED")
    public record StatusRequest(
            @NotNull @Schema(examples = "APPROVED") VolunteerPostStatus status,
            @Size(max = 1000) @Schema(description = "Required with RETURNED (what to change); optional with CLOSED", examples = "日程を確認してください") String note) {
    }

    @Schema(name = "VolunteerInquiry", description = "問い合わせ / a message from the public about a post. The sender's name, e-mail and phone are personal data (the office and the district's liaisons only).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InquiryResponse(
            @Schema(examples = "55") Long id,
            @Schema(examples = "12") Long postId,
            @Schema(examples = "福岡 太郎") String personName,
            @Schema(examples = "taro@example.jp") String email,
            @Schema(examples = "090-0000-0000") @Nullable String phone,
            @Schema(examples = "当日だけ参加できますか") String message,
            @Schema(examples = "2027-06-10T03:00:00Z") OffsetDateTime receivedAt,
            @Schema(description = "When it reached the council; absent while not relayed", examples = "2027-06-10T03:01:00Z") @Nullable OffsetDateTime relayedAt,
            @Schema(description = "MAIL: kyodo sent it to the council's address; HAND: a liaison passed it on", examples = "MAIL") @Nullable String relayChannel,
            @Schema(examples = "古賀 健一") @Nullable String relayedBy,
            @Schema(examples = "0") long version) implements Versioned {
    }

    @Schema(name = "PublicVolunteerPost", description = "ボランティア募集 / a published call for volunteers (no contact details: inquiries go through the form)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicPost(
            @Schema(examples = "12") Long id,
            @Schema(examples = "香椎校区自治協議会") String organizationName,
            @Schema(examples = "香椎") String districtName,
            @Schema(examples = "東区") @Nullable String wardName,
            @Schema(examples = "夏祭りの会場設営") String title,
            @Schema(examples = "テント設営と片付け、会場案内") String activity,
            @Schema(examples = "香椎小学校 運動場") @Nullable String place,
            @Schema(examples = "2027-07-25") LocalDate startsOn,
            @Schema(examples = "2027-07-26") @Nullable LocalDate endsOn,
            @Schema(examples = "両日 8:00〜12:00") @Nullable String schedule,
            @Schema(examples = "10") int wanted,
            @Schema(examples = "中学生以上。動きやすい服装で") @Nullable String conditions,
            @Schema(examples = "2027-07-10") LocalDate closesOn,
            @Schema(description = "When it was published", examples = "2027-06-02T01:00:00Z") OffsetDateTime publishedAt) {
    }

    @Schema(name = "VolunteerInquiryInput", description = "問い合わせの送信 / a visitor's message about a post; it reaches the council through kyodo")
    public record InquiryRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "福岡 太郎") String name,
            @NotBlank @Size(max = 254) @Email @Schema(examples = "taro@example.jp") String email,
            @Size(max = 40) @Pattern(regexp = "[0-9０-９+\\-－ー() ]*", message = "digits, spaces, + - ( ) only") @Schema(examples = "090-0000-0000") String phone,
            @NotBlank @Size(max = 2000) @Schema(examples = "当日だけ参加できますか") String message,
            @NotNull @AssertTrue(message = "consent to passing the message to the council is needed") @Schema(description = "The visitor agrees that the message, name and contact go to the posting council", examples = "true") Boolean consent,
            @Size(max = 0, message = "must be empty") @Schema(description = "Leave empty (a field people do not see; automated senders fill it in)", examples = "") String website) {
    }

    @Schema(name = "VolunteerInquiryReceipt", description = "受付 / the inquiry was received")
    public record InquiryReceipt(
            @Schema(description = "受付番号", examples = "55") long receiptNo,
            @Schema(examples = "2027-06-10T03:00:00Z") OffsetDateTime receivedAt) {
    }
}
