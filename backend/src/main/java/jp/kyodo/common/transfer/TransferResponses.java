package jp.kyodo.common.transfer;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.transfer.TransferDtos.ImportMode;
import jp.kyodo.common.transfer.TransferDtos.ImportProblem;
import jp.kyodo.common.transfer.TransferDtos.ImportReport;

/**
 * The HTTP side of imports, exports and templates, the same for every data set: files are attachments that are
 * never cached; an import reads its strict {@code dryRun} parameter and answers its report (200) or, when a row
 * is wrong, the report as a 422 problem.
 */
public final class TransferResponses {

    private TransferResponses() {
    }

    /** An export: the rows as a file named after the data set and today's date. */
    public static Response export(DatasetSpec dataset, FileFormat format, List<Object[]> rows, java.time.Clock clock) {
        return export(dataset, format, rows, clock, false);
    }

    /** An export whose header row holds the Japanese column labels when {@code japaneseHeaders}. */
    public static Response export(DatasetSpec dataset, FileFormat format, List<Object[]> rows, java.time.Clock clock,
            boolean japaneseHeaders) {
        return attachment(TransferFiles.file(dataset, format, rows, japaneseHeaders), format,
                TransferFiles.fileName(dataset, format, clock));
    }

    /** The empty file to fill in: the header row only. */
    public static Response template(DatasetSpec dataset, FileFormat format) {
        return attachment(TransferFiles.file(dataset, format, List.of()), format,
                TransferFiles.templateName(dataset, format));
    }

    private static Response attachment(StreamingOutput body, FileFormat format, String fileName) {
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * The {@code dryRun} query parameter, strict because false saves: only true or false (any case), anything else
     * is 400 — Boolean.valueOf would read "1" or "yes" as false.
     */
    public static boolean dryRun(String value, UriInfo uri) {
        if (value == null) {
            // "?dryRun=" may reach us as null: only a parameter that is really absent means false.
            List<String> raw = uri.getQueryParameters().get("dryRun");
            if (raw == null || raw.isEmpty()) {
                return false;
            }
            value = raw.get(0) == null ? "" : raw.get(0);
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("dryRun", "must be true or false", "Boolean");
        };
    }

    /** The description of an import's {@code mode} query parameter. */
    public static final String MODE = "ALL_OR_NOTHING (default, すべて成功したときだけ取り込む): one refused row and nothing is saved (422). "
            + "PARTIAL (正しい行だけ取り込む): the valid rows are saved and the refused ones reported (200, refused > 0); a row naming a "
            + "refused row of the same file is refused too. A dry run in either mode says what that mode would do. "
            + "The Idempotency-Key stands for the mode too";

    /** The mode a request asks for: ALL_OR_NOTHING when absent. */
    public static ImportMode mode(ImportMode requested) {
        return requested == null ? ImportMode.ALL_OR_NOTHING : requested;
    }

    /** What besides the file the Idempotency-Key of an import stands for: the mode, unless the default. */
    public static String variant(ImportMode requested) {
        return mode(requested) == ImportMode.ALL_OR_NOTHING ? null : mode(requested).name();
    }

    /**
     * 200 with the report of a valid file, and in PARTIAL mode of any file whose rows could be read (the refused
     * rows are in the report); otherwise 422, the report as a problem whose instance is the request.
     */
    public static Response answer(ImportReport report, UriInfo uri) {
        if (report.valid() || report.mode() == ImportMode.PARTIAL && !report.rows().isEmpty()) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        String instance = "/" + uri.getPath().replaceFirst("^/", "");
        return Response.status(422).type(ProblemMappers.PROBLEM_JSON).entity(ImportProblem.of(report, instance))
                .build();
    }
}
