package jp.kyodo.common.transfer;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code format} query parameter every export and template takes. */
public class FormatParam {

    @QueryParam("format")
    @Parameter(description = "csv (default): UTF-8 with BOM, CRLF, RFC 4180 quoting; xlsx: Excel workbook", example = "xlsx",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv"))
    public String format;

    /** The format asked for: csv when absent, 400 when neither csv nor xlsx. */
    public FileFormat get() {
        return FileFormat.of(format);
    }
}
