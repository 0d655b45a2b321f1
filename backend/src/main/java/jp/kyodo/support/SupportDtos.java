package jp.kyodo.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import jp.kyodo.support.amount.AmountRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the support catalogue (支援策一覧) and its programs' terms. */
public final class SupportDtos {

    private SupportDtos() {
    }

    static final String RULE = "算定方法: the amount rule as data, with its kind (FLAT, PER_HOUSEHOLD, PER_CAPITA, COST_SHARE, PER_UNIT, "
            + "COMBINED; docs/support.md). Only a subsidy or a consignment has one.";

    @Schema(name = "SupportProgramInput", description = "A program of one fiscal-year edition of the catalogue, with the year's terms "
            + "when it is a subsidy or a consignment")
    public record SupportProgramInput(
            @NotNull @Min(2000) @Max(2100) @Schema(description = "年度 of the edition", examples = "2026") Integer fiscalYear,
            @NotBlank @Size(max = 200) @Schema(examples = "校区コミュニティ組織運営費補助") String name,
            @NotNull @Positive @Schema(description = "実施主体: the implementing section", examples = "3") Long sectionId,
            @Positive @Schema(description = "問い合わせ先: the contact section when not the implementing one", examples = "3") Long contactSectionId,
            @NotNull @Schema(examples = "SUBSIDY") SupportKind kind,
            @NotNull @Schema(description = "CIVIC 市民活動全般, COMMUNITY 地域コミュニティ組織等, BOTH", examples = "COMMUNITY") SupportAudience audience,
            @NotEmpty @Size(max = 7) @Schema(description = "The catalogue's columns it sits in (one or several)", examples = "[\"FINANCIAL\"]") List<@NotNull SupportCategory> categories,
            @Size(max = 4000) @Schema(examples = "校区コミュニティ組織の運営に要する経費を補助します。") String description,
            @Min(0) @Max(100000) @Schema(description = "Print order within the edition (smaller first)", examples = "10") Integer sortOrder,
            @Min(0) @Max(100_000_000_000L) @Schema(description = "予算額 in yen (subsidy or consignment)", examples = "12600000") Long budgetYen,
            @Valid @Schema(description = RULE) AmountRule amountRule,
            @Min(2000) @Max(2100) @Schema(description = "The fiscal year of the registry figures the rule computes from (households, population); "
                    + "absent: the edition's year", examples = "2026") Integer figuresYear,
            @Size(max = 20) @Schema(description = "交付対象: the organization kinds it is for (codes of the organization kinds)",
                    examples = "[\"DISTRICT_COUNCIL\"]") List<@NotBlank @Size(max = 40) String> eligibleKinds,
            @Size(max = 30) @Schema(description = "提出書類, in order", examples = "[\"事業計画書\", \"収支予算書\"]") List<@NotBlank @Size(max = 200) String> documents,
            @Schema(description = "事業計画の提出期限 (補助金算定に係る事業計画等の提出); absent: no plan step", examples = "2026-03-13") LocalDate planDueOn,
            @Schema(description = "申請期限", examples = "2026-04-30") LocalDate applicationDueOn,
            @Schema(description = "実績報告の期限", examples = "2027-04-15") LocalDate resultsDueOn,
            @DecimalMin("0") @DecimalMax("1000") @Schema(description = "Hours an organization spends on one year's paperwork (burden ledger)",
                    examples = "6.5") BigDecimal paperworkHours) {
    }

