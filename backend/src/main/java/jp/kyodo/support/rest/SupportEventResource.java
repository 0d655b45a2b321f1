package jp.kyodo.support.rest;

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
import java.time.LocalDate;
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
import jp.kyodo.support.EventDtos.AttendanceInput;
import jp.kyodo.support.EventDtos.SupportEventInput;
import jp.kyodo.support.EventDtos.SupportEventResponse;
import jp.kyodo.support.SupportEventKind;
import jp.kyodo.support.service.SupportEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 研修・説明会等: trainings and events with their registrations and attendance per district and organization. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SupportEventResource.TAG, description = "研修・説明会等 / trainings and events: trainings, explanatory meetings (補助金等説明会), forums "
        + "and case-presentation meetings the city holds, with registrations and attendance per district and organization (head counts, "
        + "no names) and their materials; attendance feeds the plan's live indicators TRAINING_DISTRICTS and TRAINING_ATTENDANCE "
        + "(docs/support.md).")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON})
public class SupportEventResource {

    static final String TAG = "support-events";
    static final String READ = "Who may call: ADMIN, OFFICE, DEPARTMENT, LIAISON.";
    static final String MANAGE = "Who may call: ADMIN, OFFICE; DEPARTMENT only for the events of their own section (others: 403).";

    @Inject
    SupportEvents events;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/support-events")
    @Operation(operationId = "listSupportEvents", summary = "Trainings and events (研修・説明会等の一覧)",
            description = "Filters: fiscalYear, kind, sectionId (主催課), programId, districtId (events someone of the district registered for), "
                    + "from/to (開催日, inclusive), q (title, place or description; full- and half-width alike). Sort keys: heldOn (default), "
                    + "title, kind, attendedTotal, districtsAttended. " + ApiDoc.SYNC + READ)
    @APIResponse(responseCode = "200", description = "A page of events")
    public Page<SupportEventResponse> listSupportEvents(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2026") Integer fiscalYear,
            @QueryParam("kind") @Parameter(example = "TRAINING") SupportEventKind kind,
            @QueryParam("sectionId") @Parameter(example = "3") Long sectionId,
            @QueryParam("programId") @Parameter(example = "12") Long programId,
            @QueryParam("districtId") @Parameter(example = "4") Long districtId,
            @QueryParam("from") @Parameter(description = "開催日 from (inclusive)", example = "2026-04-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "開催日 to (inclusive)", example = "2027-03-31") LocalDate to,
            @QueryParam("q") @Parameter(example = "説明会") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return events.list(new SupportEvents.Filter(fiscalYear, kind, sectionId, programId, districtId, from, to, q), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/support-events/{id}")
    @Operation(operationId = "getSupportEvent", summary = "Get an event with its attendance", description = READ)
    @APIResponse(responseCode = "200", description = "The event")
    public RestResponse<SupportEventResponse> getSupportEvent(@PathParam("id") long id) {
        return Responses.ok(events.get(id));
    }

    @POST
    @Path("/support-events")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "createSupportEvent", summary = "Add a training or event",
            description = "Its fiscal year is that of heldOn. " + MANAGE)
    @APIResponseSchema(value = SupportEventResponse.class, responseCode = "201")
    public RestResponse<SupportEventResponse> createSupportEvent(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid SupportEventInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            SupportEventResponse r = events.create(body);
            return Responses.created("/api/v1/support-events/" + r.id(), r);
        });
    }

    @PUT
    @Path("/support-events/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "updateSupportEvent", summary = "Change an event",
            description = "Replaces its details; the attendance stays. A capacity below the registrations already recorded is 400. " + MANAGE)
    public RestResponse<SupportEventResponse> updateSupportEvent(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SupportEventInput body) {
        return Responses.ok(events.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/support-events/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "deleteSupportEvent", summary = "Delete an event added in error",
            description = "With its attendance and materials. " + MANAGE)
    public void deleteSupportEvent(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        events.delete(id, ifMatch);
    }

    @PUT
    @Path("/support-events/{id}/attendance/{districtId}")
    @Operation(operationId = "recordSupportEventAttendance", summary = "Record a district's registrations and attendance (申込・出席)",
            description = "Replaces the district's rows: at most one per organization of the district and one for the district as a whole; "
                    + "head counts only. The event's totals (registeredTotal, attendedTotal, districtsAttended) follow. Registrations beyond "
                    + "the capacity are 400. If-Match is the event's ETag. Who may call: ADMIN, OFFICE, DEPARTMENT of the organizing section "
                    + "(any district); LIAISON for the districts assigned to them (others: 403).")
    public RestResponse<SupportEventResponse> recordSupportEventAttendance(@PathParam("id") long id,
            @PathParam("districtId") long districtId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AttendanceInput body) {
        return Responses.ok(events.recordAttendance(id, districtId, body, ifMatch));
    }

    @GET
    @Path("/support-events/{id}/history")
    @Operation(operationId = "getSupportEventHistory", summary = "History of an event (変更履歴)",
            description = "Every change of the event, its attendance and materials, newest first. " + READ)
    public Page<AuditEventResponse> getSupportEventHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        events.find(id);
        return audit.history("SupportEvent", id, page, true);
    }
}
