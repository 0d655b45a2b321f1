package jp.kyodo.plan.publication.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Etags;
import jp.kyodo.plan.publication.PublicationDtos.OpenDataRow;
import jp.kyodo.plan.publication.PublicationDtos.PublicReport;
import jp.kyodo.plan.publication.PublicationDtos.PublicReportSummary;
import jp.kyodo.plan.publication.service.PublicReportService;
import jp.kyodo.plan.publication.service.PublicReportService.ServedReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 公開 — published reports and their open data, for anyone without signing in. Everything here is read from the stored
 * snapshots only.
 */
@Path("/api/v1/public/reports")
@Tag(name = "public")
public class PublicReportResource {

    static final String SNAPSHOT = "Read from the published snapshots only: nothing unpublished and no personal data. ";
    static final String REVISION = "A published revision of the year (default: the latest)";

    @Inject
    PublicReportService reports;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicReports", summary = "Published reports (公表された報告の一覧)",
            description = "The latest revision of every published year of every plan, newest year first. " + SNAPSHOT + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of the reports")
    public Page<PublicReportSummary> listPublicReports(@Valid @BeanParam PageParams page) {
        return Page.of(reports.list(), page);
    }

    @GET
    @Path("/{planCode}/{fiscalYear}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicReport", summary = "A published report (評価報告書)",
            description = "The year's report exactly as it was published (the latest revision, or the one asked for), with the list of "
                    + "the year's revisions. A year or revision never published is 404. " + SNAPSHOT + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicReport.class)))
    public Response getPublicReport(@PathParam("planCode") @Parameter(example = "fukuoka-2009") String planCode,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2009") int fiscalYear,
            @QueryParam("revision") @Min(1) @Parameter(description = REVISION, example = "1") Integer revision,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
        ServedReport served = reports.report(planCode, fiscalYear, revision);
        // The stored bytes with their stored tag: ConditionalGets leaves a tag it did not make (it has a '-') alone.
        if (Etags.noneMatchHits(ifNoneMatch, served.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, served.etag()).build();
        }
        return Response.ok(served.body(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, served.etag()).build();
    }

    @GET
    @Path("/{planCode}/{fiscalYear}/initiatives")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicInitiativesJson", summary = "Open data: the year's initiatives as JSON rows (オープンデータ)",
            description = "One flat row per initiative (at its first placement that is not 【再掲】), in the plan's order: fiscalYear, "
                    + "path, refKey, title, tag, targets, status (the year's latest period), done, rating, ratingLabel, comment, "
                    + "recommendation, revision (of the evaluation). Codes as in the API (NEW, CARRIED_OUT …). " + SNAPSHOT + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of the rows")
    public Page<OpenDataRow> getPublicInitiativesJson(@PathParam("planCode") @Parameter(example = "fukuoka-2009") String planCode,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2009") int fiscalYear,
            @QueryParam("revision") @Min(1) @Parameter(description = REVISION, example = "1") Integer revision,
            @Valid @BeanParam PageParams page) {
        return Page.of(reports.rows(planCode, fiscalYear, revision), page);
    }

    @GET
    @Path("/{planCode}/{fiscalYear}/initiatives/csv")
    @PermitAll
    @Produces(FileFormat.CSV_TYPE)
    @Operation(operationId = "getPublicInitiativesCsv", summary = "Open data: the year's initiatives as CSV (オープンデータ)",
            description = "The rows of GET .../initiatives for spreadsheets: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, a "
                    + "Japanese header (年度, 体系番号, 参照キー, 取り組み, 区分, 実施目標, 進捗状況, 実施内容, 評価, 評価の区分, 評価コメント, 提言, "
                    + "評価の版) and Japanese values for 区分 (新規, 充実) and 進捗状況 (未着手, 実施中, 実施済, 完了, 継続中, 遅延); a text that "
                    + "starts with = + - @ is written with a leading '. " + SNAPSHOT + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"<planCode>-<fiscalYear>-r<revision>-initiatives.csv\"",
            schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"fukuoka-2009-2009-r2-initiatives.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "年度,体系番号,参照キー,取り組み,区分,実施目標,進捗状況,実施内容,評価,評価の区分,評価コメント,提言,評価の版\r\n"
                            + "2009,Ⅱ-1-(1)-ア,II-1-1-a,「住民自治フォーラム（仮称）」の開催,新規,(21 年度実施),実施済,第1回フォーラムを開催した。,A,順調,予定どおり開催された。,継続して開催すること。,1\r\n"))
    public Response getPublicInitiativesCsv(@PathParam("planCode") @Parameter(example = "fukuoka-2009") String planCode,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2009") int fiscalYear,
            @QueryParam("revision") @Min(1) @Parameter(description = REVISION, example = "1") Integer revision) {
        int rev = reports.find(planCode, fiscalYear, revision).revision;
        List<OpenDataRow> rows = reports.rows(planCode, fiscalYear, rev);
        String name = planCode.replaceAll("[^A-Za-z0-9-]", "") + "-" + fiscalYear + "-r" + rev + "-initiatives.csv";
        return Response.ok(PublicReportService.csv(rows), FileFormat.CSV.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
