package jp.kyodo.meeting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.meeting.MeetingDtos.UpwardReportRequest;
import jp.kyodo.meeting.MeetingDtos.UpwardReportResponse;
import jp.kyodo.meeting.UpwardReportType;
import jp.kyodo.meeting.service.UpwardReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 校区からの報告: what districts send up to the city, and which section it went to. */
@Path("/api/v1/upward-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
public class UpwardReportResource {

    static final String INTERNAL = "`note` and `url` are internal and present only for signed-in callers. ";

    @Inject
    UpwardReportService reports;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @PermitAll
    @Operation(operationId = "listUpwardReports", summary = "Reports from districts (校区からの報告の一覧)",
            description = "校区だより (NEWSLETTER), 実績報告 (ACTIVITY_REPORT), 調査報告 (SURVEY_ANSWER), 総会資料 (ASSEMBLY_DOCUMENTS) received from districts. "
                    + "Filters: districtId, type, fiscalYear (年度 of receivedOn), sectionName (the section it went to, exact), sectionId, q (title or section). "
                    + "Sort keys: receivedOn, district (by kana), type, title, section; default -receivedOn. " + INTERNAL + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<UpwardReportResponse> listUpwardReports(
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("type") @Parameter(example = "NEWSLETTER") UpwardReportType type,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2025") Integer fiscalYear,
            @QueryParam("sectionName") @Parameter(example = "協働推進課") String sectionName,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("q") @Parameter(example = "だより") String q,
            @Valid @BeanParam PageParams page) {
        return reports.list(new UpwardReportService.Filter(districtId, type, fiscalYear, sectionName, sectionId, q), page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getUpwardReport", summary = "Get a report from a district (校区からの報告)",
            description = INTERNAL + "`permissions.canEdit` tells whether the caller may change it. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpwardReportResponse.class)))
    public Response getUpwardReport(@PathParam("id") long id) {
        UpwardReportResponse r = reports.get(id);
        return Responses.ok(r, r.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createUpwardReport", summary = "Record a report from a district (校区からの報告の登録)",
            description = "The fiscal year is derived from receivedOn, which must not be in the future. " + ApiDoc.REGISTRY_EDIT)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpwardReportResponse.class)))
    public Response createUpwardReport(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "5f0c7a9e-3f1d-4c55-9d3b-2b7f1f0e8a11") String idempotencyKey,
            @NotNull @Valid UpwardReportRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            UpwardReportResponse r = reports.create(body);
            return Responses.created("/api/v1/upward-reports/" + r.id(), r, r.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateUpwardReport", summary = "Update a report from a district",
            description = "Replaces every field; moving it to another district needs the right to both. " + ApiDoc.REGISTRY_EDIT)
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpwardReportResponse.class)))
    public Response updateUpwardReport(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch,
            @NotNull @Valid UpwardReportRequest body) {
        UpwardReportResponse r = reports.update(id, body, ifMatch);
        return Responses.ok(r, r.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteUpwardReport", summary = "Delete a report recorded in error", description = ApiDoc.REGISTRY_EDIT)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteUpwardReport(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch) {
        reports.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT, Roles.COMMITTEE})
    @Operation(operationId = "getUpwardReportHistory", summary = "History of a report from a district (変更履歴)",
            description = "Changes to the report, newest first. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventResponse> getUpwardReportHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        reports.find(id);
        return audit.history("UpwardReport", id, page, true);
    }
}
