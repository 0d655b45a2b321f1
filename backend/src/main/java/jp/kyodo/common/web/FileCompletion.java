package jp.kyodo.common.web;

import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.transfer.FileFormat;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The parts of the document that are the same for every file operation and every problem answer, so that an
 * operation declares only what is its own. An upload — a request body offered as CSV — takes the file itself:
 * CSV, an .xlsx, any binary, or CSV as Windows browsers label it (application/vnd.ms-excel). A download whose
 * {@code format} parameter chooses the file's format — a 200 offered as CSV — is CSV or .xlsx. An error response
 * that an operation describes in its own words, without content, answers a problem (application/problem+json).
 */
final class FileCompletion {

    private FileCompletion() {
    }

    static void complete(Operation op) {
        RequestBody body = op.getRequestBody();
        if (body != null && offersCsv(body.getContent())) {
            Content c = body.getContent();
            add(c, FileFormat.XLSX_TYPE, binary());
            add(c, MediaType.APPLICATION_OCTET_STREAM, binary());
            add(c, FileFormat.WINDOWS_CSV_TYPE, text().description("CSV as labelled by Windows browsers"));
            if (body.getDescription() == null) {
                body.setDescription("The CSV or .xlsx file");
            }
            if (body.getRequired() == null) {
                body.setRequired(true);
            }
        }
        if (op.getResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> e : op.getResponses().getAPIResponses().entrySet()) {
            APIResponse r = e.getValue();
            if (r.getRef() != null) {
                continue;
            }
            if (e.getKey().equals("200") && offersCsv(r.getContent()) && takesFormat(op)) {
                add(r.getContent(), FileFormat.XLSX_TYPE, binary());
            } else if (e.getKey().compareTo("400") >= 0 && r.getContent() == null) {
                r.setContent(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON, OASFactory
                        .createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            }
        }
    }

    private static boolean takesFormat(Operation op) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "format".equals(p.getName()));
    }

    private static boolean offersCsv(Content c) {
        return c != null && c.hasMediaType(FileFormat.CSV_TYPE);
    }

    private static void add(Content c, String mediaType, Schema schema) {
        if (!c.hasMediaType(mediaType)) {
            c.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema binary() {
        return text().format("binary");
    }
}
