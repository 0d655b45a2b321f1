package jp.kyodo.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
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
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.PlanDtos.InitiativeDetail;
import jp.kyodo.plan.PlanDtos.InitiativeInput;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanDtos.MilestoneInput;
import jp.kyodo.plan.PlanDtos.MilestoneResponse;
import jp.kyodo.plan.TargetKind;
import jp.kyodo.plan.service.InitiativeQueries;
import jp.kyodo.plan.service.InitiativeQueries.InitiativeFilter;
import jp.kyodo.plan.service.InitiativeService;
import jp.kyodo.plan.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 取り組み — initiatives of a plan, their targets and milestones. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = PlanDoc.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class InitiativeResource {

    @Inject
    InitiativeService initiatives;

    @Inject
    InitiativeQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/initiatives")
    @Operation(operationId = "listInitiatives", summary = "List initiatives (取り組みの一覧)",
            description = "Each initiative once (however often it is placed), in tree order by default. " + PlanDoc.FILTERS
                    + "Sort keys: path (default), title, refKey. " + PlanDoc.STANDING + ApiDoc.SYNC + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of initiatives")
    public Page<InitiativeSummary> listInitiatives(
            @QueryParam("planId") @Parameter(example = "1") Long planId,
            @QueryParam("pillarId") @Parameter(example = "1") Long pillarId,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("tag") @Parameter(example = "ENHANCED") InitiativeTag tag,
            @QueryParam("targetKind") @Parameter(example = "BEGIN") TargetKind targetKind,
            @QueryParam("targetYear") @Min(1950) @Max(2100) @Parameter(example = "2009") Integer targetYear,
            @QueryParam("behind") @Parameter(example = "true") Boolean behind,
            @QueryParam("q") @Parameter(example = "ﾌｫｰﾗﾑ") String q,
            @QueryParam("asOf") @Parameter(example = "2011-04-01") LocalDate asOf,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return queries.initiatives(new InitiativeFilter(planId, pillarId, sectionId, tag, targetKind, targetYear, behind, q, asOf), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/initiatives/{id}")
    @Operation(operationId = "getInitiative", summary = "Get an initiative (取り組み)",
            description = "Content, targets, notes, milestones, placements (【再掲】) and standing. " + PlanDoc.STANDING + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The initiative")
    public RestResponse<InitiativeDetail> getInitiative(@PathParam("id") long id,
            @QueryParam("asOf") @Parameter(example = "2011-04-01") LocalDate asOf) {
        return Responses.ok(queries.detail(id, asOf));
    }

    @POST
    @Path("/plans/{id}/initiatives")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createInitiative", summary = "Add an initiative to a plan (取り組みの追加)",
            description = "Placed under parentNodeId with the given code; more placements (【再掲】) through POST /plans/{id}/nodes. "
                    + "Only a 継続 target may have no fiscal year. " + ApiDoc.OFFICE)
    @APIResponseSchema(value = InitiativeDetail.class, responseCode = "201")
    public RestResponse<InitiativeDetail> createInitiative(@PathParam("id") long planId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid InitiativeInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            InitiativeDetail d = initiatives.createInitiative(planId, body);
            return Responses.created("/api/v1/initiatives/" + d.id(), d);
        });
    }

    @PUT
    @Path("/initiatives/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateInitiative", summary = "Update an initiative",
            description = "Replaces title, tag, points, notes, sections, targets and milestones (a milestone row with id keeps that "
                    + "milestone); placements stay. " + ApiDoc.OFFICE)
    public RestResponse<InitiativeDetail> updateInitiative(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid InitiativeInput body) {
        return Responses.ok(initiatives.updateInitiative(id, body, ifMatch));
    }

    @GET
    @Path("/initiatives/{id}/history")
    @Operation(operationId = "getInitiativeHistory", summary = "History of an initiative (変更履歴)",
            description = "Changes to the initiative, its milestones and progress reports, newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getInitiativeHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        queries.findInitiative(id);
        return audit.history(PlanService.ENTITY_INITIATIVE, id, page, true);
    }

    @PUT
    @Path("/milestones/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "updateMilestone", summary = "Set the status of a milestone (工程の状況)",
            description = "PLANNED, IN_PROGRESS or DONE (with the date it was done, default today). " + PlanDoc.OWNER_OR_OFFICE)
    public RestResponse<MilestoneResponse> updateMilestone(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MilestoneInput body) {
        return Responses.ok(initiatives.updateMilestone(id, body, ifMatch));
    }
}
