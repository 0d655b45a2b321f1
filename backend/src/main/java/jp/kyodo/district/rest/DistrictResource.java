package jp.kyodo.district.rest;

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
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.district.DistrictDtos.AssignmentRequest;
import jp.kyodo.district.DistrictDtos.AssignmentResponse;
import jp.kyodo.district.DistrictDtos.DistrictRequest;
import jp.kyodo.district.DistrictDtos.DistrictResponse;
import jp.kyodo.district.DistrictDtos.StatisticsRequest;
import jp.kyodo.district.DistrictDtos.StatisticsResponse;
import jp.kyodo.district.service.DistrictService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class DistrictResource {

    @Inject
    DistrictService districts;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/districts/{id}")
    @PermitAll
    @Operation(operationId = "getDistrict", summary = "Get a school district (校区)",
            description = "Facts, latest statistics and (for signed-in callers) the assigned liaisons. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The district")
    public RestResponse<DistrictResponse> getDistrict(@PathParam("id") long id) {
        return Responses.ok(districts.get(id));
    }

    @POST
    @Path("/districts")
    @Operation(operationId = "createDistrict", summary = "Create a school district (校区の登録)", description = ApiDoc.OFFICE)
    @APIResponseSchema(value = DistrictResponse.class, responseCode = "201")
    public RestResponse<DistrictResponse> createDistrict(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid DistrictRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            DistrictResponse d = districts.create(body);
            return Responses.created("/api/v1/districts/" + d.id(), d);
        });
    }

    @PUT
    @Path("/districts/{id}")
    @Operation(operationId = "updateDistrict", summary = "Update a school district", description = ApiDoc.OFFICE)
    public RestResponse<DistrictResponse> updateDistrict(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch,
            @NotNull @Valid DistrictRequest body) {
        return Responses.ok(districts.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/districts/{id}")
    @Operation(operationId = "deleteDistrict", summary = "Delete a school district",
            description = "Refused (409) while organizations belong to it. " + ApiDoc.OFFICE)
    public void deleteDistrict(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        districts.delete(id, ifMatch);
    }


    @GET
    @Path("/districts/{id}/statistics")
    @PermitAll
    @Operation(operationId = "listDistrictStatistics", summary = "Population and households by fiscal year (人口・世帯数)", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of yearly statistics, newest first")
    public Page<StatisticsResponse> listDistrictStatistics(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return districts.statistics(id, page);
    }

    @GET
    @Path("/districts/{id}/statistics/{fiscalYear}")
    @PermitAll
    @Operation(operationId = "getDistrictStatistics", summary = "Population and households of one fiscal year (人口・世帯数)",
            description = "The year's statistics of the district, with their version as ETag; 404 when none are recorded. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The year's statistics")
    public RestResponse<StatisticsResponse> getDistrictStatistics(@PathParam("id") long id,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2025") int fiscalYear) {
        return Responses.ok(districts.getStatistics(id, fiscalYear));
    }

    @PUT
    @Path("/districts/{id}/statistics/{fiscalYear}")
    @Operation(operationId = "putDistrictStatistics", summary = "Record population and households of a fiscal year",
            description = "Creates (201) or replaces (200, If-Match required) the year's statistics. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponseSchema(value = StatisticsResponse.class, responseCode = "201")
    public RestResponse<StatisticsResponse> putDistrictStatistics(@PathParam("id") long id,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2025") int fiscalYear,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StatisticsRequest body) {
        DistrictService.Saved<StatisticsResponse> s = districts.putStatistics(id, fiscalYear, body, ifMatch);
        return s.created()
                ? Responses.created("/api/v1/districts/" + id + "/statistics/" + fiscalYear, s.body())
                : Responses.ok(s.body());
    }

    @GET
    @Path("/districts/{id}/liaison-assignments")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "listLiaisonAssignments", summary = "Liaison assignments of a district (校区担当職員の配置)",
            description = "Past, current and future assignments. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of assignments")
    public Page<AssignmentResponse> listLiaisonAssignments(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return districts.assignments(id, page);
    }

    @POST
    @Path("/districts/{id}/liaison-assignments")
    @Operation(operationId = "createLiaisonAssignment", summary = "Assign a liaison to a district", description = ApiDoc.OFFICE)
    @APIResponseSchema(value = AssignmentResponse.class, responseCode = "201", responseDescription = "Assigned")
    public RestResponse<AssignmentResponse> createLiaisonAssignment(@PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid AssignmentRequest body) {
        // the key covers the district too: the same body for another district is another request
        return idempotency.run(idempotencyKey, java.util.List.of(id, body), () -> {
            AssignmentResponse a = districts.assign(id, body);
            return Responses.created("/api/v1/liaison-assignments/" + a.id(), a);
        });
    }

    @GET
    @Path("/liaison-assignments/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getLiaisonAssignment", summary = "Get a liaison assignment (校区担当職員の配置)",
            description = "One assignment, with its version as ETag. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The assignment")
    public RestResponse<AssignmentResponse> getLiaisonAssignment(@PathParam("id") long id) {
        return Responses.ok(districts.getAssignment(id));
    }

    @PUT
    @Path("/liaison-assignments/{id}")
    @Operation(operationId = "updateLiaisonAssignment", summary = "Change an assignment (e.g. set its end date)", description = ApiDoc.OFFICE)
    public RestResponse<AssignmentResponse> updateLiaisonAssignment(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssignmentRequest body) {
        return Responses.ok(districts.updateAssignment(id, body, ifMatch));
    }

    @DELETE
    @Path("/liaison-assignments/{id}")
    @Operation(operationId = "deleteLiaisonAssignment", summary = "Delete an assignment made in error", description = ApiDoc.OFFICE)
    public void deleteLiaisonAssignment(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        districts.deleteAssignment(id, ifMatch);
    }

    @GET
    @Path("/districts/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getDistrictHistory", summary = "History of a district (変更履歴)",
            description = "Every change to the district, its statistics and its assignments, newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getDistrictHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        districts.find(id);
        return audit.history("District", id, page, currentUser.canSeePersonalData(id));
    }
}
