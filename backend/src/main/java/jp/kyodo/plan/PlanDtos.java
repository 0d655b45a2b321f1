package jp.kyodo.plan;

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
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import jp.kyodo.plan.progress.ProgressStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the plan feature: plans, their trees, initiatives, targets and milestones. */
public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "PlanSummary", description = "計画 / a plan")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanSummary(
            @Schema(examples = "1") long id,
            @Schema(examples = "fukuoka-2009") String code,
            @Schema(examples = "コミュニティに関する今後の取り組み") String name,
            @Schema(examples = "Fukuoka City: the way forward for communities (2009)") @Nullable String nameEn,
            @Schema(examples = "福岡市") String owner,
            @Schema(description = "First fiscal year (年度) the plan covers", examples = "2009") int fromFiscalYear,
            @Schema(description = "Last fiscal year the plan covers", examples = "2010") int toFiscalYear,
            @Schema(description = "Number of initiatives (each counted once, however often it is placed)", examples = "37") long initiatives,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "PlanDetail", description = "計画 / a plan with its description")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanDetail(
            @Schema(examples = "1") long id,
            @Schema(examples = "fukuoka-2009") String code,
            @Schema(examples = "コミュニティに関する今後の取り組み") String name,
            @Schema(examples = "Fukuoka City: the way forward for communities (2009)") @Nullable String nameEn,
            @Schema(examples = "福岡市") String owner,
            @Schema(examples = "2009") int fromFiscalYear,
            @Schema(examples = "2010") int toFiscalYear,
            @Schema(examples = "37") long initiatives,
            @Schema(examples = "○ 福岡市は、平成 18 年 10 月に…") @Nullable String description,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "PlanInput", description = "計画の登録・更新 / create or update a plan (PUT replaces every field; the code cannot change)")
    public record PlanInput(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "lower-case letters, digits and - only") @Schema(examples = "fukuoka-2009") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "コミュニティに関する今後の取り組み") String name,
            @Size(max = 200) @Schema(examples = "Fukuoka City: the way forward for communities (2009)") String nameEn,
            @NotBlank @Size(max = 200) @Schema(examples = "福岡市") String owner,
            @NotNull @Min(1950) @Max(2100) @Schema(examples = "2009") Integer fromFiscalYear,
            @NotNull @Min(1950) @Max(2100) @Schema(examples = "2010") Integer toFiscalYear,
            @Size(max = 4000) @Schema(examples = "○ 福岡市は…") String description) {
    }

    @Schema(name = "InitiativeTarget", description = "実施目標 / a target: 実施 START, 着手 BEGIN, 完了 COMPLETE, 継続 CONTINUE in a fiscal year")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetDto(
            @NotNull @Schema(examples = "START") TargetKind kind,
            @Min(1950) @Max(2100) @Schema(description = "年度; absent for a plain 継続", examples = "2009") @Nullable Integer fiscalYear,
            @Schema(description = "Printed in parentheses: it enhances a program already running (（ ）書き)", examples = "true") boolean enhancesExisting,
            @Size(max = 100) @Schema(description = "The target as printed", examples = "(21 年度実施)") @Nullable String label) {
    }

    @Schema(name = "BehindReason", description = "目標に対する遅れ / why an initiative is behind its targets")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BehindReason(
            @Schema(examples = "COMPLETE_OVERDUE", enumeration = {"COMPLETE_OVERDUE", "BEGIN_NO_PROGRESS", "START_NO_PROGRESS",
                    "MILESTONE_OVERDUE", "REPORTED_DELAYED"}) String code,
            @Schema(examples = "完了目標の年度を過ぎても完了していません") String ja,
            @Schema(examples = "The completion year has passed and it is not completed") String en,
            @Schema(description = "The fiscal year of the target, milestone or report", examples = "2009") int fiscalYear,
            @Schema(description = "The overdue milestone (MILESTONE_OVERDUE)", examples = "3") @Nullable Long milestoneId) {
    }

    @Schema(name = "InitiativeSummary", description = "取り組み / an initiative with where it stands")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InitiativeSummary(
            @Schema(examples = "12") long id,
            @Schema(examples = "1") long planId,
            @Schema(description = "Stable key in the plan", examples = "II-1-1-a") String refKey,
            @Schema(description = "Codes of the first (not re-listed) placement", examples = "Ⅱ-1-(1)-ア") @Nullable String path,
            @Schema(examples = "「住民自治フォーラム（仮称）」の開催") String title,
            @Schema(description = "新規 NEW / 充実 ENHANCED; absent when none is printed", examples = "NEW") @Nullable InitiativeTag tag,
            List<TargetDto> targets,
            @Schema(description = "所管課", examples = "[14]") List<Long> sectionIds,
            @Schema(examples = "[\"コミュニティ推進課\"]") List<String> sectionNames,
            @Schema(description = "Latest reported status; absent when nothing is reported", examples = "CARRIED_OUT") @Nullable ProgressStatus status,
            @Schema(description = "Fiscal year of the latest report", examples = "2009") @Nullable Integer statusFiscalYear,
            @Schema(description = "Behind its targets as of the asOf date", examples = "false") boolean behind,
            List<BehindReason> behindReasons,
            @Schema(description = "Number of placements (more than 1 = 【再掲】 somewhere)", examples = "2") int placements,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "MilestoneResponse", description = "工程 / a milestone")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MilestoneResponse(
            @Schema(examples = "3") long id,
            @Schema(examples = "1") int position,
            @Schema(examples = "現状の検証") String title,
            @Schema(examples = "2010") @Nullable Integer dueFiscalYear,
            @Schema(examples = "PLANNED") MilestoneStatus status,
            @Schema(examples = "2010-03-15") @Nullable LocalDate doneOn,
            @Schema(description = "Its due year has ended and it is not done", examples = "true") boolean overdue,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "Placement", description = "One place of an initiative in the tree; relisted = 【再掲】")
    public record Placement(
            @Schema(examples = "40") long nodeId,
            @Schema(examples = "Ⅱ-2-(1)-カ") String path,
            @Schema(description = "Titles of the ancestors, pillar first", examples = "[\"コミュニティの自治の確立に向けた取り組み\", \"自治の基盤づくり\", \"魅力的な自治組織づくりの支援\"]") List<String> titles,
            @Schema(examples = "true") boolean relisted) {
    }

    @Schema(name = "InitiativeDetail", description = "取り組み / an initiative with its content, milestones and placements")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InitiativeDetail(
            @Schema(examples = "12") long id,
            @Schema(examples = "1") long planId,
            @Schema(examples = "II-1-1-a") String refKey,
            @Schema(examples = "Ⅱ-1-(1)-ア") @Nullable String path,
            @Schema(examples = "「住民自治フォーラム（仮称）」の開催") String title,
            @Schema(examples = "NEW") @Nullable InitiativeTag tag,
            List<TargetDto> targets,
            @Schema(examples = "[14]") List<Long> sectionIds,
            @Schema(examples = "[\"コミュニティ推進課\"]") List<String> sectionNames,
            @Schema(examples = "CARRIED_OUT") @Nullable ProgressStatus status,
            @Schema(examples = "2009") @Nullable Integer statusFiscalYear,
            @Schema(examples = "false") boolean behind,
            List<BehindReason> behindReasons,
            @Schema(examples = "2") int placements,
            @Schema(description = "内容 — the bullet points", examples = "[\"市民が自治について考える「住民自治フォーラム（仮称）」を開催する。\"]") List<String> points,
            @Schema(description = "※ notes", examples = "[\"適宜改訂\"]") List<String> notes,
            List<MilestoneResponse> milestones,
            List<Placement> placementList,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "MilestoneRow", description = "工程 in an initiative's input; id keeps an existing milestone (and its status)")
    public record MilestoneRow(
            @Schema(examples = "3") Long id,
            @NotBlank @Size(max = 300) @Schema(examples = "現状の検証") String title,
            @Min(1950) @Max(2100) @Schema(examples = "2010") Integer dueFiscalYear,
            @Schema(examples = "PLANNED") MilestoneStatus status,
            @Schema(examples = "2010-03-15") LocalDate doneOn) {
    }

    @Schema(name = "InitiativeInput", description = "取り組みの登録・更新 / create or update an initiative (PUT replaces every field except the placement)")
    public record InitiativeInput(
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") @Schema(description = "Stable key; generated when absent", examples = "II-1-1-g") String refKey,
            @NotBlank @Size(max = 300) @Schema(examples = "地域デビュー講座の開催") String title,
            @Schema(examples = "NEW") InitiativeTag tag,
            @Size(max = 30) @Schema(examples = "[\"退職した人などを対象に、地域活動への参加のきっかけとなる講座を開く。\"]") List<@NotBlank @Size(max = 2000) String> points,
            @Size(max = 20) @Schema(examples = "[\"適宜改訂\"]") List<@NotBlank @Size(max = 1000) String> notes,
            @Size(max = 20) @Schema(examples = "[14]") List<@NotNull @Positive Long> sectionIds,
            @Size(max = 10) List<@NotNull @Valid TargetDto> targets,
            @Size(max = 30) List<@NotNull @Valid MilestoneRow> milestones,
            @Schema(description = "On create: the node (a measure) to place it under; ignored by PUT", examples = "7") @Positive Long parentNodeId,
            @Size(max = 20) @Schema(description = "On create: the code of the placement (ア, イ …)", examples = "キ") String code) {
    }

    @Schema(name = "MilestoneInput", description = "工程の状況の更新 / the status of a milestone")
    public record MilestoneInput(
            @NotNull @Schema(examples = "DONE") MilestoneStatus status,
            @Schema(description = "When it was done (DONE only; default today)", examples = "2010-03-15") LocalDate doneOn) {
    }

    @Schema(name = "PlanNodeInput", description = "計画の項目 / a node of the plan tree (a pillar, direction, measure … or a placement of an initiative)")
    public record PlanNodeInput(
            @Schema(description = "Absent for a root (pillar)", examples = "7") @Positive Long parentId,
            @NotBlank @Size(max = 40) @Schema(description = "PILLAR, DIRECTION, MEASURE, INITIATIVE or any name", examples = "MEASURE") String levelName,
            @Size(max = 20) @Schema(examples = "(3)") String code,
            @Size(max = 300) @Schema(description = "Required unless initiativeId is given (then the initiative's title)", examples = "地域の人材育成") String title,
            @Size(max = 4000) @Schema(examples = "○ 地域の次の担い手を育てます。") String description,
            @Min(1) @Max(9999) @Schema(description = "1-based position among its siblings; default last", examples = "3") Integer position,
            @Schema(description = "Place this initiative here (a leaf)", examples = "12") @Positive Long initiativeId,
            @Schema(description = "【再掲】", examples = "true") Boolean relisted) {
    }

    @Schema(name = "PlanNodeResponse", description = "計画の項目 / a node of the plan tree")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanNodeResponse(
            @Schema(examples = "41") long id,
            @Schema(examples = "1") long planId,
            @Schema(examples = "7") @Nullable Long parentId,
            @Schema(examples = "2") int depth,
            @Schema(examples = "3") int position,
            @Schema(examples = "MEASURE") String levelName,
            @Schema(examples = "(3)") @Nullable String code,
            @Schema(examples = "地域の人材育成") String title,
            @Schema(examples = "○ 地域の次の担い手を育てます。") @Nullable String description,
            @Schema(examples = "12") @Nullable Long initiativeId,
            @Schema(examples = "false") boolean relisted,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "PlanTreeNode", description = "A node of the plan tree with its children; a placement carries its initiative")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanTreeNode(
            @Schema(examples = "5") long id,
            @Schema(examples = "4") @Nullable Long parentId,
            @Schema(description = "0 = pillar (柱), 1 = direction (方向), 2 = measure (施策), …", examples = "2") int depth,
            @Schema(examples = "1") int position,
            @Schema(examples = "MEASURE") String levelName,
            @Schema(examples = "(1)") @Nullable String code,
            @Schema(examples = "自治に関する市民の理解促進") String title,
            @Schema(examples = "○ 真に住みよいまちをつくるためには…") @Nullable String description,
            @Schema(description = "【再掲】", examples = "false") boolean relisted,
            @Nullable InitiativeSummary initiative,
            List<PlanTreeNode> children) {
    }

    @Schema(name = "PlanTree", description = "計画の体系 / the whole tree of a plan, with where each initiative stands")
    public record PlanTree(
            PlanSummary plan,
            @Schema(description = "The date standings are computed for", examples = "2026-11-22") LocalDate asOf,
            List<PlanTreeNode> nodes) {
    }
}
