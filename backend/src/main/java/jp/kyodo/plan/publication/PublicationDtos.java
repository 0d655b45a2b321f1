package jp.kyodo.plan.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kyodo.common.web.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.PlanDtos.TargetDto;
import jp.kyodo.plan.evaluation.EvaluationDtos.Grade;
import jp.kyodo.plan.progress.ProgressStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of publication (公表) and of the public side. A {@link PublicReport} is what the office publishes and the
 * public reads: it holds no personal data (no names of committee members, officers or staff, no usernames) and only
 * published evaluations.
 */
public final class PublicationDtos {

    private PublicationDtos() {
    }

    // ---- publishing (internal) -----------------------------------------------------------------------

    @Schema(name = "PublicationInput", description = "公表 / publish a fiscal year of a plan")
    public record PublicationInput(
            @NotNull @Min(1950) @Max(2100) @Schema(description = "年度", examples = "2009") Integer fiscalYear,
            @Size(max = 1000) @Schema(description = "Shown with the report (e.g. what a new revision corrects)", examples = "評価の一部を訂正しました") String note) {
    }

    @Schema(name = "PublishedReportSummary", description = "公表した報告 / one published revision of a year's report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublishedReportSummary(
            @Schema(examples = "1") long planId,
            @Schema(examples = "fukuoka-2009") String planCode,
            @Schema(examples = "2009") int fiscalYear,
            @Schema(description = "1 for the first publication of the year, then 2, 3 …", examples = "1") int revision,
            @Schema(examples = "2010-08-20T10:00:00+09:00") OffsetDateTime publishedAt,
            @Schema(description = "Username of who published it (internal)", examples = "office") String publishedBy,
            @Schema(examples = "評価の一部を訂正しました") @Nullable String note) {
    }

    // ---- the public report ---------------------------------------------------------------------------

    @Schema(name = "PublicReportSummary", description = "公表された報告 / a published report (its latest revision)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicReportSummary(
            @Schema(examples = "fukuoka-2009") String planCode,
            @Schema(examples = "コミュニティに関する今後の取り組み") String planName,
            @Schema(examples = "2009") int fiscalYear,
            @Schema(examples = "2") int revision,
            @Schema(examples = "2010-10-01T10:00:00+09:00") OffsetDateTime publishedAt) {
    }

    @Schema(name = "PublicPlan", description = "The plan as it stood when the report was published")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicPlan(
            @Schema(examples = "fukuoka-2009") String code,
            @Schema(examples = "コミュニティに関する今後の取り組み") String name,
            @Schema(examples = "Fukuoka City: the way forward for communities (2009)") @Nullable String nameEn,
            @Schema(examples = "福岡市") String owner,
            @Schema(examples = "2009") int fromFiscalYear,
            @Schema(examples = "2010") int toFiscalYear) {
    }

    @Schema(name = "PublicRevision", description = "One published revision of the year's report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicRevision(
            @Schema(examples = "1") int revision,
            @Schema(examples = "2010-08-20T10:00:00+09:00") OffsetDateTime publishedAt,
            @Schema(examples = "評価の一部を訂正しました") @Nullable String note) {
    }

    @Schema(name = "RequestReviewSummary", description = "依頼等の見直し / the city's requests to communities in the year against the "
            + "baseline year of that year's review: 協力依頼 (cooperation requests) and the effort hours they put on communities")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestReviewSummary(
            @Schema(examples = "2010") int fiscalYear,
            @Schema(examples = "2009") int baselineYear,
            @Schema(description = "協力依頼の件数 in the year", examples = "33") long cooperationRequests,
            @Schema(examples = "41") long baselineCooperationRequests,
            @Schema(description = "Share cut against the baseline (0.25 = 25 %; negative: more); absent when the baseline is 0", examples = "0.1951") @Nullable BigDecimal requestsCutShare,
            @Schema(description = "Annual effort hours landing on communities", examples = "70120.00") BigDecimal hours,
            @Schema(examples = "85210.00") BigDecimal baselineHours,
            @Schema(description = "Share of hours cut against the baseline", examples = "0.1771") @Nullable BigDecimal hoursCutShare) {
    }

    @Schema(name = "PublicEarlierEvaluation", description = "訂正前 / an earlier published version that a correction replaced")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicEarlierEvaluation(
            @Schema(examples = "1") int revision,
            @Schema(examples = "C") @Nullable String rating,
            @Schema(examples = "参加者が少なかった。") @Nullable String comment,
            @Schema(examples = "周知の方法を見直すこと。") @Nullable String recommendation,
            @Schema(examples = "2010-08-20T10:00:00+09:00") OffsetDateTime publishedAt) {
    }

    @Schema(name = "PublicEvaluation", description = "評価 (公表) / the committee's published evaluation, with the earlier versions it corrects. "
            + "As the overall opinion (総評) it has no rating.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicEvaluation(
            @Schema(description = "A code of the report's grades; absent for the opinion", examples = "B") @Nullable String rating,
            @Schema(examples = "2") int revision,
            @Schema(examples = "フォーラムは予定どおり開催され、参加者も多かった。") @Nullable String comment,
            @Schema(description = "提言", examples = "若い世代の参加を増やす工夫を求める。") @Nullable String recommendation,
            @Schema(description = "Why it was corrected (revision 2 and later)", examples = "評価の根拠とした参加者数に誤りがあったため") @Nullable String correctionReason,
            @Schema(examples = "2010-10-01T10:00:00+09:00") @Nullable OffsetDateTime publishedAt,
            @Schema(description = "Earlier published versions, newest first") @Nullable List<PublicEarlierEvaluation> earlier) {
    }

