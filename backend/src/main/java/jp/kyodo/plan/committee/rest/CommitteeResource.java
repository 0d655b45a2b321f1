package jp.kyodo.plan.committee.rest;

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
import jp.kyodo.plan.committee.CommitteeDtos.MeetingInput;
import jp.kyodo.plan.committee.CommitteeDtos.MeetingResponse;
import jp.kyodo.plan.committee.CommitteeDtos.MemberInput;
import jp.kyodo.plan.committee.CommitteeDtos.MemberResponse;
import jp.kyodo.plan.committee.service.CommitteeMeetingService;
import jp.kyodo.plan.committee.service.CommitteeMemberService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 推進委員会 — members (with their terms) and meetings (with agenda, minutes and attendance). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CommitteeDoc.TAG)
public class CommitteeResource {

    @Inject
    CommitteeMemberService members;

    @Inject
    CommitteeMeetingService meetings;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    // ---- members ------------------------------------------------------------------------------------

    @GET
    @Path("/committee-members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
    @Operation(operationId = "listCommitteeMembers", summary = "List committee members (推進委員会 委員の一覧)",
            description = "Filters: active (true: the term covers today; false: it does not), q (name, kana, affiliation or role; "
                    + "full/half width and kana folded). Sort keys: kana (default), name, affiliation, termFrom, termTo. " + CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberResponse> listCommitteeMembers(
            @QueryParam("active") @Parameter(example = "true") Boolean active,
            @QueryParam("q") @Parameter(example = "しらいし") String q,
            @Valid @BeanParam PageParams page) {
        return members.members(active, q, page);
    }

    @GET
    @Path("/committee-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
    @Operation(operationId = "getCommitteeMember", summary = "Get a committee member (委員)", description = CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    public Response getCommitteeMember(@PathParam("id") long id) {
        MemberResponse m = members.getMember(id);
        return Responses.ok(m, m.version());
    }

    @POST
    @Path("/committee-members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createCommitteeMember", summary = "Add a committee member (委員の登録)",
            description = "A member for a term (termTo absent: open). " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    public Response createCommitteeMember(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "5f0c7a9e-3f1d-4c55-9d3b-2b7f1f0e8a11") String idempotencyKey,
            @NotNull @Valid MemberInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            MemberResponse m = members.createMember(body);
            return Responses.created("/api/v1/committee-members/" + m.id(), m, m.version());
        });
    }

    @PUT
    @Path("/committee-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateCommitteeMember", summary = "Update a committee member", description = "Replaces every field. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    public Response updateCommitteeMember(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch,
            @NotNull @Valid MemberInput body) {
        MemberResponse m = members.updateMember(id, body, ifMatch);
        return Responses.ok(m, m.version());
    }

    @DELETE
    @Path("/committee-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteCommitteeMember", summary = "Delete a committee member",
            description = "Only a member who attended no meeting (409 otherwise: end the term instead). " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteCommitteeMember(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch) {
        members.deleteMember(id, ifMatch);
    }

    @GET
    @Path("/committee-members/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
    @Operation(operationId = "getCommitteeMemberHistory", summary = "History of a committee member (変更履歴)",
            description = "Changes to the member, newest first. " + CommitteeDoc.READ_HISTORY)
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventResponse> getCommitteeMemberHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        members.findMember(id);
        return audit.history(CommitteeMemberService.ENTITY_MEMBER, id, page, currentUser.isAdminOrOffice());
    }

    // ---- meetings -----------------------------------------------------------------------------------

    @GET
    @Path("/committee-meetings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
    @Operation(operationId = "listCommitteeMeetings", summary = "List committee meetings (推進委員会 会議の一覧)",
            description = "With agenda, minutes and attendance. Filters: fiscalYear (年度, April–March), planId. Sort keys: heldOn, "
                    + "meetingNumber, fiscalYear; default -heldOn. " + CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public Page<MeetingResponse> listCommitteeMeetings(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2010") Integer fiscalYear,
            @QueryParam("planId") @Parameter(example = "1") Long planId,
            @Valid @BeanParam PageParams page) {
        return meetings.meetings(fiscalYear, planId, page);
    }

    @GET
    @Path("/committee-meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
    @Operation(operationId = "getCommitteeMeeting", summary = "Get a committee meeting (会議)", description = CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public Response getCommitteeMeeting(@PathParam("id") long id) {
        MeetingResponse m = meetings.getMeeting(id);
        return Responses.ok(m, m.version());
    }

    @POST
    @Path("/committee-meetings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createCommitteeMeeting", summary = "Record a committee meeting (会議の登録)",
            description = "The fiscal year is derived from heldOn; 第N回 is unique within it. attendeeIds must be committee members. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public Response createCommitteeMeeting(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "5f0c7a9e-3f1d-4c55-9d3b-2b7f1f0e8a11") String idempotencyKey,
            @NotNull @Valid MeetingInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            MeetingResponse m = meetings.createMeeting(body);
            return Responses.created("/api/v1/committee-meetings/" + m.id(), m, m.version());
        });
    }

    @PUT
    @Path("/committee-meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateCommitteeMeeting", summary = "Update a committee meeting",
            description = "Replaces every field, attendance included. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public Response updateCommitteeMeeting(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch,
            @NotNull @Valid MeetingInput body) {
        MeetingResponse m = meetings.updateMeeting(id, body, ifMatch);
        return Responses.ok(m, m.version());
    }

    @DELETE
    @Path("/committee-meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteCommitteeMeeting", summary = "Delete a committee meeting", description = "With its attendance. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteCommitteeMeeting(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = ApiDoc.IF_MATCH, example = "\"0\"") String ifMatch) {
        meetings.deleteMeeting(id, ifMatch);
    }

    @GET
    @Path("/committee-meetings/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
    @Operation(operationId = "getCommitteeMeetingHistory", summary = "History of a committee meeting (変更履歴)",
            description = "Changes to the meeting and its attendance, newest first. Who may call: ADMIN, OFFICE, COMMITTEE.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventResponse> getCommitteeMeetingHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        meetings.findMeeting(id);
        return audit.history(CommitteeMeetingService.ENTITY_MEETING, id, page, true);
    }
}
