package jp.kyodo.workspace.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.workspace.WorkspaceDtos.Coverage;
import jp.kyodo.workspace.WorkspaceDtos.Home;
import jp.kyodo.workspace.WorkspaceDtos.OfficeWorklist;
import jp.kyodo.workspace.home.HomeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** わたしの校区: a liaison's home (district cards and worklist), and the office's view of any liaison and of coverage. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = WorkspaceResource.TAG, description = "校区担当の業務 — my districts, the worklist (やること), coverage, the burden calendar across districts and the iCalendar feed")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class WorkspaceResource {

    static final String TAG = "workspace";
    static final String HOME = "One card per district assigned today: the council, 加入率 of the latest fiscal year with figures (this FY once "
            + "they are in) with the change against the year before and the rank in the ward, this month's requests landing there "
            + "(count and hours, the burden rule), open items by kind, and the last recorded visit (null while the activity log "
            + "records none). The worklist (やること) merges every source's items across the districts (figures missing for this "
            + "FY, officer terms ending within 60 days, request deadlines within 30 days, follow-ups, voices), sorted by due date, "
            + "undated last. ";

    @Inject
    HomeService home;

    @Inject
    CurrentUser user;

    @GET
    @Path("/me/districts")
    @RolesAllowed(Roles.LIAISON)
    @Operation(operationId = "getMyDistricts", summary = "My districts and worklist (わたしの校区)",
            description = HOME + "Who may call: LIAISON.")
    @APIResponse(responseCode = "200", description = "The caller's home")
    public Home getMyDistricts() {
        return home.home(user.userId());
    }

    @GET
    @Path("/liaisons/{userId}/districts")
    @Operation(operationId = "getLiaisonDistricts", summary = "A liaison's districts and worklist (担当者の校区)",
            description = "The home of any liaison, as they see it. " + HOME + "A user who is not a liaison is 404. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The liaison's home")
    public Home getLiaisonDistricts(@PathParam("userId") @Parameter(example = "4") long userId) {
        return home.home(userId);
    }

    @GET
    @Path("/liaison-coverage")
    @Operation(operationId = "getLiaisonCoverage", summary = "Coverage of the districts (担当状況)",
            description = "Per enabled liaison the districts assigned today, their open follow-ups and days since the last "
                    + "recorded visit; and the districts that stand out: without a liaison today (NO_LIAISON), or — when the "
                    + "activity log records visits — without a visit for more than staleDays days (NO_RECENT_VISIT). " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The coverage")
    public Coverage getLiaisonCoverage(
            @QueryParam("staleDays") @DefaultValue("60") @Min(1) @Max(3650)
            @Parameter(description = "Days without a visit after which a district stands out", example = "60") int staleDays) {
        return home.coverage(staleDays);
    }

    @GET
    @Path("/office-worklist")
    @Operation(operationId = "getOfficeWorklist", summary = "The office's worklist (事務局のやること)",
            description = "What belongs to no single district: empty seats of the bodies of the city-wide council and of the city "
                    + "(SEAT_VACANT, with how many; a district representative's seat counts the districts without one), and terms "
                    + "ending within 60 days with nobody lined up after them (SEAT_TERM_ENDING). By due date, undated last. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The office's worklist")
    public OfficeWorklist getOfficeWorklist() {
        return home.officeWorklist();
    }
}
