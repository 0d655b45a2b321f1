package jp.kyodo.common.transfer;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import jp.kyodo.common.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code labels} query parameter of every export: {@code code} (default) writes coded values as their stable
 * codes (NEIGHBORHOOD_ASSOCIATION, ACTIVE, true), {@code ja} as the Japanese labels the screens show (自治会・町内会,
 * 実施中, はい). The import reads either, so both files import back unchanged.
 */
public class LabelsParam {

    @QueryParam("labels")
    @Parameter(description = "code (default): coded values (kinds, statuses, methods, yes/no) as their codes; ja: as their "
            + "Japanese labels (表示名), e.g. 自治会・町内会, 実施中, はい. The import accepts either.", example = "ja",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"code", "ja"}, defaultValue = "code"))
    public String labels;

    /** True for ja, false when absent or code, 400 otherwise. */
    public boolean japanese() {
        if (labels == null || labels.isBlank()) {
            return false;
        }
        return switch (labels.strip().toLowerCase(Locale.ROOT)) {
            case "code" -> false;
            case "ja" -> true;
            default -> throw ProblemException.invalid("labels", "must be code or ja", "Labels");
        };
    }
}
