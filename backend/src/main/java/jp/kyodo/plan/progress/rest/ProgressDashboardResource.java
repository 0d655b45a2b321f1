package jp.kyodo.plan.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.plan.progress.ProgressDtos.PlanDashboard;
import jp.kyodo.plan.progress.service.DashboardService;
import jp.kyodo.plan.rest.PlanDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 進捗の概況 — a plan's dashboard. */
@Path("/api/v1/plans/{id}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ProgressResource.TAG)
public class ProgressDashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getPlanDashboard", summary = "A plan at a glance (進捗の概況)",
            description = "As of asOf (default today, Japan): per pillar (柱) its initiatives by latest status (NOT_REPORTED when "
                    + "none; an initiative placed twice under a pillar counts once) and how many are behind; every initiative "
                    + "behind its targets, in tree order; per fiscal year the initiatives reported by status (the latest period of "
                    + "the year) and the published ratings by grade. " + PlanDoc.STANDING + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The dashboard")
    public PlanDashboard getPlanDashboard(@PathParam("id") long planId,
            @QueryParam("asOf") @Parameter(example = "2011-04-01") LocalDate asOf) {
        return dashboards.dashboard(planId, asOf);
    }
}