    @Schema(name = "SupportProgram", description = "支援策: a program of one fiscal-year edition of the catalogue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupportProgramResponse(
            @Schema(examples = "7") long id,
            @Schema(examples = "2026") int fiscalYear,
            @Schema(examples = "校区コミュニティ組織運営費補助") String name,
            @Schema(examples = "3") long sectionId,
            @Schema(description = "実施主体", examples = "地域コミュニティ課") String sectionName,
            @Schema(examples = "3") @Nullable Long contactSectionId,
            @Schema(examples = "地域コミュニティ課") @Nullable String contactSectionName,
            @Schema(examples = "SUBSIDY") SupportKind kind,
            @Schema(examples = "COMMUNITY") SupportAudience audience,
            @Schema(examples = "[\"FINANCIAL\"]") List<SupportCategory> categories,
            @Schema(examples = "校区コミュニティ組織の運営に要する経費を補助します。") @Nullable String description,
            @Schema(examples = "10") int sortOrder,
            @Schema(description = "The previous edition's program this one was carried over from", examples = "3") @Nullable Long carriedFromId,
            @Schema(examples = "12600000") @Nullable Long budgetYen,
            @Schema(description = RULE) @Nullable AmountRule amountRule,
            @Schema(examples = "2026") @Nullable Integer figuresYear,
            @Schema(examples = "[\"DISTRICT_COUNCIL\"]") List<String> eligibleKinds,
            @Schema(examples = "[\"事業計画書\", \"収支予算書\"]") List<String> documents,
            @Schema(examples = "2026-03-13") @Nullable LocalDate planDueOn,
            @Schema(examples = "2026-04-30") @Nullable LocalDate applicationDueOn,
            @Schema(examples = "2027-04-15") @Nullable LocalDate resultsDueOn,
            @Schema(examples = "6.5") @Nullable BigDecimal paperworkHours,
            @Schema(description = "The request (依頼等, 協力依頼) that counts the paperwork hours in the burden ledger, kept with the program "
                    + "while it has paperwork hours (docs/support.md)", examples = "812") @Nullable Long paperworkRequestId,
            @Schema(description = "Whether the caller may change it (office, or the implementing section)", examples = "true") boolean canEdit,
            @Schema(examples = "1") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "CatalogCell", description = "One cell of the matrix: the programs of one section in one column")
    public record CatalogCell(
            @Schema(examples = "FINANCIAL") SupportCategory category,
            List<CatalogEntry> programs) {
    }

    @Schema(name = "CatalogEntry", description = "A program as the printed catalogue names it")
    public record CatalogEntry(
            @Schema(examples = "7") long id,
            @Schema(examples = "校区コミュニティ組織運営費補助") String name,
            @Schema(examples = "SUBSIDY") SupportKind kind) {
    }

    @Schema(name = "CatalogRow", description = "One row of the matrix: an implementing section and its programs, column by column")
    public record CatalogRow(
            @Schema(examples = "3") long sectionId,
            @Schema(examples = "地域コミュニティ課") String sectionName,
            @Schema(description = "Whom the section's programs are for, as the print says under its name (several when mixed)",
                    examples = "[\"COMMUNITY\"]") List<SupportAudience> audiences,
            @Schema(description = "The seven columns in print order, each with its programs (possibly none)") List<CatalogCell> cells) {
    }

    @Schema(name = "CatalogMatrix", description = "市の基本施策に対応する事業一覧: one fiscal-year edition as the printed matrix — implementing "
            + "sections as rows, the seven categories as columns")
    public record CatalogMatrix(
            @Schema(examples = "2026") int fiscalYear,
            @Schema(description = "The columns in print order", examples = "[\"HUMAN_RESOURCES\", \"PUBLICITY\", \"INFORMATION\", \"PLACE\", "
                    + "\"COOPERATION\", \"FINANCIAL\", \"OTHER\"]") List<SupportCategory> categories,
            List<CatalogRow> rows,
            @Schema(examples = "24") int programs) {
    }

    @Schema(name = "CarryOverResult", description = "What the carry-over created")
    public record CarryOverResult(
            @Schema(examples = "2027") int fiscalYear,
            @Schema(description = "Programs copied", examples = "24") int carried,
            @Schema(description = "Programs already in the next edition (carried before, or by name), left as they were", examples = "0") int skipped) {
    }

    @Schema(name = "EditionChange", description = "What changed for one program between the previous edition and this one")
    public record EditionChange(
            @Schema(description = "ADDED (new this year), CHANGED, REMOVED (in the previous edition only), UNCHANGED", examples = "CHANGED") String change,
            @Schema(examples = "7") @Nullable Long programId,
            @Schema(examples = "3") @Nullable Long previousId,
            @Schema(examples = "校区コミュニティ組織運営費補助") String name,
            @Schema(description = "The fields that differ, with the previous and the current value as text") List<FieldChange> fields) {
    }

    @Schema(name = "FieldChange", description = "One field that differs between two editions: each value as text — lists (categories, "
            + "eligibleKinds, documents) as a JSON array of strings, amountRule as its JSON, dates yyyy-mm-dd")
    public record FieldChange(
            @Schema(examples = "budgetYen") String field,
            @Schema(examples = "12000000") @Nullable String before,
            @Schema(examples = "12600000") @Nullable String after) {
    }

    @Schema(name = "EditionChanges", description = "The changes of one edition against the previous fiscal year's")
    public record EditionChanges(
            @Schema(examples = "2027") int fiscalYear,
            @Schema(examples = "2026") int previousFiscalYear,
            List<EditionChange> changes) {
    }
}
