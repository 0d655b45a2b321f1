package jp.kyodo.request.rest;

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
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.security.CurrentUser;
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
import jp.kyodo.request.transfer.CityRequestDataset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 依頼等の取込 — the inventory collected from departments as spreadsheets, through the transfer framework. */
@Path("/api/v1/imports/city-requests")
@Tag(name = "transfer")
public class CityRequestImportResource {

    static final String HEADER = "code,title,sectionCode,sectionName,fiscalYear,kind,asks,receiverKinds,districtCodes,wardCodes,channel,months,"
            + "deadlineDays,deadlineNote,headCount,mandatory,people,hoursPerPerson,status,description,annualHours\r\n";

    @Inject
    Imports imports;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser caller;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importCityRequests", summary = "Import requests (依頼等の取込)",
            description = "取込 / the inventory as a department fills in the template: the file itself as the body (CSV or .xlsx, first sheet; "
                    + "the header names columns by key or Japanese label). Natural key: code. Lists (asks, receiverKinds, districtCodes, months) "
                    + "are separated by ; and may use Japanese labels; districtCodes blank = every district; months as 4;6x2;10 (June twice). "
                    + "A column left out keeps the stored values. Every row is checked first with the API's rules — a row that breaks a "
                    + "refusal rule is invalid, its error coded with the rule id (e.g. NOTICE_NO_HEAD_COUNT) — and a DEPARTMENT user may "
                    + "import only rows of its own section. The optional column version (更新番号, written by the export) refuses a row whose "
                    + "request was saved since (code Stale). With mode=PARTIAL the valid rows are saved and the refused ones reported (200). "
                    + "Otherwise, if any row is wrong nothing is saved: 422 problem (type "
                    + ImportProblem.TYPE + ") with the whole report. dryRun=true only checks. Otherwise all rows are saved in one "
                    + "transaction and recorded in each request's history. " + RequestDoc.WRITE)
    @APIResponse(responseCode = "200", description = "The file is valid, or mode=PARTIAL (then refused > 0 counts the rows not saved): the report (with dryRun=true nothing was changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The file is empty, has no header row, is damaged, or is not UTF-8 / Shift_JIS CSV")
    @APIResponse(responseCode = "415", description = "Not CSV or .xlsx")
    @APIResponse(responseCode = "422", description = "Rows (or the header) have errors and mode is ALL_OR_NOTHING, or the file itself is refused; nothing was changed (ImportProblem) — or the Idempotency-Key was used before with another file or mode (Problem, idempotency-key-reused)",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class})))
    public Response importCityRequests(
            @QueryParam("dryRun") @Parameter(description = "true: only check the file and report what would change (only true or false are accepted)", example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,title,sectionCode,fiscalYear,kind,asks,receiverKinds,districtCodes,channel,months,people,hoursPerPerson\r\n"
                            + "KAN-2025-003,ごみ減量チラシの回覧,GOMI,2025,協力依頼,回覧,自治会・町内会,,班回覧,6;11,1,1\r\n"))
            InputStream body) {
        if (!caller.isOffice() && caller.sectionId() == null) {
            throw ProblemException.forbidden("Your account belongs to no section (課); an admin must set it before you can import requests");
        }
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, CityRequestDataset.SPEC.slug(), upload::digest, dry, TransferResponses.variant(mode),
                    () -> TransferResponses.answer(imports.run(CityRequestDataset.SPEC.slug(), upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @GET
    @Path("/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getCityRequestImportTemplate", summary = "Template for the request inventory (依頼等取込用テンプレート)",
            description = "取込用テンプレート / the empty file departments fill in: the header row only; the .xlsx has a second sheet 項目説明 "
                    + "explaining each column with an example. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"city-requests-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = HEADER))
    public Response getCityRequestImportTemplate(
            @BeanParam FormatParam format) {
        return TransferResponses.template(CityRequestDataset.SPEC, format.get());
    }
}
