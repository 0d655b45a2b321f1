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
import jakarta.ws.rs.core.Response;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
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
    @APIResponse(responseCode = "200", description = "The district", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictResponse.class)))
    public Response getDistrict(@PathParam("id") long id) {
        DistrictResponse d = districts.get(id);
        return Responses.ok(d, d.version());
    }

    @POST
    @Path("/districts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createDistrict", summary = "Create a school district (校区の登録)", description = ApiDoc.OFFICE)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictResponse.class)))
    public Response createDistrict(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "5f0c7a9e-3f1d-4c55-9d3b-2b7f1f0e8a11") String idempotencyKey,
            @NotNull @Valid DistrictRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            DistrictResponse d = districts.create(body);
            return Responses.created("/api/v1/districts/" + d.id(), d, d.version());
        });
    }

    @PUT
    @Path("/districts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateDistrict", summary = "Update a school district", description = ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictResponse.class)))
    public Response updateDistrict(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"3\"") String ifMatch,
            @NotNull @Valid DistrictRequest body) {
        DistrictResponse d = districts.update(id, body, ifMatch);
        return Responses.ok(d, d.version());
    }

    @DELETE
    @Path("/districts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteDistrict", summary = "Delete a school district",
            description = "Refused (409) while organizations belong to it. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteDistrict(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"3\"") String ifMatch) {
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

    @PUT
    @Path("/districts/{id}/statistics/{fiscalYear}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "putDistrictStatistics", summary = "Record population and households of a fiscal year",
            description = "Creates (201) or replaces (200, If-Match required) the year's statistics. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsResponse.class)))
    public Response putDistrictStatistics(@PathParam("id") long id,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2025") int fiscalYear,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch,
            @NotNull @Valid StatisticsRequest body) {
        DistrictService.Saved<StatisticsResponse> s = districts.putStatistics(id, fiscalYear, body, ifMatch);
        return s.created()
                ? Responses.created("/api/v1/districts/" + id + "/statistics/" + fiscalYear, s.body(), s.body().version())
                : Responses.ok(s.body(), s.body().version());
    }

    @GET
    @Path("/districts/{id}/liaison-assignments")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT, Roles.COMMITTEE})
    @Operation(operationId = "listLiaisonAssignments", summary = "Liaison assignments of a district (校区担当職員の配置)",
            description = "Past, current and future assignments. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of assignments")
    public Page<AssignmentResponse> listLiaisonAssignments(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return districts.assignments(id, page);
    }

    @POST
    @Path("/districts/{id}/liaison-assignments")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createLiaisonAssignment", summary = "Assign a liaison to a district", description = ApiDoc.OFFICE)
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResponse.class)))
    public Response createLiaisonAssignment(@PathParam("id") long id, @NotNull @Valid AssignmentRequest body) {
        AssignmentResponse a = districts.assign(id, body);
        return Responses.created("/api/v1/liaison-assignments/" + a.id(), a, a.version());
    }

    @PUT
    @Path("/liaison-assignments/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateLiaisonAssignment", summary = "Change an assignment (e.g. set its end date)", description = ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResponse.class)))
    public Response updateLiaisonAssignment(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch,
            @NotNull @Valid AssignmentRequest body) {
        AssignmentResponse a = districts.updateAssignment(id, body, ifMatch);
        return Responses.ok(a, a.version());
    }

    @DELETE
    @Path("/liaison-assignments/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteLiaisonAssignment", summary = "Delete an assignment made in error", description = ApiDoc.OFFICE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteLiaisonAssignment(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch) {
        districts.deleteAssignment(id, ifMatch);
    }

    @GET
    @Path("/districts/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT, Roles.COMMITTEE})
    @Operation(operationId = "getDistrictHistory", summary = "History of a district (変更履歴)",
            description = "Every change to the district, its statistics and its assignments, newest first. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventResponse> getDistrictHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        districts.find(id);
        return audit.history("District", id, page, currentUser.canSeePersonalData(id));
    }
}
