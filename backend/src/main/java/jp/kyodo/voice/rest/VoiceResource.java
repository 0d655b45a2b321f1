package jp.kyodo.voice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.voice.VoiceDtos.ResponseTimes;
import jp.kyodo.voice.VoiceDtos.VoiceAnswerInput;
import jp.kyodo.voice.VoiceDtos.VoiceClosingInput;
import jp.kyodo.voice.VoiceDtos.VoiceInput;
import jp.kyodo.voice.VoiceDtos.VoiceResponse;
import jp.kyodo.voice.VoiceDtos.VoiceRouting;
import jp.kyodo.voice.VoiceKind;
import jp.kyodo.voice.VoiceStatus;
import jp.kyodo.voice.service.ResponseTimeFigures;
import jp.kyodo.voice.service.VoiceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 地域の声: requests, proposals and complaints from districts, routed to sections and answered. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = VoiceResource.TAG, description = "地域の声 / voices from districts: requests, proposals and complaints (要望・提案・苦情) a district "
        + "council raises to the city — received by the liaison, routed to the responsible section, answered there, the answer returned.")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT})
public class VoiceResource {

    static final String TAG = "voices";
    static final String READ = "Who may call: ADMIN, OFFICE (all voices); LIAISON (the voices of the districts assigned to them); "
            + "DEPARTMENT (the voices routed to their section). A voice outside the caller's scope answers 404.";
    static final String DISTRICT_WRITE = "Who may call: ADMIN, OFFICE; LIAISON only for the districts assigned to them (others: 403).";
    static final String ANSWER = "Who may call: ADMIN, OFFICE; DEPARTMENT only for voices routed to their section (others: 403).";

    @Inject
    VoiceService voices;

    @Inject
    ResponseTimeFigures figures;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/voices")
    @Operation(operationId = "listVoices", summary = "Voices from districts (地域の声の一覧)",
            description = "Filters: status, kind, districtId, sectionId (所管課), fiscalYear (年度 of receivedOn), overdue (true: not yet "
                    + "answered and past the due date), q (subject, body or district; full- and half-width alike). "
                    + "Sort keys: receivedOn, dueOn, status, district (by kana), subject, answeredOn; default -receivedOn. " + ApiDoc.SYNC + READ)
    @APIResponse(responseCode = "200", description = "A page of voices")
    public Page<VoiceResponse> listVoices(
            @QueryParam("status") @Parameter(example = "IN_PROGRESS") VoiceStatus status,
            @QueryParam("kind") @Parameter(example = "REQUEST") VoiceKind kind,
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2026") Integer fiscalYear,
            @QueryParam("overdue") @Parameter(description = "true: only voices past their due date and not yet answered", example = "true") Boolean overdue,
            @QueryParam("q") @Parameter(example = "街灯") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return voices.list(new VoiceService.Filter(status, districtId, sectionId, fiscalYear, overdue, kind, q), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/voices/{id}")
    @Operation(operationId = "getVoice", summary = "Get a voice from a district (地域の声)",
            description = "`permissions` tells which step the caller may take now. " + READ)
    @APIResponse(responseCode = "200", description = "The voice")
    public RestResponse<VoiceResponse> getVoice(@PathParam("id") long id) {
        return Responses.ok(voices.get(id));
    }

    @POST
    @Path("/voices")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createVoice", summary = "Receive a voice from a district (受付)",
            description = "Status 受付 (RECEIVED); the receiver is the caller; the fiscal year follows receivedOn (not in the future); "
                    + "dueOn defaults to receivedOn + the target days. " + DISTRICT_WRITE)
    @APIResponseSchema(value = VoiceResponse.class, responseCode = "201")
    public RestResponse<VoiceResponse> createVoice(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid VoiceInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            VoiceResponse r = voices.create(body);
            return Responses.created("/api/v1/voices/" + r.id(), r);
        });
    }

    @PUT
    @Path("/voices/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateVoice", summary = "Correct what was received",
            description = "Replaces the received details (kind, district, organization, date, subject, body, due date); the status "
                    + "stays. Refused (409) once closed; moving it to another district needs the right to both. " + DISTRICT_WRITE)
    public RestResponse<VoiceResponse> updateVoice(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VoiceInput body) {
        return Responses.ok(voices.update(id, body, ifMatch));
    }

    @PUT
    @Path("/voices/{id}/routing")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "routeVoice", summary = "Route a voice to the responsible section (担当課へ)",
            description = "受付 → 担当課で対応中 (IN_PROGRESS); while still with a section it may be routed again to another one; "
                    + "refused (409) once answered. The section's users are notified (VOICE_ROUTED). " + DISTRICT_WRITE)
    @APIResponse(responseCode = "200", description = "Routed")
    public RestResponse<VoiceResponse> routeVoice(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VoiceRouting body) {
        return Responses.ok(voices.route(id, body, ifMatch));
    }

    @PUT
    @Path("/voices/{id}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "answerVoice", summary = "Answer a voice (回答)",
            description = "担当課で対応中 → 回答済 (ANSWERED), with the answer, who gave it (the caller) and the day; refused (409) in any "
                    + "other status. The district's liaisons are notified (VOICE_ANSWERED). " + ANSWER)
    @APIResponse(responseCode = "200", description = "Answered")
    public RestResponse<VoiceResponse> answerVoice(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VoiceAnswerInput body) {
        return Responses.ok(voices.answer(id, body, ifMatch));
    }

    @PUT
    @Path("/voices/{id}/closing")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "closeVoice", summary = "Close a voice: the answer went back to the council (完了)",
            description = "回答済 → 完了 (CLOSED), with the day the liaison returned the answer; refused (409) in any other status. "
                    + DISTRICT_WRITE)
    @APIResponse(responseCode = "200", description = "Closed")
    public RestResponse<VoiceResponse> closeVoice(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VoiceClosingInput body) {
        return Responses.ok(voices.close(id, body, ifMatch));
    }

    @GET
    @Path("/voices/{id}/history")
    @Operation(operationId = "getVoiceHistory", summary = "History of a voice (変更履歴)",
            description = "Every step and correction, newest first. " + READ)
    public Page<AuditEventResponse> getVoiceHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        voices.find(id);
        return audit.history("Voice", id, page, true);
    }

    @GET
    @Path("/voice-response-times")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "getVoiceResponseTimes", summary = "How quickly sections answer voices (回答状況)",
            description = "Per section and fiscal year (年度 of receivedOn): received, answered, open, overdue, the median days from "
                    + "receipt to answer (answered voices only) and the share answered within the target days (kyodo.voice.target-days). "
                    + "Voices not yet routed form a row without a section. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The figures")
    public ResponseTimes getVoiceResponseTimes(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March); absent: every year", example = "2026") Integer fiscalYear) {
        return figures.figures(fiscalYear);
    }
}
