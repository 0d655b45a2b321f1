package jp.kyodo.plan.rest;

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
import java.time.LocalDate;
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.PlanDtos.PlanDetail;
import jp.kyodo.plan.PlanDtos.PlanInput;
import jp.kyodo.plan.PlanDtos.PlanNodeInput;
import jp.kyodo.plan.PlanDtos.PlanNodeResponse;
import jp.kyodo.plan.PlanDtos.PlanSummary;
import jp.kyodo.plan.PlanDtos.PlanTree;
import jp.kyodo.plan.TargetKind;
import jp.kyodo.plan.service.InitiativeQueries.InitiativeFilter;
import jp.kyodo.plan.service.PlanNodeService;
import jp.kyodo.plan.service.PlanService;
import jp.kyodo.plan.service.PlanTreeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 計画 — plans and their trees (柱 → 方向 → 施策 → 取り組み). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = PlanDoc.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    PlanTreeService tree;

    @Inject
    PlanNodeService nodes;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/plans")
    @Operation(operationId = "listPlans", summary = "List plans (計画の一覧)",
            description = "Newest first. The Fukuoka 2009 plan ships as sample data. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanSummary> listPlans(@Valid @BeanParam PageParams page) {
        return plans.plans(page);
    }

    @GET
    @Path("/plans/{id}")
    @Operation(operationId = "getPlan", summary = "Get a plan (計画)", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The plan")
    public RestResponse<PlanDetail> getPlan(@PathParam("id") long id) {
        return Responses.ok(plans.detail(id));
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createPlan", summary = "Create a plan (計画の登録)",
            description = "An empty plan; add its pillars, directions and measures as nodes, then its initiatives. " + ApiDoc.OFFICE)
    @APIResponseSchema(value = PlanDetail.class, responseCode = "201")
    public RestResponse<PlanDetail> createPlan(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PlanInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            PlanDetail p = plans.createPlan(body);
            return Responses.created("/api/v1/plans/" + p.id(), p);
        });
    }

    @PUT
    @Path("/plans/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updatePlan", summary = "Update a plan", description = "Replaces every field; the code cannot change. " + ApiDoc.OFFICE)
    public RestResponse<PlanDetail> updatePlan(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanInput body) {
        return Responses.ok(plans.updatePlan(id, body, ifMatch));
    }

    @GET
    @Path("/plans/{id}/tree")
    @Operation(operationId = "getPlanTree", summary = "The plan's tree with where each initiative stands (計画の体系)",
            description = "Every node in order, children nested; a placement carries its initiative's summary (re-listed ones marked "
                    + "relisted, 【再掲】). With filters, branches without a matching placement are left out. " + PlanDoc.FILTERS
                    + PlanDoc.STANDING + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The tree")
    public PlanTree getPlanTree(@PathParam("id") long id,
            @QueryParam("pillarId") @Parameter(description = "Only this root node", example = "1") Long pillarId,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("tag") @Parameter(example = "NEW") InitiativeTag tag,
            @QueryParam("targetKind") @Parameter(example = "COMPLETE") TargetKind targetKind,
            @QueryParam("targetYear") @Min(1950) @Max(2100) @Parameter(example = "2009") Integer targetYear,
            @QueryParam("behind") @Parameter(example = "true") Boolean behind,
            @QueryParam("q") @Parameter(example = "フォーラム") String q,
            @QueryParam("asOf") @Parameter(description = "Date the standings are computed for (default today)", example = "2011-04-01") LocalDate asOf) {
        return tree.tree(id, new InitiativeFilter(id, pillarId, sectionId, tag, targetKind, targetYear, behind, q, asOf));
    }

    @GET
    @Path("/plans/{id}/history")
    @Operation(operationId = "getPlanHistory", summary = "History of a plan (変更履歴)",
            description = "Changes to the plan, its nodes and initiatives, newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getPlanHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        plans.findPlan(id);
        return audit.history(PlanService.ENTITY_PLAN, id, page, true);
    }

    @POST
    @Path("/plans/{id}/nodes")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createPlanNode", summary = "Add a node to the plan's tree (項目の追加)",
            description = "A pillar (no parent), a direction, a measure … or, with initiativeId, one more placement of an initiative "
                    + "(relisted: 【再掲】). Position defaults to last; later siblings move down. " + ApiDoc.OFFICE)
    @APIResponseSchema(value = PlanNodeResponse.class, responseCode = "201")
    public RestResponse<PlanNodeResponse> createPlanNode(@PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PlanNodeInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            PlanNodeResponse n = nodes.createNode(id, body);
            return Responses.created("/api/v1/plan-nodes/" + n.id(), n);
        });
    }

    @GET
    @Path("/plan-nodes/{id}")
    @Operation(operationId = "getPlanNode", summary = "Get a node of a plan's tree", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The node")
    public RestResponse<PlanNodeResponse> getPlanNode(@PathParam("id") long id) {
        return Responses.ok(PlanNodeService.node(nodes.findNode(id)));
    }

    @PUT
    @Path("/plan-nodes/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updatePlanNode", summary = "Update a node of a plan's tree",
            description = "Level, code, title, description, position among its siblings, relisted. The parent cannot change (400). "
                    + "A placement's title is its initiative's. " + ApiDoc.OFFICE)
    public RestResponse<PlanNodeResponse> updatePlanNode(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanNodeInput body) {
        return Responses.ok(nodes.updateNode(id, body, ifMatch));
    }

    @DELETE
    @Path("/plan-nodes/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deletePlanNode", summary = "Delete a node of a plan's tree",
            description = "Refused (409) while it has children, or when it is an initiative's only placement. " + ApiDoc.OFFICE)
    public void deletePlanNode(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        nodes.deleteNode(id, ifMatch);
    }
}
