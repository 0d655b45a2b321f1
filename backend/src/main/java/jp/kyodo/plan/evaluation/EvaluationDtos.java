package jp.kyodo.plan.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.progress.ProgressStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the evaluation feature: the rating scale, evaluations, the evaluation sheet. */
public final class EvaluationDtos {

    private EvaluationDtos() {
    }

    @Schema(name = "RatingGrade", description = "評価の尺度の段階 / one grade of the rating scale")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grade(
            @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9+-]+", message = "letters, digits, + and - only") @Schema(examples = "A") String code,
            @Min(1) @Max(99) @Schema(description = "Order on the scale, best first; on PUT absent = the order of the list", examples = "1") Integer position,
            @NotBlank @Size(max = 100) @Schema(examples = "順調") String labelJa,
            @NotBlank @Size(max = 100) @Schema(examples = "On track") String labelEn,
            @Size(max = 500) @Schema(examples = "目標どおり、または目標を上回って進んでいる") @Nullable String descriptionJa,
            @Size(max = 500) @Schema(examples = "Progressing as planned or better") @Nullable String descriptionEn) {
    }

    @Schema(name = "RatingScale", description = "評価の尺度 / the whole rating scale, best grade first; read and replaced as one")
    public record RatingScale(
            @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid Grade> grades) {
    }

    @Schema(name = "Evaluation", description = "評価 / the committee's evaluation of an initiative in a fiscal year (without initiativeId: "
            + "the overall opinion 総評 of the year). DRAFT → FINALIZED → PUBLISHED; a correction is a new revision, and the "
            + "published one it replaces becomes SUPERSEDED.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationResponse(
            @Schema(examples = "41") long id,
            @Schema(examples = "1") long planId,
            @Schema(description = "Absent for the overall opinion (総評)", examples = "12") @Nullable Long initiativeId,
            @Schema(examples = "2009") int fiscalYear,
            @Schema(description = "1, then 2, 3 … for each correction", examples = "1") int revision,
            @Schema(examples = "DRAFT") EvaluationState state,
            @Schema(description = "A code of the rating scale; absent while not rated and for the opinion", examples = "B") @Nullable String rating,
            @Schema(examples = "フォーラムは予定どおり開催され、参加者も多かった。") @Nullable String comment,
            @Schema(description = "提言", examples = "若い世代の参加を増やす工夫を求める。") @Nullable String recommendation,
            @Schema(description = "Why a published evaluation was corrected (corrections only)", examples = "評価の根拠とした参加者数に誤りがあったため") @Nullable String correctionReason,
            @Schema(description = "Who last wrote it", examples = "committee") String writtenBy,
            @Schema(examples = "2010-07-28T15:00:00+09:00") @Nullable OffsetDateTime finalizedAt,
            @Schema(examples = "2010-08-20T10:00:00+09:00") @Nullable OffsetDateTime publishedAt,
            @Schema(examples = "2010-10-01T10:00:00+09:00") @Nullable OffsetDateTime supersededAt,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "EvaluationRow", description = "One initiative on the evaluation sheet, with its current evaluation (the latest revision)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationRow(
            @Schema(examples = "12") long initiativeId,
            @Schema(examples = "Ⅱ-1-(1)-ア") String path,
            @Schema(examples = "「住民自治フォーラム（仮称）」の開催") String title,
            @Schema(examples = "NEW") @Nullable InitiativeTag tag,
            @Schema(description = "Progress status reported for that fiscal year (its latest period); absent when nothing is reported", examples = "CARRIED_OUT") @Nullable ProgressStatus status,
            @Schema(description = "Absent while nobody has written one") @Nullable EvaluationResponse evaluation) {
    }

    @Schema(name = "EvaluationCounts", description = "Rows of the sheet by the state of their current evaluation; missing = not written yet")
    public record Counts(@Schema(examples = "5") long draft, @Schema(examples = "30") long finalized,
            @Schema(examples = "0") long published, @Schema(examples = "2") long missing) {
    }

    @Schema(name = "EvaluationSheet", description = "評価シート / every initiative of the plan in tree order with its evaluation for the fiscal year, "
            + "and the committee's overall opinion (総評)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationSheet(
            @Schema(examples = "1") long planId,
            @Schema(examples = "2009") int fiscalYear,
            List<Grade> grades,
            @Schema(description = "The overall opinion (総評): absent while nobody has written one") @Nullable EvaluationResponse opinion,
            Counts counts,
            List<EvaluationRow> rows) {
    }

    @Schema(name = "EvaluationOpinionInput", description = "総評 / the overall opinion of the year (no rating)")
    public record OpinionInput(
            @Size(max = 4000) @Schema(examples = "全体としておおむね順調に進んでいる。") String comment,
            @Size(max = 4000) @Schema(examples = "校区への依頼の見直しを着実に進めること。") String recommendation,
            @Schema(description = "The version read; absent when there was no opinion yet", examples = "0") @PositiveOrZero Long version) {
    }

    @Schema(name = "EvaluationRowInput", description = "One row of the sheet to save as a draft")
    public record RowInput(
            @NotNull @Schema(examples = "12") @Positive Long initiativeId,
            @Size(max = 10) @Schema(description = "A code of the rating scale; absent: not rated yet", examples = "B") String rating,
            @Size(max = 4000) @Schema(examples = "フォーラムは予定どおり開催され、参加者も多かった。") String comment,
            @Size(max = 4000) @Schema(examples = "若い世代の参加を増やす工夫を求める。") String recommendation,
            @Schema(description = "The version of the row's evaluation as read; absent when it had none", examples = "0") @PositiveOrZero Long version) {
    }

    @Schema(name = "EvaluationSheetInput", description = "評価シートの保存 / drafts to save: only the rows sent are touched")
    public record EvaluationSheetInput(
            @Valid OpinionInput opinion,
            @NotNull @Size(max = 1000) List<@NotNull @Valid RowInput> rows) {
    }

    @Schema(name = "CorrectionInput", description = "訂正 / why a published evaluation is corrected")
    public record CorrectionInput(
            @NotBlank @Size(max = 1000) @Schema(examples = "評価の根拠とした参加者数に誤りがあったため") String reason) {
    }
}
