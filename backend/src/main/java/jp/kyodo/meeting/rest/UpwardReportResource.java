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
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.meeting.MeetingDtos.UpwardReportRequest;
import jp.kyodo.meeting.MeetingDtos.UpwardReportResponse;
import jp.kyodo.meeting.UpwardReportType;
import jp.kyodo.meeting.service.UpwardReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 校区からの報告: what districts send up to the city, and which section it went to. */
@Path("/api/v1/upward-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
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
                    + "Sort keys: receivedOn, district (by kana), type, title, section; default -receivedOn. " + ApiDoc.SYNC + INTERNAL + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<UpwardReportResponse> listUpwardReports(
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("type") @Parameter(example = "NEWSLETTER") UpwardReportType type,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2025") Integer fiscalYear,
            @QueryParam("sectionName") @Parameter(example = "協働推進課") String sectionName,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("q") @Parameter(example = "だより") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return reports.list(new UpwardReportService.Filter(districtId, type, fiscalYear, sectionName, sectionId, q), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getUpwardReport", summary = "Get a report from a district (校区からの報告)",
            description = INTERNAL + "`permissions.canEdit` tells whether the caller may change it. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The report")
    public RestResponse<UpwardReportResponse> getUpwardReport(@PathParam("id") long id) {
        return Responses.ok(reports.get(id));
    }

    @POST
    @Operation(operationId = "createUpwardReport", summary = "Record a report from a district (校区からの報告の登録)",
            description = "The fiscal year is derived from receivedOn, which must not be in the future. " + ApiDoc.REGISTRY_EDIT)
    @APIResponseSchema(value = UpwardReportResponse.class, responseCode = "201")
    public RestResponse<UpwardReportResponse> createUpwardReport(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid UpwardReportRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            UpwardReportResponse r = reports.create(body);
            return Responses.created("/api/v1/upward-reports/" + r.id(), r);
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateUpwardReport", summary = "Update a report from a district",
            description = "Replaces every field; moving it to another district needs the right to both. " + ApiDoc.REGISTRY_EDIT)
    public RestResponse<UpwardReportResponse> updateUpwardReport(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UpwardReportRequest body) {
        return Responses.ok(reports.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUpwardReport", summary = "Delete a report recorded in error", description = ApiDoc.REGISTRY_EDIT)
    public void deleteUpwardReport(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        reports.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getUpwardReportHistory", summary = "History of a report from a district (変更履歴)",
            description = "Changes to the report, newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getUpwardReportHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        reports.find(id);
        return audit.history("UpwardReport", id, page, true);
    }
}
