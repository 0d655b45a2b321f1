package jp.kyodo.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field in a request: where, what is wrong, and a stable code. */
@Schema(name = "FieldProblem", description = "入力項目のエラー / one invalid field")
public record FieldProblem(
        @Schema(description = "Path of the field in the request (or the column name in an import)", examples = "memberHouseholds") String field,
        @Schema(description = "Human-readable message", examples = "must be less than or equal to households") String message,
        @Schema(description = "Stable machine-readable code", examples = "Max") String code) {
}
