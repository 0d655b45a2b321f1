package jp.kyodo.workspace.profile.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.workspace.profile.ProfileDtos.DistrictProfile;
import jp.kyodo.workspace.profile.service.ProfileService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 校区カルテ: the district profile in one read. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "map")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @GET
    @Path("/districts/{id}/profile")
    @Operation(operationId = "getDistrictProfile", summary = "District profile (校区カルテ)",
            description = "What the district page shows beyond its facts, council and officers: the join rate of the district and "
                    + "of each association over the last five fiscal years, the requests of the fiscal year landing on its "
                    + "organizations with their hours, the meetings of its council bodies with their agenda, the reports it sent "
                    + "up, and the plan initiatives whose indicators are bound to it. Default fiscal year: the latest with "
                    + "membership figures, not after the current one. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The profile")
    public RestResponse<DistrictProfile> getDistrictProfile(@PathParam("id") long id,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2025") Integer fiscalYear) {
        return RestResponse.ok(profiles.profile(id, fiscalYear));
    }
}
