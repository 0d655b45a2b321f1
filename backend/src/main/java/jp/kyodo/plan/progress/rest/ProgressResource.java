package jp.kyodo.plan.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.plan.progress.ProgressDtos.IndicatorBindingResponse;
import jp.kyodo.plan.progress.ProgressDtos.ProgressReportInput;
import jp.kyodo.plan.progress.ProgressDtos.ProgressReportResponse;
import jp.kyodo.plan.progress.ProgressDtos.TimelineEntry;
import jp.kyodo.plan.progress.service.ProgressService;
import jp.kyodo.plan.progress.service.TimelineService;
import jp.kyodo.plan.rest.PlanDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 進捗報告 — progress reports of initiatives, their timeline and the data indicators can be bound to. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ProgressResource.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class ProgressResource {

    public static final String TAG = "progress";
    static final String INDICATORS = "Indicators bound to data (binding) are live: actual is computed when read — JOIN_RATE 加入率 "
            + "(%) of the city, a ward or a district in the report's fiscal year (as /join-rates); COOPERATION_REQUESTS 協力依頼 "
            + "counted that year; REQUEST_HOURS effort hours requests put on communities that year (as the reduction dashboard); "
            + "the *_CUT ones the share cut (%) against the baseline year of that year's review cycle (absent without a cycle). ";
    static final String RULES = "One report per initiative and period (fiscalYear with half 0 = the whole year, 1 = 上半期, 2 = 下半期; "
            + "another report for the same period → 409). fiscalYear is not before the plan's first year and at most next "
            + "fiscal year. A bound indicator must not carry actual (400). ";

    @Inject
    ProgressService progress;

    @Inject
    TimelineService timeline;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/initiatives/{id}/progress-reports")
    @Operation(operationId = "listProgressReports", summary = "Progress reports of an initiative (進捗報告の一覧)",
            description = "Newest period first. Sort keys: period (default -period), fiscalYear, status, reportedAt. " + INDICATORS + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<ProgressReportResponse> listProgressReports(@PathParam("id") long initiativeId, @Valid @BeanParam PageParams page) {
        return progress.list(initiativeId, page);
    }

    @POST
    @Path("/initiatives/{id}/progress-reports")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "createProgressReport", summary = "Report progress (進捗報告の登録)",
            description = RULES + PlanDoc.OWNER_OR_OFFICE)
    @APIResponseSchema(value = ProgressReportResponse.class, responseCode = "201")
    public RestResponse<ProgressReportResponse> createProgressReport(@PathParam("id") long initiativeId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ProgressReportInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            ProgressReportResponse r = progress.create(initiativeId, body);
            return Responses.created("/api/v1/progress-reports/" + r.id(), r);
        });
    }

    @GET
    @Path("/progress-reports/{id}")
    @Operation(operationId = "getProgressReport", summary = "Get a progress report (進捗報告)", description = INDICATORS + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The report")
    public RestResponse<ProgressReportResponse> getProgressReport(@PathParam("id") long id) {
        return Responses.ok(progress.get(id));
    }

    @PUT
    @Path("/progress-reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "updateProgressReport", summary = "Update a progress report",
            description = "Replaces every field (the period may change to one without a report). " + RULES + PlanDoc.OWNER_OR_OFFICE)
    public RestResponse<ProgressReportResponse> updateProgressReport(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProgressReportInput body) {
        return Responses.ok(progress.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/progress-reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "deleteProgressReport", summary = "Delete a progress report entered in error",
            description = "The deletion stays in the initiative's history and timeline. " + PlanDoc.OWNER_OR_OFFICE)
    public void deleteProgressReport(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        progress.delete(id, ifMatch);
    }

    @GET
    @Path("/initiatives/{id}/timeline")
    @Operation(operationId = "getInitiativeTimeline", summary = "Timeline of an initiative (経過)",
            description = "Oldest first: reports written, changed (STATUS_CHANGED with the previous status) and deleted, milestone "
                    + "changes, the committee's evaluations (finalized — only for ADMIN, OFFICE and COMMITTEE —, published, "
                    + "superseded by a correction) and the publications of the plan's yearly reports. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The events, oldest first")
    public Page<TimelineEntry> getInitiativeTimeline(@PathParam("id") long initiativeId, @Valid @BeanParam PageParams page) {
        return Page.of(timeline.timeline(initiativeId), page);
    }

    @GET
    @Path("/indicator-bindings")
    @Operation(operationId = "listIndicatorBindings", summary = "Data an indicator can be bound to (連動指標)",
            description = INDICATORS + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The bindings")
    public Page<IndicatorBindingResponse> listIndicatorBindings(@Valid @BeanParam PageParams page) {
        return Page.of(progress.bindings(), page);
    }
}
