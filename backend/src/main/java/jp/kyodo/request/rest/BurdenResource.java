package jp.kyodo.request.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.request.burden.BurdenDtos.BurdenReport;
import jp.kyodo.request.burden.BurdenDtos.Calendar;
import jp.kyodo.request.burden.BurdenDtos.GroupBy;
import jp.kyodo.request.burden.BurdenService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 負担 — what the city's requests cost communities, grouped and month by month. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "requests")
public class BurdenResource {

    @Inject
    BurdenService burden;

    @GET
    @Path("/burden")
    @PermitAll
    @Operation(operationId = "getBurden", summary = "Burden grouped (負担の集計)",
            description = "負担 / annual effort hours of a fiscal year's requests grouped by DEPARTMENT (部) or SECTION (課) that issue them, or by DISTRICT (校区) "
                    + "or ASSOCIATION (自治会・町内会) they land on; every group is listed, also those with no burden. Computed by the database. "
                    + "Filters: bureauId (DEPARTMENT, SECTION), wardId and districtId (DISTRICT, ASSOCIATION). Sort keys: annualHours (default, descending), name, code, requests. "
                    + RequestDoc.BURDEN + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of groups with the total")
    public BurdenReport getBurden(
            @QueryParam("groupBy") @NotNull @Parameter(required = true, example = "DISTRICT") GroupBy groupBy,
            @QueryParam("fiscalYear") @NotNull @Min(1989) @Max(2100) @Parameter(required = true, example = "2025") Integer fiscalYear,
            @QueryParam("bureauId") @Parameter(example = "2") Long bureauId,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @Valid @BeanParam PageParams page) {
        return burden.grouped(groupBy, fiscalYear, new BurdenService.Filter(wardId, districtId, bureauId), page);
    }

    @GET
    @Path("/districts/{id}/burden-calendar")
    @PermitAll
    @Operation(operationId = "getDistrictBurdenCalendar", summary = "Burden calendar of a district (負担カレンダー)",
            description = "負担カレンダー / what lands on the district's organizations month by month (April → March) in a fiscal year: each request with "
                    + "its times, the district's organizations it reaches, and the hours. " + RequestDoc.BURDEN + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "12 months")
    public Calendar getDistrictBurdenCalendar(@PathParam("id") long id,
            @QueryParam("fiscalYear") @NotNull @Min(1989) @Max(2100) @Parameter(required = true, example = "2025") Integer fiscalYear) {
        return burden.districtCalendar(id, fiscalYear);
    }

    @GET
    @Path("/organizations/{id}/burden-calendar")
    @PermitAll
    @Operation(operationId = "getOrganizationBurdenCalendar", summary = "Burden calendar of an organization (負担カレンダー)",
            description = "負担カレンダー / what lands on one organization (e.g. a neighborhood association 自治会・町内会) month by month (April → March) "
                    + "in a fiscal year, with hours. " + RequestDoc.BURDEN + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "12 months")
    public Calendar getOrganizationBurdenCalendar(@PathParam("id") long id,
            @QueryParam("fiscalYear") @NotNull @Min(1989) @Max(2100) @Parameter(required = true, example = "2025") Integer fiscalYear) {
        return burden.organizationCalendar(id, fiscalYear);
    }
}
