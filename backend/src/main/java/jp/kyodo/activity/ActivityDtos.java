package jp.kyodo.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

/** Request and response bodies of the activity log (活動記録), its follow-ups (対応事項) and attachments. */
public final class ActivityDtos {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private ActivityDtos() {
    }

    @Schema(name = "ActivityDistrict", description = "A district the record concerns")
    public record DistrictRef(@Schema(examples = "12") long id, @Schema(examples = "香椎") String name) {
    }

    @Schema(name = "ActivityOrganization", description = "An organization the record concerns")
    public record OrganizationRef(@Schema(examples = "40") long id, @Schema(examples = "香椎校区自治協議会") String name,
            @Schema(examples = "12") long districtId) {
    }

    @Schema(name = "ActivitySection", description = "A section (所管課) the record concerns")
    public record SectionRef(@Schema(examples = "14") long id, @Schema(examples = "防災対策課") String name) {
    }

    @Schema(name = "ActivityStaff", description = "A person present: an account (userId) or a name written freely")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StaffResponse(@Schema(examples = "7") @Nullable Long userId, @Schema(examples = "山田 花子") String name) {
    }

    @Schema(name = "FollowUp", description = "対応事項 / a follow-up: what is to be done, by whom, by when; OPEN until marked DONE (with the day)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpResponse(
            @Schema(examples = "301") long id,
            @Schema(examples = "防犯灯の設置要望を道路維持課へ伝える") String description,
            @Schema(description = "The responsible account", examples = "7") @Nullable Long responsibleId,
            @Schema(examples = "山田 花子") @Nullable String responsibleName,
            @Schema(examples = "2026-12-10") @Nullable LocalDate dueOn,
            @Schema(examples = "OPEN") FollowUpStatus status,
            @Schema(examples = "2026-12-08") @Nullable LocalDate doneOn) {
    }

    @Schema(name = "ActivityAttachment", description = "添付ファイル / a file kept with the record (the content is downloaded separately)")
    public record AttachmentResponse(
            @Schema(examples = "88") long id,
            @Schema(examples = "12") long activityId,
            @Schema(examples = "会議資料.pdf") String filename,
            @Schema(description = "The type detected from the content", examples = "application/pdf") String mediaType,
            @Schema(examples = "183204") long sizeBytes,
            @Schema(examples = "2026-12-04T10:15:00+09:00") OffsetDateTime uploadedAt,
            @Schema(examples = "liaison") String uploadedBy) {
    }

    @Schema(name = "Activity", description = "活動記録 / an activity record: what a liaison did on one day in one or more districts, with its follow-ups. "
            + "Personal data in the summary is the writer's responsibility.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivityResponse(
            @Schema(examples = "12") long id,
            @Schema(examples = "VISIT") ActivityType type,
            @Schema(examples = "2026-12-03") LocalDate occurredOn,
            @Schema(description = "年度 of occurredOn (April–March)", examples = "2026") int fiscalYear,
            @Schema(description = "HH:mm, Japan time", examples = "10:00") @Nullable String startsAt,
            @Schema(description = "HH:mm, Japan time", examples = "11:30") @Nullable String endsAt,
            @Schema(description = "One or more, by kana") List<DistrictRef> districts,
            List<OrganizationRef> organizations,
            List<StaffResponse> staff,
            List<SectionRef> sections,
            @Schema(examples = "自治協議会会長と防災訓練の日程を相談。") String summary,
            @Schema(description = "In the order written") List<FollowUpResponse> followUps,
            @Schema(description = "Open follow-ups", examples = "1") int openFollowUps,
            @Schema(examples = "2") long attachmentCount,
            @Schema(description = "The account that wrote it", examples = "7") @Nullable Long createdById,
            @Schema(examples = "山田 花子") String createdByName,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt,
            Permissions permissions,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt) implements Versioned {
    }

    @Schema(name = "ActivityStaffInput", description = "A person present: userId (an account), or name (written freely), or both (name then overrides the account's)")
    public record StaffInput(
            @Positive @Schema(examples = "7") Long userId,
            @Size(max = 100) @Schema(examples = "中央区 地域支援課 田中") String name) {
    }

    @Schema(name = "FollowUpInput", description = "A follow-up of the record. With `id`: that follow-up of this record, changed; without: a new one. "
            + "Follow-ups of the record not sent are deleted.")
    public record FollowUpInput(
            @Positive @Schema(examples = "301") Long id,
            @NotBlank @Size(max = 500) @Schema(examples = "防犯灯の設置要望を道路維持課へ伝える") String description,
            @NotNull @Positive @Schema(description = "The responsible account", examples = "7") Long responsibleId,
            @NotNull @Schema(examples = "2026-12-10") LocalDate dueOn,
            @Schema(description = "Default OPEN", examples = "OPEN") FollowUpStatus status,
            @Schema(description = "With DONE; default today", examples = "2026-12-08") LocalDate doneOn) {
    }

    @Schema(name = "ActivityInput", description = "活動記録の登録・更新 / create or update an activity record (PUT replaces every field, follow-ups included)")
    public record ActivityRequest(
            @NotNull @Schema(examples = "VISIT") ActivityType type,
            @NotNull @Schema(description = "Not in the future", examples = "2026-12-03") LocalDate occurredOn,
            @Pattern(regexp = TIME, message = "HH:mm (00:00–23:59)") @Schema(examples = "10:00") String startsAt,
            @Pattern(regexp = TIME, message = "HH:mm (00:00–23:59)") @Schema(description = "Not before startsAt", examples = "11:30") String endsAt,
            @NotEmpty @Size(max = 10) @Schema(description = "One or more districts; a liaison only their own", examples = "[12]") List<@NotNull @Positive Long> districtIds,
            @Size(max = 30) @Schema(description = "Organizations of those districts", examples = "[40]") List<@NotNull @Positive Long> organizationIds,
            @Size(max = 20) List<@NotNull @Valid StaffInput> staff,
            @Size(max = 10) @Schema(description = "Sections (所管課) it concerns: their department users may read it", examples = "[14]") List<@NotNull @Positive Long> sectionIds,
            @NotBlank @Size(max = 8000) @Schema(examples = "自治協議会会長と防災訓練の日程を相談。") String summary,
            @Size(max = 20) List<@NotNull @Valid FollowUpInput> followUps) {
    }

    @Schema(name = "FollowUpStatusInput", description = "対応事項の完了・再開 / mark a follow-up done (on doneOn, default today) or open again")
    public record FollowUpStatusRequest(
            @NotNull @Schema(examples = "DONE") FollowUpStatus status,
            @Schema(description = "With DONE; default today; not in the future", examples = "2026-12-08") LocalDate doneOn) {
    }
}
