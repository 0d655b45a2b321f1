package jp.kyodo.meeting.rest;

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
import java.time.LocalDate;
import java.util.List;
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
import jp.kyodo.meeting.MeetingDtos.AgendaItemRequest;
import jp.kyodo.meeting.MeetingDtos.AgendaItemResponse;
import jp.kyodo.meeting.MeetingDtos.MeetingRequest;
import jp.kyodo.meeting.MeetingDtos.MeetingResponse;
import jp.kyodo.meeting.MeetingDtos.MeetingSummary;
import jp.kyodo.meeting.service.AgendaItemService;
import jp.kyodo.meeting.service.MeetingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 会議 and 議題: meetings of council bodies and the items the city reported at them. Public to read (openness,
 * 公開): the log of what the city asked of the councils is exactly what the reform wants seen.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class CouncilMeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    AgendaItemService agenda;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/council-meetings")
    @PermitAll
    @Operation(operationId = "listCouncilMeetings", summary = "List council meetings (会議の一覧)",
            description = "Meetings with their number of agenda items. " + MeetingDoc.MEETING_FILTERS
                    + "Sort keys: heldOn, body (display order of bodies), number, fiscalYear; default -heldOn,body. " + ApiDoc.SYNC + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public Page<MeetingSummary> listCouncilMeetings(
            @QueryParam("bodyId") @Parameter(example = "2") Long bodyId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2025") Integer fiscalYear,
            @QueryParam("sectionName") @Parameter(description = "Meetings where this section presented an item", example = "防災対策課") String sectionName,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("q") @Parameter(example = "ぼうさい") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return meetings.meetings(new MeetingService.MeetingFilter(bodyId, fiscalYear, sectionName, sectionId, q), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/council-meetings/{id}")
    @PermitAll
    @Operation(operationId = "getCouncilMeeting", summary = "Get a council meeting with its agenda items (会議)", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The meeting")
    public RestResponse<MeetingResponse> getCouncilMeeting(@PathParam("id") long id) {
        return Responses.ok(meetings.getMeeting(id));
    }

    @POST
    @Path("/council-meetings")
    @Operation(operationId = "createCouncilMeeting", summary = "Record a council meeting (会議の登録)",
            description = "The fiscal year is derived from heldOn. A body has one meeting per date and number (another is 400 Unique). " + ApiDoc.OFFICE)
    @APIResponseSchema(value = MeetingResponse.class, responseCode = "201")
    public RestResponse<MeetingResponse> createCouncilMeeting(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid MeetingRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            MeetingResponse m = meetings.createMeeting(body);
            return Responses.created("/api/v1/council-meetings/" + m.id(), m);
        });
    }

    @PUT
    @Path("/council-meetings/{id}")
    @Operation(operationId = "updateCouncilMeeting", summary = "Update a council meeting", description = "Replaces every field; the agenda items stay. " + ApiDoc.OFFICE)
    public RestResponse<MeetingResponse> updateCouncilMeeting(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MeetingRequest body) {
        return Responses.ok(meetings.updateMeeting(id, body, ifMatch));
    }

    @DELETE
    @Path("/council-meetings/{id}")
    @Operation(operationId = "deleteCouncilMeeting", summary = "Delete a council meeting", description = "Also deletes its agenda items. " + ApiDoc.OFFICE)
    public void deleteCouncilMeeting(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        meetings.deleteMeeting(id, ifMatch);
    }

    @GET
    @Path("/council-meetings/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getCouncilMeetingHistory", summary = "History of a council meeting (変更履歴)",
            description = "Changes to the meeting and its agenda items, newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getCouncilMeetingHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        meetings.findMeeting(id);
        return audit.history("CouncilMeeting", id, page, true);
    }

    @GET
    @Path("/council-meetings/{id}/agenda-items")
    @PermitAll
    @Operation(operationId = "listCouncilMeetingAgendaItems", summary = "Agenda items of a meeting (議題)",
            description = "In order. Sort keys: order, section. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of agenda items")
    public Page<AgendaItemResponse> listCouncilMeetingAgendaItems(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        meetings.findMeeting(id);
        return agenda.agendaItems(new MeetingService.MeetingFilter(null, null, null, null, null), id, page);
    }

    @POST
    @Path("/council-meetings/{id}/agenda-items")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "createAgendaItem", summary = "Add an agenda item to a meeting (議題の登録)",
            description = "Without `order` the item goes after the last one. " + MeetingDoc.AGENDA_ADD)
    @APIResponseSchema(value = AgendaItemResponse.class, responseCode = "201")
    public RestResponse<AgendaItemResponse> createAgendaItem(@PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AgendaItemRequest body) {
        return idempotency.run(idempotencyKey, List.of(id, body), () -> {
            AgendaItemResponse a = agenda.createItem(id, body);
            return Responses.created("/api/v1/agenda-items/" + a.id(), a);
        });
    }

    @GET
    @Path("/agenda-items")
    @PermitAll
    @Operation(operationId = "listAgendaItems", summary = "The meeting log: agenda items across meetings (会議報告事項)",
            description = "One row per item with its meeting's date and name, like the meeting-log file. " + MeetingDoc.MEETING_FILTERS
                    + "Also heldFrom and heldTo (the meeting's date, both inclusive) and requestId (items that carried this request to the districts). "
                    + "Sort keys: heldOn, body, meeting, order, section; default heldOn,body,meeting,order (the order of the log). " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of agenda items")
    public Page<AgendaItemResponse> listAgendaItems(
            @QueryParam("bodyId") @Parameter(example = "2") Long bodyId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2025") Integer fiscalYear,
            @QueryParam("sectionName") @Parameter(description = "Presented by this section", example = "防災対策課") String sectionName,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("q") @Parameter(example = "ぼうさい") String q,
            @QueryParam("heldFrom") @Parameter(description = "Meetings held on or after this day", example = "2025-04-01") LocalDate heldFrom,
            @QueryParam("heldTo") @Parameter(description = "Meetings held on or before this day", example = "2025-09-30") LocalDate heldTo,
            @QueryParam("requestId") @Parameter(description = "Items linked to this request (依頼等)", example = "31") Long requestId,
            @Valid @BeanParam PageParams page) {
        return agenda.agendaItems(new MeetingService.MeetingFilter(bodyId, fiscalYear, sectionName, sectionId, q), null,
                new AgendaItemService.ItemFilter(heldFrom, heldTo, requestId), page);
    }

    @GET
    @Path("/agenda-items/{id}")
    @PermitAll
    @Operation(operationId = "getAgendaItem", summary = "Get an agenda item (議題)", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The agenda item")
    public RestResponse<AgendaItemResponse> getAgendaItem(@PathParam("id") long id) {
        return Responses.ok(agenda.getItem(id));
    }

    @PUT
    @Path("/agenda-items/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "updateAgendaItem", summary = "Update an agenda item",
            description = "Replaces every field; without `order` the item keeps its place. " + MeetingDoc.AGENDA_EDIT)
    public RestResponse<AgendaItemResponse> updateAgendaItem(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgendaItemRequest body) {
        return Responses.ok(agenda.updateItem(id, body, ifMatch));
    }

    @DELETE
    @Path("/agenda-items/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "deleteAgendaItem", summary = "Delete an agenda item", description = MeetingDoc.AGENDA_EDIT)
    public void deleteAgendaItem(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        agenda.deleteItem(id, ifMatch);
    }
}
