package jp.kyodo.common.transfer;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import jp.kyodo.common.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code headers} query parameter of every export: {@code key} (default) writes the stable English column keys
 * in row 1, {@code ja} the Japanese labels the screens use. The import reads either, so both files import back.
 */
public class HeadersParam {

    @QueryParam("headers")
    @Parameter(description = "key (default): the English column keys in row 1; ja: the Japanese column labels (見出し). "
            + "The import accepts either.", example = "ja",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"key", "ja"}, defaultValue = "key"))
    public String headers;

    /** True for ja, false when absent or key, 400 otherwise. */
    public boolean japanese() {
        if (headers == null || headers.isBlank()) {
            return false;
        }
        return switch (headers.strip().toLowerCase(Locale.ROOT)) {
            case "key" -> false;
            case "ja" -> true;
            default -> throw ProblemException.invalid("headers", "must be key or ja", "Headers");
        };
    }
}
