package jp.kyodo.transfer.rest;

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
import jp.kyodo.transfer.service.ImportService;
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
 * 取込 / import: the raw file is the request body (no multipart), validated row by row before anything is
 * changed; and the empty templates to fill in.
 */
@Path("/api/v1/imports")
@Tag(name = "transfer")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class ImportResource {

    /** The data sets imported here, by the slug their importers register (the paths below name them too). */
    static final String DISTRICTS = "districts";
    static final String ORGANIZATIONS = "organizations";
    static final String MEMBERSHIP_FIGURES = "membership-figures";
    static final String DISTRICT_STATISTICS = "district-statistics";
    static final String GRANT_CASES = "grant-cases";
    static final String SUPPORT_PROGRAMS = "support-programs";
    static final String MEETING_ATTENDANCE = "meeting-attendance";
    static final String BUILDING_NOTICES = "building-notices";

    static final String IMPORT = "取込 / import. Send the file itself as the request body: CSV or Excel .xlsx (its first sheet). "
            + "The content decides the format (an .xlsx starts with the zip signature PK); the Content-Type may be text/csv, "
            + "the .xlsx type, application/octet-stream, or application/vnd.ms-excel (what Windows browsers send for .csv). "
            + "CSV is read as UTF-8 (with or without BOM); a file saved by Excel as plain \"CSV\" (Shift_JIS) is recognised too. "
            + "The first non-empty row is the header: each column named by its key or its Japanese label (as in the template), in any order. "
            + "A column left out keeps the stored values of existing records; a blank cell clears an optional value. "
            + "Dates yyyy-MM-dd (yyyy/M/d accepted); booleans true/false (TRUE/FALSE, 1/0, はい/いいえ accepted). "
            + "Rows are matched by the natural key: existing → UPDATE, new → CREATE, identical → UNCHANGED. "
            + "Every row is checked first, with the same rules as the API; a key twice in the file is an error. "
            + "The optional column version (更新番号, written by the export) makes a re-import safe: a row whose record was saved "
            + "since (another version) is refused with code Stale and never overwrites that change; blank means no check; a version "
            + "on a row that creates a record is refused (VersionOnCreate). "
            + "With mode=PARTIAL the valid rows are saved and the refused ones reported (200; the report's refused and written say how many). "
            + "Otherwise (mode=ALL_OR_NOTHING, the default), if any row is wrong, nothing is changed and the answer is 422 application/problem+json: a problem (type "
            + ImportProblem.TYPE + ") whose extension members are the whole report: `errors` with the row number as Excel shows it "
            + "(header = row 1) and the column key, `rows` with each row's action (INVALID for rows with errors). "
            + "With dryRun=true the file is only checked and the report says what would change (200, applied=false). "
            + "Otherwise all rows are saved in one transaction (all or nothing), each change recorded in the records' history like an edit through the API. "
            + "Sending the same file again changes nothing (every row UNCHANGED). With an Idempotency-Key a retry is safe even after "
            + "someone corrected a record since: the same key and the same file answer the first report again and import nothing "
            + "(another file with the key → 422); a dry run needs no key. "
            + "At most " + Imports.MAX_ROWS + " data rows and 20 MB per file. ";

    static final String TEMPLATE = "取込用テンプレート / the empty file to fill in: the header row only (no example row, so nothing is "
            + "imported by mistake). The .xlsx has a second sheet 項目説明 that explains each column with an example. ";

    static final String DRY_RUN = "true: only check the file and report what would change. Only true or false are accepted (anything else is 400), so that a typo never saves by mistake";

    static final String REPORT = "The file is valid, or mode=PARTIAL (then refused > 0 counts the rows not saved): the report (with dryRun=true nothing was changed)";

    static final String REFUSED = "Rows (or the header) have errors and mode is ALL_OR_NOTHING, or the file itself is refused; nothing was changed (ImportProblem) — or the Idempotency-Key was used before with another file or mode (Problem, idempotency-key-reused)";

    static final String UNREADABLE = "The file is empty, has no header row, is damaged, or is CSV in neither UTF-8 nor Shift_JIS (problem type malformed-request)";

    static final String UNSUPPORTED = "Not CSV or .xlsx: an old .xls or password-protected workbook, another zip, UTF-16 text, a binary file, or a Content-Type not listed";

    @Inject
    ImportService imports;

    @Inject
    Idempotency idempotency;

    // ---- imports ------------------------------------------------------------------------------

    @POST
    @Path("/districts")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importDistricts", summary = "Import school districts (校区の取込)",
            description = "Natural key: code. The ward by wardCode. " + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "dryRun", value = ImportExamples.DISTRICTS_REPORT)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class}),
                    examples = @ExampleObject(name = "invalidRows", value = ImportExamples.DISTRICTS_PROBLEM)))
    public Response importDistricts(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,name,kana,wardCode,communityHall,note\r\nHGS-03,香椎,かしい,HGS,香椎公民館,\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, DISTRICTS, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(DISTRICTS, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/organizations")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importOrganizations", summary = "Import community organizations (地域団体の取込)",
            description = "Natural key: code (required; codes are not generated here). kind and subKind by code or by their Japanese label; "
                    + "districtCode and wardCode must be stored (import districts first); parentCode may name a stored organization or "
                    + "another row of the same file, listed before or after. Contacts (personal data) are neither read nor changed. "
                    + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "dryRun", value = ImportExamples.ORGANIZATIONS_REPORT)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class}),
                    examples = @ExampleObject(name = "invalidRows", value = ImportExamples.ORGANIZATIONS_PROBLEM)))
    public Response importOrganizations(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,kind,name,kana,districtCode,parentCode\r\nHGS-03-A05,NEIGHBORHOOD_ASSOCIATION,香椎一丁目町内会,かしいいっちょうめちょうないかい,HGS-03,HGS-03-C01\r\n"
                            + "HGS-03-C01,自治協議会,香椎校区自治協議会,かしいこうくじちきょうぎかい,HGS-03,\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, ORGANIZATIONS, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(ORGANIZATIONS, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/membership-figures")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importMembershipFigures", summary = "Import membership figures (加入世帯数の取込)",
            description = "Natural key: organizationCode + fiscalYear (年度). Only organizations whose kind keeps membership "
                    + "(neighborhood associations); memberHouseholds may not exceed households; areaCountMethod RESIDENT_REGISTRY, "
                    + "OWN_COUNT or SURVEY (or 住民基本台帳 / 独自集計 / 調査). The column organizationName of the export is ignored. "
                    + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "dryRun", value = ImportExamples.FIGURES_REPORT)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class}),
                    examples = @ExampleObject(name = "invalidRows", value = ImportExamples.FIGURES_PROBLEM)))
    public Response importMembershipFigures(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "organizationCode,fiscalYear,households,memberHouseholds,areaCountMethod,source\r\nHGS-03-A05,2025,420,350,RESIDENT_REGISTRY,住民基本台帳 2025年4月1日\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, MEMBERSHIP_FIGURES, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(MEMBERSHIP_FIGURES, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/district-statistics")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importDistrictStatistics", summary = "Import population and households of districts (人口・世帯数の取込)",
            description = "The bulk form of PUT /districts/{id}/statistics/{fiscalYear}, e.g. the resident-registry system (住民基本台帳) "
                    + "pushing April's figures. Natural key: districtCode + fiscalYear (年度, 1950–2100); the district must be stored. "
                    + "population and households 0–10,000,000. The column districtName of the export is ignored. "
                    + "These households are the registry's; the join rate (加入率) is not computed from them but from the associations' "
                    + "reported households (membership figures), see the district profile. "
                    + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The file is valid, or mode=PARTIAL: the report (with dryRun=true nothing was changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "partial", value = ImportExamples.STATISTICS_REPORT)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class}),
                    examples = @ExampleObject(name = "staleRow", value = ImportExamples.STATISTICS_PROBLEM)))
    public Response importDistrictStatistics(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "districtCode,fiscalYear,population,households,version\r\nHGS-03,2026,14790,6835,\r\nHGS-01,2025,9120,4410,2\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, DISTRICT_STATISTICS, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(DISTRICT_STATISTICS, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/building-notices")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importBuildingNotices", summary = "Import the building notices of new apartment buildings (新築集合住宅の届出の取込)",
            description = "The notices the building section keeps (建築紛争予防条例の届出), as its spreadsheet: natural key noticeNo; a new number "
                    + "adds the building (PENDING, no contacts), a known one updates its notice fields. districtCode names the district, "
                    + "associationCode an organization of it (SameDistrict). units are not fewer than the units already joined (JoinedUnits). "
                    + "What came of the contacts is never changed by a file: the columns outcome, joinedUnits and contactCount of the export "
                    + "are ignored. " + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class})))
    public Response importBuildingNotices(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "noticeNo,noticeOn,name,address,districtCode,units,developer\r\nR8-紛-0123,2026-09-15,（仮称）香椎駅前レジデンス,福岡市東区香椎駅前2丁目,HGS-01,48,○○建設株式会社\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, BUILDING_NOTICES, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(BUILDING_NOTICES, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/meeting-attendance")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importMeetingAttendance", summary = "Import the attendance at meetings (会議の出欠の取込)",
            description = "The bulk form of PUT /council-meetings/{id}/attendance, e.g. a sign-in sheet filled in at the meeting: export "
                    + "the meetings' sheet (GET /exports/meeting-attendance), fill in status and send it back. Natural key: meetingId + "
                    + "memberId; the member must be of the meeting's body and in term on its day (InTerm). status: PRESENT, PROXY, ABSENT "
                    + "or the words 出席, 委任状 (委任), 欠席; a blank status leaves the member's attendance as it is. Each meeting touched "
                    + "keeps its figures and quorum. The columns meetingName, heldOn, personName, seatTitle and representing of the export "
                    + "are ignored. " + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class})))
    public Response importMeetingAttendance(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "meetingId,memberId,status\r\n31,301,出席\r\n31,302,委任状\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, MEETING_ATTENDANCE, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(MEETING_ATTENDANCE, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/grant-cases")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importGrantCases", summary = "Import applications and results reports of grant cases (申請・実績報告の取込)",
            description = "The bulk form of PUT /grant-cases/{id}/plan, /application and /report, e.g. the applications a section "
                    + "collected on paper. Natural key: programId + organizationCode; the case must exist (open the program's year "
                    + "first): a row never creates a case and never decides. A row records the steps whose day it gives, in order and "
                    + "as the case checks them: planReceivedOn while the case awaits its plan; appliedOn (with eligibleCost and units "
                    + "such as LED=5; NEW=2, by the rule's keys) until the decision; reportedOn (with reportedCost and reportedUnits) "
                    + "after it; days not in the future and not before the step before (errors Order, InOrder, Decided, Recorded, "
                    + "KnownUnit). A blank day records nothing. The amount is recomputed from the application like the API does. "
                    + "The columns programName, organizationName, districtName, status, decidedYen and paidYen of the export are ignored. "
                    + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class})))
    public Response importGrantCases(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "programId,organizationCode,appliedOn,units,version\r\n14,HGS-01-001,2026-05-12,LED=5,\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, GRANT_CASES, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(GRANT_CASES, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    @POST
    @Path("/support-programs")
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM, FileFormat.WINDOWS_CSV_TYPE})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "importSupportPrograms", summary = "Import the support catalogue (支援策一覧の取込)",
            description = "The catalogue as its printed matrix reads: one row per program with its implementing section (sectionCode) and "
                    + "the seven columns 人材育成 … その他 (true/false; はい/いいえ and 1/0 accepted), kind and audience. Natural key: fiscalYear + sectionCode + "
                    + "name; a new name adds a program, an existing one is updated (its terms, rule and deadlines are kept: they are "
                    + "edited on the program). At least one column per program. The column sectionName of the export is ignored. "
                    + IMPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = REPORT,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = UNREADABLE)
    @APIResponse(responseCode = "415", description = UNSUPPORTED)
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(oneOf = {ImportProblem.class, jp.kyodo.common.error.Problem.class})))
    public Response importSupportPrograms(
            @QueryParam("dryRun") @Parameter(description = DRY_RUN, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("mode") @Parameter(description = TransferResponses.MODE, example = "PARTIAL") ImportMode mode,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "fiscalYear,sectionCode,name,kind,audience,humanResources,publicity,information,place,cooperation,financial,other\r\n"
                            + "2026,CHIIKI,補助金等説明会,TRAINING,COMMUNITY,false,false,true,false,false,false,false\r\n"))
            InputStream body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        try (Upload upload = Upload.spool(body)) {
            return idempotency.file(idempotencyKey, SUPPORT_PROGRAMS, upload::digest, dry, TransferResponses.variant(mode), () -> TransferResponses.answer(imports.run(SUPPORT_PROGRAMS, upload, contentType, dry, TransferResponses.mode(mode)), uri));
        }
    }

    // ---- templates ----------------------------------------------------------------------------

    @GET
    @Path("/districts/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getDistrictImportTemplate", summary = "Template for a district import (校区取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"districts-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,name,kana,wardCode,communityHall,note,version\r\n"))
    public Response getDistrictImportTemplate(
            @BeanParam FormatParam format) {
        return template(DISTRICTS, format);
    }

    @GET
    @Path("/organizations/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getOrganizationImportTemplate", summary = "Template for an organization import (地域団体取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"organizations-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,kind,subKind,name,kana,districtCode,wardCode,parentCode,foundedOn,legalEntity,legalEntitySince,publishesAssemblyDocuments,publishesAccounts,version\r\n"))
    public Response getOrganizationImportTemplate(
            @BeanParam FormatParam format) {
        return template(ORGANIZATIONS, format);
    }

    @GET
    @Path("/membership-figures/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getMembershipFigureImportTemplate", summary = "Template for a membership figure import (加入世帯数取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"membership-figures-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "organizationCode,organizationName,fiscalYear,households,memberHouseholds,areaCountMethod,source,note,version\r\n"))
    public Response getMembershipFigureImportTemplate(
            @BeanParam FormatParam format) {
        return template(MEMBERSHIP_FIGURES, format);
    }

    @GET
    @Path("/district-statistics/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getDistrictStatisticsImportTemplate", summary = "Template for a statistics import (人口・世帯数取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"district-statistics-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "districtCode,districtName,fiscalYear,population,households,version\r\n"))
    public Response getDistrictStatisticsImportTemplate(
            @BeanParam FormatParam format) {
        return template(DISTRICT_STATISTICS, format);
    }

    @GET
    @Path("/building-notices/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getBuildingNoticeImportTemplate", summary = "Template for an import of building notices (新築集合住宅の届出取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"building-notices-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "noticeNo,noticeOn,name,address,districtCode,associationCode,units,developer,managementCompany,completionOn,"
                            + "outcome,joinedUnits,contactCount,version\r\n"))
    public Response getBuildingNoticeImportTemplate(@BeanParam FormatParam format) {
        return template(BUILDING_NOTICES, format);
    }

    @GET
    @Path("/meeting-attendance/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getMeetingAttendanceImportTemplate", summary = "Template for an import of attendance (出欠取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"meeting-attendance-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "meetingId,meetingName,heldOn,memberId,personName,seatTitle,representing,status\r\n"))
    public Response getMeetingAttendanceImportTemplate(@BeanParam FormatParam format) {
        return template(MEETING_ATTENDANCE, format);
    }

    @GET
    @Path("/grant-cases/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getGrantCaseImportTemplate", summary = "Template for an import of applications and results (申請・実績報告取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"grant-cases-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "programId,programName,organizationCode,organizationName,districtName,status,planReceivedOn,appliedOn,"
                            + "eligibleCost,units,decidedYen,paidYen,reportedOn,reportedCost,reportedUnits,version\r\n"))
    public Response getGrantCaseImportTemplate(@BeanParam FormatParam format) {
        return template(GRANT_CASES, format);
    }

    @GET
    @Path("/support-programs/template")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getSupportProgramImportTemplate", summary = "Template for a catalogue import (支援策一覧取込用テンプレート)",
            description = TEMPLATE + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"support-programs-template.<csv|xlsx>\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "fiscalYear,sectionCode,sectionName,name,kind,audience,humanResources,publicity,information,place,cooperation,"
                            + "financial,other,description,sortOrder,version\r\n"))
    public Response getSupportProgramImportTemplate(@BeanParam FormatParam format) {
        return template(SUPPORT_PROGRAMS, format);
    }

    private Response template(String slug, FormatParam format) {
        FileFormat f = format.get();
        return TransferResponses.template(imports.dataset(slug), f);
    }
}
