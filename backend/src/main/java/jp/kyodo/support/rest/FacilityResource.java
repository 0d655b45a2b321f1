package jp.kyodo.support.rest;

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
import jp.kyodo.support.FacilityDtos.FacilityInput;
import jp.kyodo.support.FacilityDtos.FacilityResponse;
import jp.kyodo.support.FacilityKind;
import jp.kyodo.support.service.Facilities;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 場の提供: community centres and halls per district, and the rooms the city lends. */
@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG, description = "施設 / facilities (場の提供): community centres and halls per district (校区コミュニティセンター, "
        + "公民館, 集会所) and the meeting rooms the city lends, with rooms and the construction and repair history with the subsidy that "
        + "paid for each work; the district profile lists a district's (docs/support.md).")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON})
public class FacilityResource {

    static final String TAG = "facilities";
    static final String READ = "Who may call: ADMIN, OFFICE, DEPARTMENT, LIAISON.";
    static final String EDIT = "Who may call: ADMIN, OFFICE; LIAISON only for facilities of the districts assigned to them, never the city's "
            + "rooms (others: 403).";

    @Inject
    Facilities facilities;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Operation(operationId = "listFacilities", summary = "Facilities (施設の一覧)",
            description = "Filters: districtId, wardId, kind, q (name, address, owner or note; full- and half-width alike). Sort keys: "
                    + "district (by kana; default, then name), name, kind, builtYear, capacity. " + ApiDoc.SYNC + READ)
    @APIResponse(responseCode = "200", description = "A page of facilities")
    public Page<FacilityResponse> listFacilities(
            @QueryParam("districtId") @Parameter(example = "4") Long districtId,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("kind") @Parameter(example = "COMMUNITY_CENTER") FacilityKind kind,
            @QueryParam("q") @Parameter(example = "公民館") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return facilities.list(new Facilities.Filter(districtId, wardId, kind, q), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFacility", summary = "Get a facility", description = READ)
    @APIResponse(responseCode = "200", description = "The facility")
    public RestResponse<FacilityResponse> getFacility(@PathParam("id") long id) {
        return Responses.ok(facilities.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createFacility", summary = "Add a facility",
            description = "A district's facility names its district; only a city room (CITY_ROOM) has none. A work's subsidy names its "
                    + "program and is at most its cost; a case named must be of that program. " + EDIT)
    @APIResponseSchema(value = FacilityResponse.class, responseCode = "201")
    public RestResponse<FacilityResponse> createFacility(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid FacilityInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            FacilityResponse r = facilities.create(body);
            return Responses.created("/api/v1/facilities/" + r.id(), r);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateFacility", summary = "Change a facility", description = "Replaces it with its rooms and history. " + EDIT)
    public RestResponse<FacilityResponse> updateFacility(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FacilityInput body) {
        return Responses.ok(facilities.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteFacility", summary = "Delete a facility", description = EDIT)
    public void deleteFacility(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        facilities.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getFacilityHistory", summary = "History of a facility (変更履歴)", description = "Newest first. " + READ)
    public Page<AuditEventResponse> getFacilityHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        facilities.find(id);
        return audit.history("Facility", id, page, false);
    }
}
