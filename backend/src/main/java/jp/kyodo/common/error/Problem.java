package jp.kyodo.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kyodo.common.web.Nullable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error shape of the whole API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json). `type` is a stable URI per kind of problem; validation problems list the invalid fields in `errors`; rule refusals name the rule in `rule`.")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", examples = "https://kyodo.example.jp/problems/validation") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "Explanation of this occurrence", examples = "2 fields are invalid") String detail,
        @Schema(description = "The request path this problem occurred on", examples = "/api/v1/organizations/12") String instance,
        @Schema(description = "Id of the business rule that refused the request, if any") @Nullable String rule,
        @Schema(description = "Invalid fields (validation problems only)") @Nullable List<FieldProblem> errors,
        @Schema(description = "The current representation of the resource (stale-version problems only)") @Nullable Object current) {
}
