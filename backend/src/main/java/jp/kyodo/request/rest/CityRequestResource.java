package jp.kyodo.request.rest;

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
import jp.kyodo.common.error.Problem;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.CityRequestResponse;
import jp.kyodo.request.CityRequestDtos.CityRequestSummary;
import jp.kyodo.request.burden.BurdenDtos.RequestBurden;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.review.CompensationService;
import jp.kyodo.request.review.ReviewDtos.CompensationAmounts;
import jp.kyodo.request.service.CityRequestCommands;
import jp.kyodo.request.service.CityRequestService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "requests")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
public class CityRequestResource {

    static final String RULE_PROBLEM = "{\"type\":\"https://kyodo.example.jp/problems/rule-violation\",\"title\":\"Refused by a rule\",\"status\":422,"
            + "\"detail\":\"連絡・提案では、参加人数などの人数を指定してはいけません。 / A notice / proposal must not ask for a head count.\","
            + "\"instance\":\"/api/v1/city-requests\",\"rule\":\"NOTICE_NO_HEAD_COUNT\","
            + "\"errors\":[{\"field\":\"headCount\",\"message\":\"A notice / proposal must not ask for a head count.\",\"code\":\"NOTICE_NO_HEAD_COUNT\"}]}";

    @Inject
    CityRequestService requests;

    @Inject
    CityRequestCommands commands;

    @Inject
    BurdenService burden;

    @Inject
    CompensationService compensations;

    @Inject
    AuditService audit;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/city-requests")
    @PermitAll
    @Operation(operationId = "listCityRequests", summary = "The request inventory (依頼等の一覧)",
            description = "依頼等 / city requests to communities, with receiving organizations and annual hours (burden, 負担) computed per request, "
                    + "the ids of the warning rules each meets, and its review state. Filters: sectionId, departmentId, bureauId, kind, fiscalYear, status, "
                    + "decision (a review decision it received), districtId (requests addressed to that district: to all districts or to it), ask, q (title, code, section). "
                    + "Sort keys: code, title, fiscalYear, kind, status, section, hoursPerOrganization. " + ApiDoc.SYNC + RequestDoc.PUBLISHED + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of requests")
    public Page<CityRequestSummary> listCityRequests(
            @Valid @BeanParam CityRequestFilterParams filters, @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return requests.list(filters.filter(), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/city-requests/{id}")
    @PermitAll
    @Operation(operationId = "getCityRequest", summary = "Get a request (依頼等)",
            description = "依頼等 / one request with its computed burden, the warnings it meets (saved, but shown: short deadline, merge candidate, "
                    + "effort without compensation) and its review state. `permissions.canEdit` says whether the caller may change it. "
                    + RequestDoc.PUBLISHED + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The request")
    public RestResponse<CityRequestResponse> getCityRequest(@PathParam("id") long id) {
        return Responses.ok(requests.get(id));
    }

    @POST
    @Path("/city-requests")
    @Operation(operationId = "createCityRequest", summary = "Register a request (依頼等の登録)",
            description = "依頼等 / register a request. Refusal rules (GET /api/v1/city-request-rules) are checked first: a 連絡・提案 (NOTICE) with a head count, "
                    + "mandatory, or asking for PROGRAM is refused with 422 rule-violation naming the rule and the fields, and nothing is saved. "
                    + "Warning rules do not refuse: they are listed in the answer. " + RequestDoc.WRITE)
    @APIResponseSchema(value = CityRequestResponse.class, responseCode = "201")
    @APIResponse(responseCode = "422", description = "A rule refused it (or an Idempotency-Key was reused with another body); nothing was saved",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ruleViolation", value = RULE_PROBLEM)))
    public RestResponse<CityRequestResponse> createCityRequest(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CityRequestInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            CityRequestResponse r = commands.create(body);
            return Responses.created("/api/v1/city-requests/" + r.id(), r);
        });
    }

    @PUT
    @Path("/city-requests/{id}")
    @Operation(operationId = "updateCityRequest", summary = "Update a request",
            description = "依頼等 / replaces every field. The same rules as on creation (422 rule-violation, nothing saved). " + RequestDoc.WRITE)
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "422", description = "A rule refused it; nothing was saved",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ruleViolation", value = RULE_PROBLEM)))
    public RestResponse<CityRequestResponse> updateCityRequest(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch,
            @NotNull @Valid CityRequestInput body) {
        return Responses.ok(commands.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/city-requests/{id}")
    @Operation(operationId = "deleteCityRequest", summary = "Delete a request entered in error",
            description = "依頼等 / refused (409) once the request is part of a review: set its status to ENDED instead. " + RequestDoc.WRITE)
    public void deleteCityRequest(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        commands.delete(id, ifMatch);
    }

    @GET
    @Path("/city-requests/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getCityRequestHistory", summary = "History of a request (変更履歴)",
            description = "Changes to the request and to its review items (self-assessment, decision, completion), newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getCityRequestHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        requests.find(id);
        return audit.history(CityRequestService.ENTITY, id, page, false);
    }

    @GET
    @Path("/city-requests/{id}/burden")
    @PermitAll
    @Operation(operationId = "getCityRequestBurden", summary = "Burden of a request (負担)",
            description = "負担 / how the request's annual hours are computed: receiving organizations by kind, occurrences, hours per occurrence, "
                    + "per organization and in total, and month by month (April → March). " + RequestDoc.BURDEN + RequestDoc.PUBLISHED + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The burden")
    public RequestBurden getCityRequestBurden(@PathParam("id") long id) {
        return burden.of(requests.find(id));
    }

    @GET
    @Path("/city-requests/{id}/compensation")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getCityRequestCompensation", summary = "Compensation amounts of a request (費用弁償額)",
            description = "費用弁償 / compensation: yearly amounts in integer yen = flatPerOrganization per receiving organization + perMemberHousehold per "
                    + "member household (加入世帯数 of the fiscal year in the registry; an organization without figures counts 0 households). "
                    + "Uses the formula of the request's COMPENSATE decision (404 when there is none), or, to preview one, the formula given "
                    + "as flatPerOrganization / perMemberHousehold. Per district, in total, and a page of the receiving organizations. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The amounts")
    public CompensationAmounts getCityRequestCompensation(@PathParam("id") long id,
            @QueryParam("fiscalYear") @Min(1989) @Max(2100) @Parameter(description = "Year of the membership figures (default: the request's year)", example = "2025") Integer fiscalYear,
            @QueryParam("flatPerOrganization") @Min(0) @Max(10_000_000) @Parameter(description = "Preview: yen per organization", example = "5000") Long flatPerOrganization,
            @QueryParam("perMemberHousehold") @Min(0) @Max(100_000) @Parameter(description = "Preview: yen per member household", example = "20") Long perMemberHousehold,
            @Valid @BeanParam PageParams page) {
        return compensations.compensation(id, fiscalYear, flatPerOrganization, perMemberHousehold, page);
    }
}