    @Schema(name = "PublicEvidence", description = "根拠資料 / a link that backs a progress report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicEvidence(
            @Schema(examples = "フォーラム開催報告") @Nullable String label,
            @Schema(examples = "https://www.city.example.jp/forum/2009.html") String url) {
    }

    @Schema(name = "PublicIndicator", description = "指標 / a figure as published; a live one (bound to the system's data) was computed at "
            + "the moment of publication and is frozen here")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicIndicator(
            @Schema(examples = "協力依頼の件数") String name,
            @Schema(examples = "件") @Nullable String unit,
            @Schema(examples = "30") @Nullable BigDecimal target,
            @Schema(description = "Absent when there was no figure", examples = "33") @Nullable BigDecimal actual,
            @Schema(description = "Computed from the system's data when published", examples = "true") boolean live,
            @Schema(description = "The city, ward or district a live join rate is of", examples = "東区") @Nullable String scopeName) {
    }

    @Schema(name = "PublicProgress", description = "進捗 / what was reported for one period of the year")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicProgress(
            @Schema(description = "0 = the whole year, 1 = 上半期 (April–September), 2 = 下半期", examples = "0") int half,
            @Schema(examples = "CARRIED_OUT") ProgressStatus status,
            @Schema(examples = "平成21年11月に第1回住民自治フォーラムを開催し、412人が参加した。") @Nullable String done,
            List<PublicEvidence> evidence,
            List<PublicIndicator> indicators) {
    }

    @Schema(name = "PublicInitiative", description = "取り組み (公表) / an initiative with its progress in the year and its published evaluation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicInitiative(
            @Schema(examples = "II-1-1-a") String refKey,
            @Schema(examples = "「住民自治フォーラム（仮称）」の開催") String title,
            @Schema(examples = "NEW") @Nullable InitiativeTag tag,
            @Schema(description = "内容") List<String> points,
            @Schema(description = "※") List<String> notes,
            List<TargetDto> targets,
            @Schema(description = "The year's reports in period order; empty when nothing was reported") List<PublicProgress> progress,
            @Schema(description = "Absent when the committee published none for the year") @Nullable PublicEvaluation evaluation) {
    }

    @Schema(name = "PublicNode", description = "A node of the plan's tree; a placement carries its initiative (【再掲】 when relisted)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicNode(
            @Schema(examples = "2") int depth,
            @Schema(examples = "MEASURE") String levelName,
            @Schema(examples = "(1)") @Nullable String code,
            @Schema(examples = "自治に関する市民の理解促進") String title,
            @Schema(examples = "○ 真に住みよいまちをつくるためには…") @Nullable String description,
            @Schema(examples = "false") boolean relisted,
            @Nullable PublicInitiative initiative,
            List<PublicNode> children) {
    }

    @Schema(name = "PublicReport", description = "公表 / a year's report as published: an immutable snapshot of the plan's tree, the "
            + "progress of the year (live indicators frozen at publication), the committee's published evaluations and "
            + "opinion, and the request-review figures of the year. `revisions` lists every published revision of the year.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicReport(
            PublicPlan plan,
            @Schema(examples = "2009") int fiscalYear,
            @Schema(description = "This revision; in a preview, the one that publishing now would create", examples = "2") int revision,
            @Schema(description = "Absent in a preview", examples = "2010-10-01T10:00:00+09:00") @Nullable OffsetDateTime publishedAt,
            @Schema(examples = "評価の一部を訂正しました") @Nullable String note,
            @Schema(description = "Every published revision of the year, newest first") @Nullable List<PublicRevision> revisions,
            @Schema(description = "The rating scale as it was when published") List<Grade> grades,
            @Schema(description = "総評 / the committee's overall opinion of the year") @Nullable PublicEvaluation opinion,
            @Schema(description = "Absent when the year had no review of requests") @Nullable RequestReviewSummary requestReview,
            List<PublicNode> nodes) {
    }

    @Schema(name = "PublicInitiativeRow", description = "オープンデータ / one initiative as a flat row: its first placement's path, the year's "
            + "latest reported status and what was done, and its published evaluation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenDataRow(
            @Schema(examples = "2009") int fiscalYear,
            @Schema(examples = "Ⅱ-1-(1)-ア") String path,
            @Schema(examples = "II-1-1-a") String refKey,
            @Schema(examples = "「住民自治フォーラム（仮称）」の開催") String title,
            @Schema(examples = "NEW") @Nullable InitiativeTag tag,
            @Schema(description = "実施目標 as printed, joined with 、", examples = "(21 年度実施)") @Nullable String targets,
            @Schema(description = "Status of the year's latest period", examples = "CARRIED_OUT") @Nullable ProgressStatus status,
            @Schema(description = "What was done; several periods are each prefixed 【通年】【上半期】【下半期】", examples = "第1回住民自治フォーラムを開催した。") @Nullable String done,
            @Schema(examples = "A") @Nullable String rating,
            @Schema(examples = "順調") @Nullable String ratingLabel,
            @Schema(examples = "予定どおり開催された。") @Nullable String comment,
            @Schema(examples = "継続して開催すること。") @Nullable String recommendation,
            @Schema(description = "Revision of the evaluation (2 and later: corrected)", examples = "1") @Nullable Integer revision) {
    }
}
