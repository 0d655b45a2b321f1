package jp.kyodo.common.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kyodo.common.web.Nullable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the import: the report, and the problem that carries it when rows are invalid. */
public final class TransferDtos {

    private TransferDtos() {
    }

    /** What the import does (or would do) with a row. */
    @Schema(name = "ImportAction", description = "CREATE a new record, UPDATE an existing one, leave it UNCHANGED, or INVALID (see errors)")
    public enum Action {
        CREATE, UPDATE, UNCHANGED, INVALID
    }

    /** How an import treats a file with refused rows. */
    @Schema(name = "ImportMode", description = "ALL_OR_NOTHING (すべて成功したときだけ取り込む, the default): one refused row and nothing is saved (422). "
            + "PARTIAL (正しい行だけ取り込む): the valid rows are saved and the refused ones reported (200); a row that names a refused row "
            + "of the same file (an organization whose parentCode is a refused row) is refused too")
    public enum ImportMode {
        ALL_OR_NOTHING, PARTIAL
    }

    @Schema(name = "ImportRowError", description = "取込エラー / one problem in one row of the file")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(
            @Schema(description = "Row number as Excel shows it: the header is row 1", examples = "7") int row,
            @Schema(description = "Column key (absent when the problem concerns the whole row)", examples = "memberHouseholds") @Nullable String column,
            @Schema(description = "Human-readable message", examples = "must not exceed households (420)") String message,
            @Schema(description = "Stable machine-readable code", examples = "NotAboveHouseholds") String code) {
    }

    @Schema(name = "ImportRowResult", description = "取込結果 / what the import does with one row")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowResult(
            @Schema(description = "Row number as Excel shows it: the header is row 1", examples = "2") int row,
            @Schema(description = "Natural key of the row (membership figures: organizationCode/fiscalYear)", examples = "HGS-03-A05/2025") @Nullable String key,
            @Schema(examples = "UPDATE") Action action,
            @Schema(description = "Columns whose stored value changes (UPDATE only)", examples = "[\"memberHouseholds\"]") @Nullable List<String> changed) {
    }

    @Schema(name = "ImportCounts", description = "Rows by action")
    public record Counts(
            @Schema(examples = "3") int created,
            @Schema(examples = "12") int updated,
            @Schema(examples = "140") int unchanged,
            @Schema(examples = "0") int invalid) {
    }

    @Schema(name = "ImportReport", description = "取込結果 / result of an import or of its dry run: per row the action, and every problem found")
    public record ImportReport(
            @Schema(examples = "membership-figures") String dataset,
            @Schema(description = "true: nothing was changed, the report says what would change", examples = "false") boolean dryRun,
            @Schema(description = "How refused rows were treated", examples = "ALL_OR_NOTHING") ImportMode mode,
            @Schema(description = "Every row is valid", examples = "true") boolean valid,
            @Schema(description = "Changes were saved (not a dry run): every row's (ALL_OR_NOTHING, only when valid), or the rows not refused (PARTIAL)", examples = "true") boolean applied,
            @Schema(description = "Rows whose changes were saved (CREATE and UPDATE rows when applied; 0 otherwise)", examples = "15") int written,
            @Schema(description = "Rows refused (action INVALID, see errors): nothing of them was saved", examples = "0") int refused,
            Counts counts,
            @Schema(description = "Number of problems found (errors lists the first 1000)", examples = "0") int errorCount,
            @Schema(description = "Problems by row and column, in file order") List<RowError> errors,
            @Schema(description = "Every data row with its action, in file order") List<RowResult> rows) {
    }

    /**
     * 422 answer of an import with invalid rows: RFC 9457 problem details whose extension members are the
     * report, so that a generic problem handler shows title and detail, and an importer reads the rows.
     */
    @Schema(name = "ImportProblem", description = "取込エラー / RFC 9457 problem details (application/problem+json) of an import with invalid rows: the standard members plus the ImportReport's members; `errors` lists row and column instead of field. Nothing was changed.")
    public record ImportProblem(
            @Schema(examples = "https://kyodo.example.jp/problems/import-rows-invalid") String type,
            @Schema(examples = "The file has invalid rows") String title,
            @Schema(examples = "422") int status,
            @Schema(examples = "2 problems in 2 of 150 rows; nothing was changed") String detail,
            @Schema(examples = "/api/v1/imports/membership-figures") String instance,
            @Schema(examples = "membership-figures") String dataset,
            @Schema(examples = "false") boolean dryRun,
            @Schema(examples = "ALL_OR_NOTHING") ImportMode mode,
            @Schema(examples = "false") boolean valid,
            @Schema(examples = "false") boolean applied,
            @Schema(examples = "0") int written,
            @Schema(examples = "2") int refused,
            Counts counts,
            @Schema(examples = "2") int errorCount,
            List<RowError> errors,
            List<RowResult> rows) {

        public static final String TYPE = jp.kyodo.common.error.ProblemType.BASE + "import-rows-invalid";
        public static final String TITLE = "The file has invalid rows";

        public static ImportProblem of(ImportReport r, String instance) {
            int rows = r.rows().size();
            int invalid = r.counts().invalid();
            String where = invalid > 0 ? " in " + invalid + " of " + rows + " rows" : " in the file";
            String listed = r.errorCount() > r.errors().size() ? " (the first " + r.errors().size() + " are listed)"
                    : "";
            String detail = r.errorCount() + (r.errorCount() == 1 ? " problem" : " problems") + where + listed
                    + "; nothing was changed";
            return new ImportProblem(TYPE, TITLE, 422, detail, instance, r.dataset(), r.dryRun(), r.mode(), false, false,
                    0, r.refused(), r.counts(), r.errorCount(), r.errors(), r.rows());
        }
    }
}
