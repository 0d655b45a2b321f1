package jp.kyodo.transfer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.transfer.FormatParam;
import jp.kyodo.common.transfer.HeadersParam;
import jp.kyodo.common.transfer.LabelsParam;
import jp.kyodo.common.transfer.TransferResponses;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.transfer.service.ExportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 出力 / export: one operation per data set (each with the filters of its list), all answering a file in the
 * format the import reads.
 */
@Path("/api/v1/exports")
@Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
@Tag(name = "transfer")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class ExportResource {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    ExportService exports;

    @GET
    @Path("/districts")
    @Operation(operationId = "exportDistricts", summary = "Export school districts (校区の出力)",
            description = "Districts as a file, with the filters of the district list, ordered by code. Columns: "
                    + "code, name, kana, wardCode, communityHall, note, version (更新番号: send it back with the import, a row changed since is refused). " + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"districts-20261122.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,name,kana,wardCode,communityHall,note,version\r\nHGS-03,香椎,かしい,HGS,香椎公民館,JR香椎駅周辺,3\r\n"))
    public Response exportDistricts(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("wardId") @Parameter(description = "Only districts of this ward", example = "1") Long wardId,
            @QueryParam("q") @Parameter(description = "Text in code, name or kana (as in the list)", example = "ｶｼｲ") String q) {
        return export("districts", format, headers, labels, ExportFilter.of("wardId", wardId, "q", q));
    }

    @GET
    @Path("/organizations")
    @Operation(operationId = "exportOrganizations", summary = "Export community organizations (地域団体の出力)",
            description = "Organizations as a file, with the filters of the organization list, ordered by code. Columns: "
                    + "code, kind, subKind, name, kana, districtCode, wardCode (of a ward-level group), parentCode, foundedOn, "
                    + "legalEntity (地縁団体認可), legalEntitySince, publishesAssemblyDocuments, publishesAccounts, version (更新番号). "
                    + "Contacts and officers are personal data and are never exported. " + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"organizations-20261122.xlsx\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,kind,subKind,name,kana,districtCode,wardCode,parentCode,foundedOn,legalEntity,legalEntitySince,publishesAssemblyDocuments,publishesAccounts,version\r\n"
                            + "HGS-03-A05,NEIGHBORHOOD_ASSOCIATION,,香椎一丁目町内会,かしいいっちょうめちょうないかい,HGS-03,,HGS-03-C01,1962-04-01,true,1998-10-01,true,false,1\r\n"))
    public Response exportOrganizations(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("districtId") @Parameter(description = "Only organizations of this district", example = "12") Long districtId,
            @QueryParam("wardId") @Parameter(description = "Only organizations in this ward (by their district, or ward-level groups of it)", example = "1") Long wardId,
            @QueryParam("kind") @Parameter(description = "Only this kind", example = "NEIGHBORHOOD_ASSOCIATION") String kind,
            @QueryParam("parentId") @Parameter(description = "Only organizations directly under this one", example = "40") Long parentId,
            @QueryParam("q") @Parameter(description = "Text in code, name or kana (as in the list)", example = "ちょうないかい") String q) {
        return export("organizations", format, headers, labels, ExportFilter.of("districtId", districtId, "wardId", wardId,
                "kind", kind, "parentId", parentId, "q", q));
    }

    @GET
    @Path("/membership-figures")
    @Operation(operationId = "exportMembershipFigures", summary = "Export membership figures (加入世帯数の出力)",
            description = "Households and member households per association and fiscal year (年度), ordered by organization code and year. Columns: "
                    + "organizationCode, organizationName (for reading; ignored by the import), fiscalYear, households, memberHouseholds, "
                    + "areaCountMethod, source, note, version (更新番号). Filter by fiscalYear to keep a file within the import's 20,000 rows. "
                    + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"membership-figures-20261122.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "organizationCode,organizationName,fiscalYear,households,memberHouseholds,areaCountMethod,source,note,version\r\n"
                            + "HGS-03-A05,香椎一丁目町内会,2025,420,350,RESIDENT_REGISTRY,住民基本台帳 2025年4月1日,,0\r\n"))
    public Response exportMembershipFigures(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("districtId") @Parameter(description = "Only associations of this district", example = "12") Long districtId,
            @QueryParam("wardId") @Parameter(description = "Only associations in this ward", example = "1") Long wardId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Only this fiscal year (年度)", example = "2025") Integer fiscalYear) {
        return export("membership-figures", format, headers, labels, ExportFilter.of("districtId", districtId, "wardId", wardId,
                "fiscalYear", fiscalYear));
    }

    @GET
    @Path("/district-statistics")
    @Operation(operationId = "exportDistrictStatistics", summary = "Export population and households of districts (人口・世帯数の出力)",
            description = "Every district's statistics per fiscal year (年度), ordered by district code and year. Columns: districtCode, "
                    + "districtName (for reading; ignored by the import), fiscalYear, population, households (住民基本台帳), version "
                    + "(send it back with the import: a row changed since is refused). " + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"district-statistics-20261122.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "districtCode,districtName,fiscalYear,population,households,version\r\nHGS-03,香椎,2025,14820,6810,0\r\n"))
    public Response exportDistrictStatistics(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("wardId") @Parameter(description = "Only districts of this ward", example = "1") Long wardId,
            @QueryParam("districtId") @Parameter(description = "Only this district", example = "12") Long districtId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Only this fiscal year (年度)", example = "2025") Integer fiscalYear) {
        return export("district-statistics", format, headers, labels, ExportFilter.of("wardId", wardId, "districtId", districtId,
                "fiscalYear", fiscalYear));
    }

    @GET
    @Path("/building-notices")
    @Operation(operationId = "exportBuildingNotices", summary = "Export new apartment buildings (新築集合住宅の出力)",
            description = "One row per building by notice day: the notice fields, and for reading the outcome (labels=ja in words), the units "
                    + "joined and the number of contacts, version. Import it back with POST /imports/building-notices. "
                    + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"building-notices-20261205.xlsx\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "noticeNo,noticeOn,name,address,districtCode,associationCode,units,developer,managementCompany,completionOn,"
                            + "outcome,joinedUnits,contactCount,version\r\n"
                            + "R8-紛-0123,2026-09-15,（仮称）香椎駅前レジデンス,福岡市東区香椎駅前2丁目,HGS-01,,48,○○建設株式会社,,2027-09-30,PENDING,0,1,2\r\n"))
    public Response exportBuildingNotices(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Only notices of this fiscal year (年度)", example = "2026") Integer fiscalYear,
            @QueryParam("wardId") @Parameter(description = "Only buildings of this ward", example = "1") Long wardId,
            @QueryParam("districtId") @Parameter(description = "Only buildings of this district", example = "12") Long districtId) {
        return export("building-notices", format, headers, labels, ExportFilter.of("fiscalYear", fiscalYear, "wardId", wardId,
                "districtId", districtId));
    }

    @GET
    @Path("/meeting-attendance")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "exportMeetingAttendance", summary = "Export the attendance sheet of meetings (出欠表の出力)",
            description = "One row per meeting and member of its body in term on its day, by meeting, seat and name: the meeting, the "
                    + "member, the seat, whom they represent and the attendance recorded (blank where none; labels=ja writes 出席, 委任状, "
                    + "欠席). Fill in status and import it with POST /imports/meeting-attendance. " + TransferDoc.EXPORT + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"meeting-attendance-20261205.xlsx\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "meetingId,meetingName,heldOn,memberId,personName,seatTitle,representing,status\r\n"
                            + "31,第3回理事会,2025-06-25,301,山田 花子,理事,香椎,PRESENT\r\n"))
    public Response exportMeetingAttendance(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("meetingId") @Parameter(description = "Only this meeting", example = "31") Long meetingId,
            @QueryParam("bodyId") @Parameter(description = "Only the meetings of this body", example = "2") Long bodyId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Only meetings of this fiscal year (年度)", example = "2026") Integer fiscalYear) {
        return export("meeting-attendance", format, headers, labels, ExportFilter.of("meetingId", meetingId, "bodyId", bodyId,
                "fiscalYear", fiscalYear));
    }

    @GET
    @Path("/grant-cases")
    @Operation(operationId = "exportGrantCases", summary = "Export grant cases (交付案件の出力)",
            description = "One row per case: its program, the organization, its status, the days and figures of its plan, application "
                    + "and results report, the decided and paid amounts, version. Ordered by program and organization code. Import the "
                    + "file back (after filling in applications or results) with POST /imports/grant-cases. The office sees every case, "
                    + "a DEPARTMENT user the cases of their section's programs, a LIAISON those of their districts, others none. "
                    + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"grant-cases-20261205.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "programId,programName,organizationCode,organizationName,districtName,status,planReceivedOn,appliedOn,eligibleCost,"
                            + "units,decidedYen,paidYen,reportedOn,reportedCost,reportedUnits,version\r\n"
                            + "14,防犯灯設置費補助,HGS-01-001,香椎一丁目町内会,香椎,DECIDED,,2026-05-12,,LED=5,62500,0,,,,3\r\n"))
    public Response exportGrantCases(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("programId") @Parameter(description = "Only this program", example = "14") Long programId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Only this fiscal year (年度)", example = "2026") Integer fiscalYear,
            @QueryParam("wardId") @Parameter(description = "Only organizations of this ward", example = "1") Long wardId,
            @QueryParam("districtId") @Parameter(description = "Only organizations of this district", example = "12") Long districtId) {
        return export("grant-cases", format, headers, labels, ExportFilter.of("programId", programId, "fiscalYear", fiscalYear,
                "wardId", wardId, "districtId", districtId));
    }

    @GET
    @Path("/support-programs")
    @Operation(operationId = "exportSupportPrograms", summary = "Export the support catalogue (支援策一覧の出力)",
            description = "The catalogue as its printed matrix reads, one row per program in print order: the implementing section, the "
                    + "program, its kind and audience and the seven columns 人材育成 … その他 (labels=ja writes はい/いいえ), version. Import "
                    + "it back with POST /imports/support-programs. " + TransferDoc.EXPORT + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = TransferDoc.FILE, headers = @Header(name = "Content-Disposition",
            description = TransferDoc.DISPOSITION, schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"support-programs-20261205.xlsx\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "fiscalYear,sectionCode,sectionName,name,kind,audience,humanResources,publicity,information,place,cooperation,"
                            + "financial,other,description,sortOrder,version\r\n2026,CHIIKI,地域振興課,補助金等説明会,TRAINING,COMMUNITY,false,false,"
                            + "true,false,false,false,false,,40,0\r\n"))
    public Response exportSupportPrograms(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Only this edition (年度)", example = "2026") Integer fiscalYear) {
        return export("support-programs", format, headers, labels, ExportFilter.of("fiscalYear", fiscalYear));
    }

    /** The format, headers and labels are checked before any row is read. */
    private Response export(String slug, FormatParam format, HeadersParam headers, LabelsParam labels, ExportFilter filter) {
        FileFormat f = format.get();
        boolean japanese = headers.japanese();
        boolean labelled = labels.japanese();
        DatasetSpec dataset = exports.dataset(slug);
        List<Object[]> rows = exports.rows(slug, filter);
        if (labelled) {
            rows = exports.labelled(slug, rows);
        }
        return TransferResponses.export(dataset, f, rows, clock, japanese);
    }
}
