package jp.kyodo.activity.rest;

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
import java.time.LocalDate;
import jp.kyodo.activity.ActivityDtos.ActivityRequest;
import jp.kyodo.activity.ActivityDtos.ActivityResponse;
import jp.kyodo.activity.ActivityDtos.FollowUpStatusRequest;
import jp.kyodo.activity.ActivityType;
import jp.kyodo.activity.service.ActivityService;
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 活動記録: the liaison's activity log with its follow-ups (対応事項). */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ActivityDoc.TAG, description = ActivityDoc.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT})
public class ActivityResource {

    @Inject
    ActivityService activities;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Operation(operationId = "listActivities", summary = "Search the activity log (活動記録の検索)",
            description = "The records the caller may read, newest first. Filters: q (summary, organizations, staff names and follow-ups; "
                    + "full-/half-width and hiragana/katakana alike), districtId, type, from/to (occurredOn, inclusive — a week view asks "
                    + "for its seven days with mine=true), sectionId, mine (only the caller's own records), openFollowUps (true: records "
                    + "with an open follow-up; false: without). Sort keys: occurredOn, type, updatedAt; default -occurredOn. "
                    + ApiDoc.SYNC + ActivityDoc.READ)
    @APIResponse(responseCode = "200", description = "A page of activity records")
    public Page<ActivityResponse> listActivities(
            @QueryParam("q") @Parameter(example = "防犯灯") String q,
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("type") @Parameter(example = "VISIT") ActivityType type,
            @QueryParam("from") @Parameter(description = "First day (inclusive)", example = "2026-11-30") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (inclusive)", example = "2026-12-06") LocalDate to,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("mine") @Parameter(description = "true: only the records the caller wrote", example = "true") Boolean mine,
            @QueryParam("openFollowUps") @Parameter(description = "true: records with an open follow-up; false: records without", example = "true") Boolean openFollowUps,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from", "DateOrder");
        }
        return activities.list(new ActivityService.Filter(q, districtId, type, from, to, sectionId,
                Boolean.TRUE.equals(mine), openFollowUps), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Get an activity record (活動記録)",
            description = "With its follow-ups. A record the caller may not read answers 404. `permissions.canEdit` tells whether the "
                    + "caller may change it. " + ActivityDoc.READ)
    @APIResponse(responseCode = "200", description = "The record")
    public RestResponse<ActivityResponse> getActivity(@PathParam("id") long id) {
        return Responses.ok(activities.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createActivity", summary = "Record an activity (活動記録の登録)",
            description = "occurredOn must not be in the future; the organizations must belong to the record's districts. Send an "
                    + "Idempotency-Key so that a retry (a phone sending what it kept offline) never records it twice. " + ActivityDoc.WRITE)
    @APIResponseSchema(value = ActivityResponse.class, responseCode = "201")
    public RestResponse<ActivityResponse> createActivity(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ActivityRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            ActivityResponse r = activities.create(body);
            return Responses.created("/api/v1/activities/" + r.id(), r);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateActivity", summary = "Update an activity record",
            description = "Replaces every field, follow-ups included (those sent with an id are changed, those without are added, "
                    + "those not sent are deleted). A liaison needs every district of the record, before and after. " + ActivityDoc.WRITE)
    public RestResponse<ActivityResponse> updateActivity(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ActivityRequest body) {
        return Responses.ok(activities.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteActivity", summary = "Delete an activity record recorded in error",
            description = "With its follow-ups and files. " + ActivityDoc.WRITE)
    public void deleteActivity(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        activities.delete(id, ifMatch);
    }

    @PUT
    @Path("/{id}/follow-ups/{followUpId}/status")
    @Operation(operationId = "setFollowUpStatus", summary = "Mark a follow-up done or open again (対応事項の完了)",
            description = "DONE on doneOn (default today, not in the future) or OPEN again. If-Match carries the record's ETag; the "
                    + "answer is the whole record with its new ETag. Who may call: ADMIN, OFFICE; LIAISON of every district of the record; "
                    + "the responsible account (also a DEPARTMENT user) for their own follow-up (others: 403).")
    public RestResponse<ActivityResponse> setFollowUpStatus(@PathParam("id") long id, @PathParam("followUpId") long followUpId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid FollowUpStatusRequest body) {
        return Responses.ok(activities.setFollowUpStatus(id, followUpId, body, ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getActivityHistory", summary = "History of an activity record (変更履歴)",
            description = "Changes to the record, its follow-ups and files, newest first. " + ActivityDoc.READ)
    public Page<AuditEventResponse> getActivityHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        activities.readable(id);
        return audit.history("Activity", id, page, true);
    }
}
