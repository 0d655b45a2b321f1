package jp.kyodo.request.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.review.Decision;
import jp.kyodo.request.review.ItemState;
import jp.kyodo.request.review.ReviewCycleService;
import jp.kyodo.request.review.ReviewDashboardService;
import jp.kyodo.request.review.ReviewDtos.CompletionInput;
import jp.kyodo.request.review.ReviewDtos.CycleInput;
import jp.kyodo.request.review.ReviewDtos.CycleResponse;
import jp.kyodo.request.review.ReviewDtos.Dashboard;
import jp.kyodo.request.review.ReviewDtos.DecisionInput;
import jp.kyodo.request.review.ReviewDtos.ItemResponse;
import jp.kyodo.request.review.ReviewDtos.SelfAssessmentInput;
import jp.kyodo.request.review.ReviewService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 見直し — review cycles, the state of each request, decisions and the reduction dashboard. */
@Path("/api/v1/review-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class ReviewResource {

    static final String ITEM_ETAG = "An item without anything recorded has version 0 (ETag \"0\"). ";

    @Inject
    ReviewService reviews;

    @Inject
    ReviewCycleService cycles;

    @Inject
    ReviewDashboardService dashboards;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(operationId = "listReviewCycles", summary = "Review cycles (見直し)",
            description = "見直し / every review cycle, newest year first, with the progress of its requests by state. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "All cycles")
    public Page<CycleResponse> listReviewCycles(@Valid @BeanParam PageParams page) {
        return Page.of(cycles.cycles(), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createReviewCycle", summary = "Start a review cycle (見直しの開始)",
            description = "見直し / one cycle per fiscal year, with the baseline year (基準年度) chosen by the office. Every request of the year that is not "
                    + "a draft is in the cycle (NOT_STARTED until its section assesses it). " + RequestDoc.CYCLES)
    @APIResponseSchema(value = CycleResponse.class, responseCode = "201")
    public RestResponse<CycleResponse> createReviewCycle(@jakarta.ws.rs.HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "5f0c7a9e-3f1d-4c55-9d3b-2b7f1f0e8a11") String idempotencyKey,
            @NotNull @Valid CycleInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            CycleResponse c = cycles.createCycle(body);
            return Responses.created("/api/v1/review-cycles/" + c.id(), c);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReviewCycle", summary = "Get a review cycle", description = "見直し / the cycle with its progress. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The cycle")
    public RestResponse<CycleResponse> getReviewCycle(@PathParam("id") long id) {
        return Responses.ok(cycles.getCycle(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateReviewCycle", summary = "Update a review cycle (e.g. close it)",
            description = "見直し / replaces every field; a CLOSED cycle takes no more assessments or decisions (409). " + RequestDoc.CYCLES)
    public RestResponse<CycleResponse> updateReviewCycle(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CycleInput body) {
        return Responses.ok(cycles.updateCycle(id, body, ifMatch));
    }

    @GET
    @Path("/{id}/items")
    @Operation(operationId = "listReviewItems", summary = "Requests in a review cycle (見直し対象)",
            description = "見直し / every request of the cycle's year (not drafts) with its state NOT_STARTED → SELF_ASSESSED → DECIDED → CARRIED_OUT, "
                    + "self-assessment and decision. Filters: state, decision, sectionId, departmentId, kind. Ordered by section and request code. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of items")
    public Page<ItemResponse> listReviewItems(@PathParam("id") long id,
            @QueryParam("state") @Parameter(example = "SELF_ASSESSED") ItemState state,
            @QueryParam("decision") @Parameter(example = "ABOLISH") Decision decision,
            @QueryParam("sectionId") @Parameter(example = "12") Long sectionId,
            @QueryParam("departmentId") @Parameter(example = "5") Long departmentId,
            @QueryParam("kind") @Parameter(example = "COOPERATION") RequestKind kind,
            @Valid @BeanParam PageParams page) {
        return reviews.items(id, new ReviewService.ItemFilter(state, decision, sectionId, departmentId, kind), page);
    }

    @GET
    @Path("/{id}/items/{requestId}")
    @Operation(operationId = "getReviewItem", summary = "One request in a review cycle",
            description = "見直し / the request's state in the cycle. " + ITEM_ETAG + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The item")
    public RestResponse<ItemResponse> getReviewItem(@PathParam("id") long id, @PathParam("requestId") long requestId) {
        return Responses.ok(reviews.item(id, requestId));
    }

    @PUT
    @Path("/{id}/items/{requestId}/self-assessment")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "putReviewSelfAssessment", summary = "Self-assessment of a request (自己評価)",
            description = "自己評価 / the section's own assessment, with the decision it proposes: NOT_STARTED or SELF_ASSESSED → SELF_ASSESSED. "
                    + "Refused (409) once the office has decided, or when the cycle is closed. Recorded in the request's history. " + ITEM_ETAG + RequestDoc.WRITE)
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<ItemResponse> putReviewSelfAssessment(@PathParam("id") long id, @PathParam("requestId") long requestId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SelfAssessmentInput body) {
        return Responses.ok(reviews.selfAssess(id, requestId, body, ifMatch));
    }

    @PUT
    @Path("/{id}/items/{requestId}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "putReviewDecision", summary = "Decide on a request (見直しの決定)",
            description = "決定 / ABOLISH 廃止, MERGE 統合 (mergeIntoId), LIGHTEN 負担軽減, RECLASSIFY 連絡・提案へ, COMPENSATE 費用弁償 (compensation formula), KEEP 継続, "
                    + "with the reason and the fiscal year it takes effect; who and when are recorded. SELF_ASSESSED or DECIDED → DECIDED; refused (409) "
                    + "before the self-assessment, after completion, or when the cycle is closed. " + RequestDoc.OFFICE_DECIDES)
    @APIResponse(responseCode = "200", description = "Decided")
    public RestResponse<ItemResponse> putReviewDecision(@PathParam("id") long id, @PathParam("requestId") long requestId,
            @HeaderParam("If-Match") @Parameter(example = "\"1\"") String ifMatch,
            @NotNull @Valid DecisionInput body) {
        return Responses.ok(reviews.decide(id, requestId, body, ifMatch));
    }

    @POST
    @Path("/{id}/items/{requestId}/completion")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "completeReviewItem", summary = "Mark a decision carried out (実施済)",
            description = "実施済 / DECIDED → CARRIED_OUT (409 otherwise); the decision can no longer change. If-Match is optional here. " + RequestDoc.OFFICE_DECIDES)
    @APIResponse(responseCode = "200", description = "Carried out")
    public RestResponse<ItemResponse> completeReviewItem(@PathParam("id") long id, @PathParam("requestId") long requestId,
            @HeaderParam("If-Match") @Parameter(description = "Optional: the ETag of the item; stale → 412", example = "\"2\"") String ifMatch,
            @Valid CompletionInput body) {
        return Responses.ok(reviews.complete(id, requestId, body, ifMatch));
    }

    @GET
    @Path("/{id}/dashboard")
    @PermitAll
    @Operation(operationId = "getReviewDashboard", summary = "Reduction dashboard (削減の状況)",
            description = "削減の状況 / for each fiscal year from the baseline to the cycle's year: the number of 協力依頼 and 連絡・提案, the annual hours landing on communities, "
                    + "and the share cut since the baseline, city-wide and by department (series for charts); the decisions of this cycle by kind, "
                    + "requests still undecided, and the cycle year's figures once ABOLISH / MERGE / RECLASSIFY take effect. Drafts are never counted; "
                    + "hours use today's registry. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class)))
    public RestResponse<byte[]> getReviewDashboard(@PathParam("id") long id) {
        // the JSON written once per change of what it shows (ReviewDashboardService.dashboardJson)
        return RestResponse.ResponseBuilder.ok(dashboards.dashboardJson(id), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
