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
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 推進委員会 — members (with their terms) and meetings (with agenda, minutes and attendance). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CommitteeDoc.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
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
    @Operation(operationId = "listCommitteeMembers", summary = "List committee members (推進委員会 委員の一覧)",
            description = "Filters: active (true: the term covers today; false: it does not), q (name, kana, affiliation or role; "
                    + "full/half width and kana folded). Sort keys: kana (default), name, affiliation, termFrom, termTo. " + ApiDoc.SYNC + CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberResponse> listCommitteeMembers(
            @QueryParam("active") @Parameter(example = "true") Boolean active,
            @QueryParam("q") @Parameter(example = "しらいし") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return members.members(active, q, page, Keyset.of(page, sync));
    }

    @GET
    @Path("/committee-members/{id}")
    @Operation(operationId = "getCommitteeMember", summary = "Get a committee member (委員)", description = CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "The member")
    public RestResponse<MemberResponse> getCommitteeMember(@PathParam("id") long id) {
        return Responses.ok(members.getMember(id));
    }

    @POST
    @Path("/committee-members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createCommitteeMember", summary = "Add a committee member (委員の登録)",
            description = "A member for a term (termTo absent: open). " + ApiDoc.OFFICE)
    @APIResponseSchema(value = MemberResponse.class, responseCode = "201")
    public RestResponse<MemberResponse> createCommitteeMember(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid MemberInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            MemberResponse m = members.createMember(body);
            return Responses.created("/api/v1/committee-members/" + m.id(), m);
        });
    }

    @PUT
    @Path("/committee-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateCommitteeMember", summary = "Update a committee member", description = "Replaces every field. " + ApiDoc.OFFICE)
    public RestResponse<MemberResponse> updateCommitteeMember(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MemberInput body) {
        return Responses.ok(members.updateMember(id, body, ifMatch));
    }

    @DELETE
    @Path("/committee-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteCommitteeMember", summary = "Delete a committee member",
            description = "Only a member who attended no meeting (409 otherwise: end the term instead). " + ApiDoc.OFFICE)
    public void deleteCommitteeMember(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        members.deleteMember(id, ifMatch);
    }

    @GET
    @Path("/committee-members/{id}/history")
    @Operation(operationId = "getCommitteeMemberHistory", summary = "History of a committee member (変更履歴)",
            description = "Changes to the member, newest first. " + CommitteeDoc.READ_HISTORY)
    public Page<AuditEventResponse> getCommitteeMemberHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        members.findMember(id);
        return audit.history(CommitteeMemberService.ENTITY_MEMBER, id, page, currentUser.isAdminOrOffice());
    }

    // ---- meetings -----------------------------------------------------------------------------------

    @GET
    @Path("/committee-meetings")
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
    @Operation(operationId = "getCommitteeMeeting", summary = "Get a committee meeting (会議)", description = CommitteeDoc.READ)
    @APIResponse(responseCode = "200", description = "The meeting")
    public RestResponse<MeetingResponse> getCommitteeMeeting(@PathParam("id") long id) {
        return Responses.ok(meetings.getMeeting(id));
    }

    @POST
    @Path("/committee-meetings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createCommitteeMeeting", summary = "Record a committee meeting (会議の登録)",
            description = "The fiscal year is derived from heldOn; 第N回 is unique within it. attendeeIds must be committee members. " + ApiDoc.OFFICE)
    @APIResponseSchema(value = MeetingResponse.class, responseCode = "201")
    public RestResponse<MeetingResponse> createCommitteeMeeting(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid MeetingInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            MeetingResponse m = meetings.createMeeting(body);
            return Responses.created("/api/v1/committee-meetings/" + m.id(), m);
        });
    }

    @PUT
    @Path("/committee-meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateCommitteeMeeting", summary = "Update a committee meeting",
            description = "Replaces every field, attendance included. " + ApiDoc.OFFICE)
    public RestResponse<MeetingResponse> updateCommitteeMeeting(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MeetingInput body) {
        return Responses.ok(meetings.updateMeeting(id, body, ifMatch));
    }

    @DELETE
    @Path("/committee-meetings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteCommitteeMeeting", summary = "Delete a committee meeting", description = "With its attendance. " + ApiDoc.OFFICE)
    public void deleteCommitteeMeeting(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        meetings.deleteMeeting(id, ifMatch);
    }

    @GET
    @Path("/committee-meetings/{id}/history")
    @Operation(operationId = "getCommitteeMeetingHistory", summary = "History of a committee meeting (変更履歴)",
            description = "Changes to the meeting and its attendance, newest first. Who may call: ADMIN, OFFICE, COMMITTEE.")
    public Page<AuditEventResponse> getCommitteeMeetingHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        meetings.findMeeting(id);
        return audit.history(CommitteeMeetingService.ENTITY_MEETING, id, page, true);
    }
}
