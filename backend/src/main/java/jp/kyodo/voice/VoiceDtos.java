package jp.kyodo.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of 地域の声 (voices from districts). */
public final class VoiceDtos {

    private VoiceDtos() {
    }

    @Schema(name = "VoicePermissions", description = "What the caller may do with this voice now (so a screen offers only what will be accepted)")
    public record VoicePermissions(
            @Schema(description = "Change the received details (liaison of the district or office, until closed)", examples = "true") boolean canEdit,
            @Schema(description = "Route it to a section (受付 or 担当課で対応中)", examples = "true") boolean canRoute,
            @Schema(description = "Answer it (the section it was routed to, or office; 担当課で対応中 only)", examples = "false") boolean canAnswer,
            @Schema(description = "Close it: the answer went back to the council (回答済 only)", examples = "false") boolean canClose) {
    }

    @Schema(name = "Voice", description = "地域の声 / a request, proposal or complaint a district raised to the city, and where it stands")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoiceResponse(
            @Schema(examples = "41") Long id,
            @Schema(description = "要望 REQUEST, 提案 PROPOSAL, 苦情 COMPLAINT", examples = "REQUEST") VoiceKind kind,
            @Schema(description = "受付 RECEIVED → 担当課で対応中 IN_PROGRESS → 回答済 ANSWERED → 完了 CLOSED", examples = "IN_PROGRESS") VoiceStatus status,
            @Schema(examples = "12") Long districtId,
            @Schema(examples = "香椎校区") String districtName,
            @Schema(description = "The organization that raised it (usually the district council)", examples = "40") @Nullable Long organizationId,
            @Schema(examples = "香椎校区自治協議会") @Nullable String organizationName,
            @Schema(examples = "2026-05-12") LocalDate receivedOn,
            @Schema(description = "年度 of receivedOn (April–March)", examples = "2026") int fiscalYear,
            @Schema(description = "The liaison (or office member) who received it", examples = "校区 担当") String receivedByName,
            @Schema(examples = "通学路の街灯の増設") String subject,
            @Schema(examples = "香椎東二丁目の通学路が暗く、街灯を増やしてほしい。") String body,
            @Schema(description = "回答期限: by default received + the target days", examples = "2026-06-11") LocalDate dueOn,
            @Schema(description = "Not yet answered and past its due date", examples = "false") boolean overdue,
            @Schema(description = "所管課: the section it was routed to", examples = "14") @Nullable Long sectionId,
            @Schema(examples = "道路維持課") @Nullable String sectionName,
            @Schema(examples = "2026-05-13") @Nullable LocalDate routedOn,
            @Schema(examples = "令和8年度中に2基を増設します。") @Nullable String answer,
            @Schema(examples = "道路 太郎") @Nullable String answeredByName,
            @Schema(examples = "2026-06-02") @Nullable LocalDate answeredOn,
            @Schema(description = "answeredOn − receivedOn, in days", examples = "21") @Nullable Integer daysToAnswer,
            @Schema(description = "The day the liaison returned the answer to the council", examples = "2026-06-05") @Nullable LocalDate closedOn,
            @Schema(examples = "役員会で回答を報告") @Nullable String closingNote,
            VoicePermissions permissions,
            @Schema(examples = "2") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "VoiceInput", description = "受付 / receive a voice, or correct what was received (PUT replaces these fields)")
    public record VoiceInput(
            @NotNull @Schema(examples = "REQUEST") VoiceKind kind,
            @NotNull @Positive @Schema(examples = "12") Long districtId,
            @Positive @Schema(examples = "40") Long organizationId,
            @NotNull @Schema(description = "Not in the future", examples = "2026-05-12") LocalDate receivedOn,
            @NotBlank @Size(max = 300) @Schema(examples = "通学路の街灯の増設") String subject,
            @NotBlank @Size(max = 4000) @Schema(examples = "香椎東二丁目の通学路が暗く、街灯を増やしてほしい。") String body,
            @Schema(description = "回答期限; absent → receivedOn + the target days (kyodo.voice.target-days, default 30)", examples = "2026-06-11") LocalDate dueOn) {
    }

    @Schema(name = "VoiceRouting", description = "担当課へ / route a voice to the responsible section")
    public record VoiceRouting(
            @NotNull @Positive @Schema(examples = "14") Long sectionId,
            @Schema(description = "A new due date (absent: unchanged)", examples = "2026-06-11") LocalDate dueOn) {
    }

    @Schema(name = "VoiceAnswerInput", description = "回答 / the section's answer")
    public record VoiceAnswerInput(
            @NotBlank @Size(max = 4000) @Schema(examples = "令和8年度中に2基を増設します。") String answer,
            @Schema(description = "Absent → today; not before receivedOn, not in the future", examples = "2026-06-02") LocalDate answeredOn) {
    }

    @Schema(name = "VoiceClosingInput", description = "完了 / the answer went back to the council")
    public record VoiceClosingInput(
            @Schema(description = "Absent → today; not before answeredOn, not in the future", examples = "2026-06-05") LocalDate closedOn,
            @Size(max = 2000) @Schema(examples = "役員会で回答を報告") String note) {
    }

    @Schema(name = "VoiceResponseTimeRow", description = "回答状況: one section in one fiscal year (by received date)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseTimeRow(
            @Schema(examples = "2026") int fiscalYear,
            @Schema(description = "Absent: voices not yet routed to a section", examples = "14") @Nullable Long sectionId,
            @Schema(examples = "道路維持課") @Nullable String sectionName,
            @Schema(description = "Voices received", examples = "12") long received,
            @Schema(description = "Answered (回答済 or 完了)", examples = "9") long answered,
            @Schema(description = "Not yet answered (受付 or 担当課で対応中)", examples = "3") long open,
            @Schema(description = "Open and past the due date today", examples = "1") long overdue,
            @Schema(description = "Answered within the target days of receipt", examples = "7") long answeredWithinTarget,
            @Schema(description = "Median days from receipt to answer, over answered voices only (open ones are not counted; see overdue)", examples = "18.5") @Nullable Double medianDaysToAnswer,
            @Schema(description = "Share answered within the target days (0–1): answeredWithinTarget / (answered + open voices already older than the target days); open voices still within their target are not yet counted either way. Absent when nothing is decided yet", examples = "0.78") @Nullable Double shareWithinTarget) {
    }

    @Schema(name = "VoiceResponseTimes", description = "回答状況 / how quickly sections answer voices, per section and fiscal year")
    public record ResponseTimes(
            @Schema(description = "The target days (kyodo.voice.target-days)", examples = "30") int targetDays,
            @Schema(description = "The day overdue is counted on", examples = "2026-12-04") LocalDate asOf,
            List<ResponseTimeRow> rows) {
    }
}
