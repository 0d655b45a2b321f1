package jp.kyodo.meeting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.transfer.FormatParam;
import jp.kyodo.common.transfer.Imports;
import jp.kyodo.common.transfer.Upload;
import jp.kyodo.common.transfer.TransferDtos.ImportMode;
import jp.kyodo.common.transfer.TransferDtos.ImportProblem;
import jp.kyodo.common.transfer.TransferDtos.ImportReport;
import jp.kyodo.common.transfer.TransferResponses;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.meeting.transfer.MeetingLogDataset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 会議報告事項の取込: the meeting log (Kurume's attachment 2 shape) through the transfer framework — the same
 * request, report, dry run and all-or-nothing rule as the other imports under /api/v1/imports.
 */
@Path("/api/v1/imports/meeting-log")
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
public class MeetingLogImportResource {

    static final String CSV_EXAMPLE = "番号,年月日,会議名,議題,担当課\r\n"
            + "1,平成23年4月20日（水）,第1回校区事務局連絡会議,校区コミュニティ組織運営費補助金について,協働推進課\r\n"
            + "2,〃,〃,校区生涯学習振興費について,生涯学習推進課\r\n"
            + "3,H23.4.21,第1回理事会,緊急時の連絡体制について,防災対策課\r\n";

    static final String REPORT = "{\"dataset\":\"meeting-log\",\"dryRun\":true,\"mode\":\"ALL_OR_NOTHING\",\"valid\":true,\"applied\":false,\"written\":0,\"refused\":0,"
            + "\"counts\":{\"created\":3,\"updated\":0,\"unchanged\":0,\"invalid\":0},\"errorCount\":0,\"errors\":[],"
            + "\"rows\":[{\"row\":2,\"key\":\"2011-04-20/第1回校区事務局連絡会議/校区コミュニティ組織運営費補助金について\",\"action\":\"CREATE\"},"
            + "{\"row\":3,\"key\":\"2011-04-20/第1回校区事務局連絡会議/校区生涯学習振興費について\",\"action\":\"CREATE\"},"
            + "{\"row\":4,\"key\":\"2011-04-21/第1回理事会/緊急時の連絡体制について\",\"action\":\"CREATE\"}]}";

    static final String PROBLEM = "{\"type\":\"" + ImportProblem.TYPE + "\",\"title\":\"" + ImportProblem.TITLE + "\","
            + "\"status\":422,\"detail\":\"2 problems in 2 of 3 rows; nothing was changed\",\"instance\":\"/api/v1/imports/meeting-log\","
            + "\"dataset\":\"meeting-log\",\"dryRun\":false,\"mode\":\"ALL_OR_NOTHING\",\"valid\":false,\"applied\":false,\"written\":0,\"refused\":2,"
            + "\"counts\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"invalid\":2},\"errorCount\":2,"
            + "\"errors\":[{\"row\":3,\"column\":\"date\",\"message\":\"'平成32年4月1日' is not a day of 平成, which ran from 1989-01-08 to 2019-04-30; the Western date would be 2020-04-01 (令和2年4月1日)\",\"code\":\"Date\"},"
            + "{\"row\":4,\"column\":\"meeting\",\"message\":\"no council body is called '地域連絡協議会'; the bodies are 総会, 理事会, 幹事会, 校区事務局連絡会議, 地域連絡部会, 市民学習部会 (add the body, or this name as an alias of one, under council bodies and import again)\",\"code\":\"UnknownBody\"}],"
            + "\"rows\":[{\"row\":2,\"key\":\"2011-04-20/第1回校区事務局連絡会議/校区コミュニティ組織運営費補助金について\",\"action\":\"CREATE\"},"
            + "{\"row\":3,\"key\":\"?/第1回理事会/緊急時の連絡体制について\",\"action\":\"INVALID\"},"
            + "{\"row\":4,\"key\":\"2011-04-21/地域連絡協議会/講座案内\",\"action\":\"INVALID\"}]}";

    @Inject
    Imports imports;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importMeetingLog", summary = "Import a meeting log (会議報告事項の取込)",
            description = "取込 / import of the items the city reported at council meetings, one row per item, in the shape of Kurume's "
                    + "list: 番号 (ignored), 年月日 (date), 会議名 (meeting), 議題 (agendaItem), and optionally 担当課 (sectionName). "
                    + "Send the file itself as the request body (CSV UTF-8 or Shift_JIS, or .xlsx: its first sheet); the header names "
                    + "each column by key or Japanese label. "
                    + "Dates: 2011-04-20, 2011/4/20, 2011年4月20日, 和暦 平成23年4月20日（水）, 令和元年5月1日, H23.4.20, R7/4/1, full- or "
                    + "half-width, or an Excel date cell; a date outside its era (平成32年) or impossible (2月30日) is an error. "
                    + "Meeting: 第N回 and a council body's name or alias (GET /api/v1/council-bodies), e.g. 第3回理事会; an unknown body is an "
                    + "error of the row listing the known ones — the import creates no bodies. "
                    + "〃, 同上 or a blank date or meeting means the same as the row above; 〃 in 担当課 likewise. "
                    + "Rows of the same date and meeting become one meeting (found by body, date and number, or created) with its items "
                    + "in file order. An item already in that meeting with the same title is UNCHANGED (UPDATE when the section differs); "
                    + "others are CREATE, after the meeting's items. Stored items are never deleted or reordered, so importing the same "
                    + "file again changes nothing. The same title twice in one meeting of the file is an error. "
                    + "Every row is checked first. With mode=PARTIAL the valid rows are saved and the refused ones reported (200); "
                    + "otherwise, if any is wrong, nothing is changed and the answer is 422 (problem type "
                    + ImportProblem.TYPE + " with the report: row numbers as Excel shows them, header = row 1). "
                    + "With dryRun=true the file is only checked (200, applied=false). Every change is in the meeting's history. "
                    + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The file is valid, or mode=PARTIAL (then refused > 0 counts the rows not saved): the report (with dryRun=true nothing was changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "dryRun", value = REPORT)))
    @APIResponse(responseCode = "400", description = "The file cannot be read (no header row, malformed CSV, damaged workbook) or dryRun is not true/false")
    @APIResponse(responseCode = "415", description = "Neither CSV nor .xlsx (e.g. an old .xls)")
    @APIResponse(responseCode = "422", description = "Rows (or the header) have errors and mode is ALL_OR_NOTHING, or the file itself is refused; nothing was changed (ImportProblem) — or the Idempotency-Key was used before with another file or mode (Problem, idempotency-key-reused)",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class}),
                    examples = @ExampleObject(name = "invalidRows", value = PROBLEM)))
    public Response importMeetingLog(
            @QueryParam("dryRun") @Parameter(description = "true: only check the file and report what would change", example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, MeetingLogDataset.SPEC.slug(), upload::digest, dry, TransferResponses.variant(mode),
                    () -> TransferResponses.answer(imports.run(MeetingLogDataset.SPEC.slug(), upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @GET
    @Path("/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getMeetingLogImportTemplate", summary = "Template for a meeting-log import (会議報告事項取込用テンプレート)",
            description = "取込用テンプレート / the empty file to fill in: the header row only. The .xlsx has a second sheet 項目説明 that "
                    + "explains each column with an example. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"meeting-log-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = "no,date,meeting,agendaItem,sectionName\r\n"))
    public Response getMeetingLogImportTemplate(
            @BeanParam FormatParam format) {
        return TransferResponses.template(MeetingLogDataset.SPEC, format.get());
    }
}
