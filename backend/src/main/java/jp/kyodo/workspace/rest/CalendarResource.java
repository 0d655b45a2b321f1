package jp.kyodo.workspace.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.workspace.WorkspaceDtos.CalendarMonth;
import jp.kyodo.workspace.WorkspaceDtos.Feed;
import jp.kyodo.workspace.WorkspaceDtos.FeedRequest;
import jp.kyodo.workspace.calendar.CalendarService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The burden calendar across districts, and each user's iCalendar feed behind a secret URL. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = WorkspaceResource.TAG)
public class CalendarResource {

    public static final String CALENDAR_TYPE = "text/calendar";
    static final int MAX_DISTRICTS = 500;

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser user;

    @GET
    @Path("/burden-calendar")
    @Authenticated
    @Operation(operationId = "getBurdenCalendar", summary = "Burden calendar across districts (負担カレンダー)",
            description = "One month of dated entries in the chosen districts from every calendar source: each request's date "
                    + "(REQUEST_DATE — the first day of a month it is scheduled in) and deadline (REQUEST_DEADLINE — that date plus "
                    + "its deadline days), and follow-ups and meetings where those features add them. An entry in several of "
                    + "the districts is one entry naming them. Districts: districtId (repeated), or all of wardId's; neither → a "
                    + "liaison's districts assigned today, everyone else's the whole city. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The month")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CalendarMonth getBurdenCalendar(
            @QueryParam("year") @NotNull @Min(1950) @Max(2100) @Parameter(required = true, example = "2026") Integer year,
            @QueryParam("month") @NotNull @Min(1) @Max(12) @Parameter(required = true, example = "12") Integer month,
            @QueryParam("districtId") @Size(max = MAX_DISTRICTS) @Parameter(description = "Districts (repeat the parameter)", example = "12") List<Long> districtIds,
            @QueryParam("wardId") @Parameter(description = "All districts of a ward", example = "3") Long wardId) {
        List<Long> ids = new ArrayList<>();
        if (districtIds != null && !districtIds.isEmpty()) {
            ids.addAll(new LinkedHashSet<>(districtIds));
        } else if (wardId != null) {
            ids.addAll(calendars.wardDistricts(wardId));
            if (ids.isEmpty() && !calendars.wardExists(wardId)) {
                throw ProblemException.notFound("Ward", wardId);
            }
        } else if (user.hasRole(Roles.LIAISON)) {
            ids.addAll(user.districtIds());
        } else {
            ids.addAll(calendars.allDistrictIds());
        }
        return calendars.month(year, month, ids);
    }

    @GET
    @Path("/me/calendar-feed")
    @Authenticated
    @Operation(operationId = "getMyCalendarFeed", summary = "My iCalendar feed (カレンダー連携)",
            description = "Whether the caller has a feed URL, since when and (office) for which ward. The URL itself is shown only "
                    + "when created. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The feed")
    public Feed getMyCalendarFeed() {
        return calendars.feed(user.userId());
    }

    @POST
    @Path("/me/calendar-feed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "rotateMyCalendarFeed", summary = "Create or renew my feed URL (連携URLの発行)",
            description = "Creates the caller's secret feed URL, or replaces it (the old URL stops working at once). The answer "
                    + "holds the path once; only a hash is stored. A liaison's feed holds the districts assigned to them on the "
                    + "day it is read; ADMIN/OFFICE may choose a ward (others: 403), else their feed is empty; other roles' feeds "
                    + "are empty. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The feed with its path")
    public Feed rotateMyCalendarFeed(@NotNull @Valid FeedRequest body) {
        return calendars.rotate(user.userId(), user.role(), body.wardId());
    }

    @DELETE
    @Path("/me/calendar-feed")
    @Authenticated
    @Operation(operationId = "revokeMyCalendarFeed", summary = "Stop my feed URL (連携の停止)",
            description = "Deletes the caller's feed; its URL answers 404 from now on. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revokeMyCalendarFeed() {
        calendars.revoke(user.userId());
        return Response.noContent().build();
    }

    @GET
    @Path("/calendar/{token}.ics")
    @PermitAll
    @Produces(CALENDAR_TYPE)
    @Operation(operationId = "getCalendarFeed", summary = "iCalendar feed (iCalendar 配信)",
            description = "The dated entries (request dates and deadlines, follow-ups, meetings) of the feed owner's districts from "
                    + "31 days back to a year ahead, as RFC 5545 text/calendar for Outlook or a phone calendar. The token in the "
                    + "path is the secret; an unknown, renewed or revoked one is 404. Anyone holding "
                    + "the secret URL may read it; the entries are the inventory's public dates, the token only chooses whose districts. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = CALENDAR_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kyodo//workspace calendar//JA\r\nEND:VCALENDAR\r\n"))
    public Response getCalendarFeed(@PathParam("token") @Parameter(example = "3q2x9yHf0Lr") String token) {
        if (token.length() > 100) {
            throw ProblemException.notFound("Calendar feed", "token");
        }
        return Response.ok(calendars.ics(token), CALENDAR_TYPE + "; charset=utf-8")
                .header("Cache-Control", "private, max-age=900").build();
    }
}
