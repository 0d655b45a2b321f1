package jp.kyodo.meeting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jp.kyodo.meeting.MembershipDtos.AttendanceRequest;
import jp.kyodo.meeting.MembershipDtos.AttendanceResponse;
import jp.kyodo.meeting.MembershipDtos.MemberRequest;
import jp.kyodo.meeting.MembershipDtos.MemberResponse;
import jp.kyodo.meeting.MembershipDtos.RosterResponse;
import jp.kyodo.meeting.MembershipDtos.SeatRequest;
import jp.kyodo.meeting.MembershipDtos.SeatResponse;
import jp.kyodo.meeting.service.BodyMembership;
import jp.kyodo.meeting.service.CouncilBodyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 会議体と構成員 — a body's seats, members and the attendance at its meetings. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class BodyMembershipResource {

    static final String EDIT = "Who may call: ADMIN, OFFICE; LIAISON only for a body of a council of their districts (others: 403).";
    static final String NAMES = " Names are personal data: present only for ADMIN, OFFICE and the liaisons of the member's district "
            + "(the district represented, else the organization's, else the body's council's).";

    @Inject
    BodyMembership membership;

    @Inject
    CouncilBodyService bodies;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/council-bodies/{id}/roster")
    @Operation(operationId = "getCouncilBodyRoster", summary = "A body's seats and vacancies (構成と欠員)",
            description = "Each seat with its 定数 today, the members in term today and the vacancies; a district representative's seat "
                    + "has one place per district in the body's reach (its council's district, its ward's districts, or every district) "
                    + "and lists the districts without a representative. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The roster")
    public RosterResponse getCouncilBodyRoster(@PathParam("id") long id) {
        return membership.roster(id);
    }

    @POST
    @Path("/council-bodies/{id}/seats")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createCouncilSeat", summary = "Add a seat to a body (役職の登録)",
            description = "A title is used once per body. `seats` is required, except for a district representative's seat. " + EDIT)
    @APIResponseSchema(value = SeatResponse.class, responseCode = "201")
    public RestResponse<SeatResponse> createCouncilSeat(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid SeatRequest body) {
        return idempotency.run(idempotencyKey, java.util.List.of(id, body), () -> {
            SeatResponse s = membership.createSeat(id, body);
            return Responses.created("/api/v1/council-seats/" + s.id(), s);
        });
    }

    @GET
    @Path("/council-seats/{id}")
    @Operation(operationId = "getCouncilSeat", summary = "Get a seat", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The seat with today's figures")
    public RestResponse<SeatResponse> getCouncilSeat(@PathParam("id") long id) {
        return Responses.ok(membership.getSeat(id));
    }

    @PUT
    @Path("/council-seats/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateCouncilSeat", summary = "Change a seat", description = "Replaces every field. " + EDIT)
    public RestResponse<SeatResponse> updateCouncilSeat(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SeatRequest body) {
        return Responses.ok(membership.updateSeat(id, body, ifMatch));
    }

    @DELETE
    @Path("/council-seats/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteCouncilSeat", summary = "Delete a seat", description = "Refused (409) while it has members, current or past. " + EDIT)
    public void deleteCouncilSeat(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        membership.deleteSeat(id, ifMatch);
    }

    @GET
    @Path("/council-bodies/{id}/members")
    @Operation(operationId = "listCouncilBodyMembers", summary = "A body's members (構成員)",
            description = "Filter `current`: true — in term today; false — past or future terms. Sort keys: seat (default, then newest term "
                    + "and kana), termStart, termEnd, kana. " + ApiDoc.SYNC + NAMES + " " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberResponse> listCouncilBodyMembers(@PathParam("id") long id,
            @QueryParam("current") @Parameter(example = "true") Boolean current,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return membership.members(id, null, null, current, page, Keyset.of(page, sync));
    }

    @POST
    @Path("/council-bodies/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createCouncilMember", summary = "Add a member to a body (構成員の登録)",
            description = "The seat is one of the body's; a district representative names the district (in the body's reach). " + EDIT)
    @APIResponseSchema(value = MemberResponse.class, responseCode = "201")
    public RestResponse<MemberResponse> createCouncilMember(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid MemberRequest body) {
        return idempotency.run(idempotencyKey, java.util.List.of(id, body), () -> {
            MemberResponse m = membership.createMember(id, body);
            return Responses.created("/api/v1/council-members/" + m.id(), m);
        });
    }

    @GET
    @Path("/council-members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "listCouncilMembers", summary = "Members across bodies: a person's seats (構成員の検索)",
            description = "`person`: the seats, current and past, of the person of that member (the same name, full- and half-width and "
                    + "spaces alike; two people of one name are not told apart). `q`: name or kana contains. `bodyId`, `current` as for a "
                    + "body's list. A liaison finds only members of their districts. " + ApiDoc.SYNC + NAMES
                    + " Who may call: ADMIN, OFFICE, LIAISON.")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<MemberResponse> listCouncilMembers(
            @QueryParam("person") @Parameter(description = "A member id: list that person's seats", example = "301") Long person,
            @QueryParam("q") @Parameter(example = "山田") String q,
            @QueryParam("bodyId") @Parameter(example = "2") Long bodyId,
            @QueryParam("current") @Parameter(example = "true") Boolean current,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return membership.members(bodyId, person, q, current, page, Keyset.of(page, sync));
    }

    @GET
    @Path("/council-members/{id}")
    @Operation(operationId = "getCouncilMember", summary = "Get a member", description = NAMES + " " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The member")
    public RestResponse<MemberResponse> getCouncilMember(@PathParam("id") long id) {
        return Responses.ok(membership.getMember(id));
    }

    @PUT
    @Path("/council-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateCouncilMember", summary = "Change a member (term, seat, whom they represent)",
            description = "Replaces every field. Attendance already recorded must stay within the term (400 `AttendanceInTerm`). " + EDIT)
    public RestResponse<MemberResponse> updateCouncilMember(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MemberRequest body) {
        return Responses.ok(membership.updateMember(id, body, ifMatch));
    }

    @DELETE
    @Path("/council-members/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteCouncilMember", summary = "Remove a member entered by mistake",
            description = "Refused (409) once their attendance is recorded: end the term instead. " + EDIT)
    public void deleteCouncilMember(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        membership.deleteMember(id, ifMatch);
    }

    @GET
    @Path("/council-bodies/{id}/history")
    @Operation(operationId = "getCouncilBodyHistory", summary = "History of a body with its seats and members (変更履歴)",
            description = "Newest first; names are redacted for callers who may not read them. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getCouncilBodyHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        bodies.findBody(id);
        return audit.history("CouncilBody", id, page, currentUser.isAdminOrOffice());
    }

    @GET
    @Path("/council-meetings/{id}/attendance")
    @Operation(operationId = "getMeetingAttendance", summary = "Attendance at a meeting (出欠)",
            description = "The body's members in term on the meeting's day, each with their attendance (absent: not recorded), and the "
                    + "figures with the quorum. The ETag is the meeting's version. " + NAMES + " " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The attendance")
    public RestResponse<AttendanceResponse> getMeetingAttendance(@PathParam("id") long id) {
        return Responses.ok(membership.attendance(id));
    }

    @PUT
    @Path("/council-meetings/{id}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "recordMeetingAttendance", summary = "Record the attendance at a meeting (出欠の記録)",
            description = "Replaces every row: a member not listed is not recorded. Each member must be the body's and in term on the day "
                    + "(400 `InTerm` naming `rows[i].memberId`). If-Match is the meeting's ETag. The meeting keeps its figures and quorum. " + EDIT)
    public RestResponse<AttendanceResponse> recordMeetingAttendance(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AttendanceRequest body) {
        return Responses.ok(membership.recordAttendance(id, body.rows(), ifMatch));
    }
}
