package jp.kyodo.plan.evaluation.rest;

import jakarta.ws.rs.BeanParam;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.common.error.Problem;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.plan.evaluation.EvaluationDtos.CorrectionInput;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationResponse;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationSheet;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationSheetInput;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.evaluation.service.EvaluationSheetService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 評価 — the committee's evaluation sheet of a plan's year, its finalization, and corrections of published evaluations. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EvaluationDoc.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
public class EvaluationResource {

    static final String RATING_REQUIRED = "{\"type\":\"https://kyodo.example.jp/problems/rule-violation\",\"title\":\"Refused by a rule\","
            + "\"status\":422,\"detail\":\"1 draft(s) have no rating; rate them (or the sheet cannot be finalized)\","
            + "\"instance\":\"/api/v1/plans/1/evaluation-sheets/2009/finalization\",\"rule\":\"evaluation-rating-required\","
            + "\"errors\":[{\"field\":\"initiative:12.rating\",\"message\":\"a rating is required to finalize\",\"code\":\"NotNull\"}]}";

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationSheetService sheets;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/plans/{id}/evaluation-sheets/{fiscalYear}")
    @Operation(operationId = "getEvaluationSheet", summary = "The evaluation sheet of a fiscal year (評価シート)",
            description = "Every initiative of the plan in tree order (each once, at its first placement that is not 【再掲】) with the "
                    + "progress status reported for the year and its current evaluation (the latest revision), the overall opinion "
                    + "(総評), the rating scale, and counts by state. " + EvaluationDoc.READ)
    @APIResponse(responseCode = "200", description = "The sheet")
    public RestResponse<EvaluationSheet> getEvaluationSheet(@PathParam("id") long planId,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2009") int fiscalYear) {
        EvaluationSheet sheet = sheets.sheet(planId, fiscalYear);
        return Responses.ok(sheet, EvaluationSheetService.sheetTag(sheet));
    }

    @PUT
    @Path("/plans/{id}/evaluation-sheets/{fiscalYear}")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "saveEvaluationSheet", summary = "Save drafts on the evaluation sheet (評価の下書き保存)",
            description = "Only the rows sent (and the opinion, when sent) are touched, in one transaction. Each row carries the "
                    + "`version` of its evaluation as read (absent when it had none) instead of If-Match. The whole batch is "
                    + "refused — nothing is saved — when a row is invalid (400), when a row's current evaluation is FINALIZED or "
                    + "PUBLISHED (409; a published one is corrected with POST /evaluations/{id}/corrections), or when a row's "
                    + "version is stale (412, with the current sheet in `current`); `errors` names each such row by its index in "
                    + "the body (`rows[3].version`, `opinion`). A new row with nothing in it is not saved; a row sent with rating, comment "
                    + "and recommendation all empty deletes its draft (for a correction: the correction is dropped). " + EvaluationDoc.WRITE)
    @APIResponse(responseCode = "200", description = "The sheet after saving")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public RestResponse<EvaluationSheet> saveEvaluationSheet(@PathParam("id") long planId,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2009") int fiscalYear,
            @HeaderParam("If-Match") @Parameter(description = "Optional: the sheet's ETag from the last GET. When sent, any change to the "
                    + "sheet since then (by anyone) refuses the whole batch with 412; without it, only the rows sent are checked by "
                    + "their versions.", example = "\"2290478851\"") String ifMatch,
            @NotNull @Valid EvaluationSheetInput body) {
        EvaluationSheet sheet = sheets.save(planId, fiscalYear, body, ifMatch);
        return Responses.ok(sheet, EvaluationSheetService.sheetTag(sheet));
    }

    @POST
    @Path("/plans/{id}/evaluation-sheets/{fiscalYear}/finalization")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "finalizeEvaluationSheet", summary = "Finalize the year's evaluations (評価の確定)",
            description = "Every DRAFT of the year (the opinion's included) becomes FINALIZED, ready for the office to publish. Refused "
                    + "with 422 (rule evaluation-rating-required) when an initiative's draft has no rating — `errors` names each as "
                    + "`initiative:<id>.rating` — and with 409 when there is no draft. " + EvaluationDoc.WRITE)
    @APIResponse(responseCode = "200", description = "The sheet after finalizing")
    @APIResponse(responseCode = "422", description = "A draft has no rating; nothing was finalized",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ratingRequired", value = RATING_REQUIRED)))
    public EvaluationSheet finalizeEvaluationSheet(@PathParam("id") long planId,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2009") int fiscalYear) {
        return sheets.finalizeSheet(planId, fiscalYear);
    }

    @POST
    @Path("/evaluations/{id}/corrections")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "correctEvaluation", summary = "Correct a published evaluation (評価の訂正)",
            description = "Creates the next revision as a DRAFT with the same rating, comment and recommendation and the reason; it is "
                    + "edited on the sheet, finalized and published like any draft, and publishing it supersedes the evaluation "
                    + "it corrects (which stays readable as the earlier version). Only a PUBLISHED evaluation that is the latest "
                    + "revision can be corrected (409 otherwise). " + EvaluationDoc.WRITE)
    @APIResponseSchema(value = EvaluationResponse.class, responseCode = "201", responseDescription = "The correction (a draft)")
    public RestResponse<EvaluationResponse> correctEvaluation(@PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CorrectionInput body) {
        return idempotency.run(idempotencyKey, List.of(id, body), () -> {
            EvaluationResponse e = evaluations.correct(id, body.reason());
            return Responses.created("/api/v1/evaluations/" + e.id(), e);
        });
    }

    @GET
    @Path("/evaluations/{id}")
    @Operation(operationId = "getEvaluation", summary = "Get an evaluation (評価)", description = EvaluationDoc.READ)
    @APIResponse(responseCode = "200", description = "The evaluation")
    public RestResponse<EvaluationResponse> getEvaluation(@PathParam("id") long id) {
        return Responses.ok(evaluations.get(id));
    }

    @GET
    @Path("/initiatives/{id}/evaluations")
    @Operation(operationId = "listInitiativeEvaluations", summary = "Evaluations of an initiative (評価の履歴)",
            description = "Every revision of every fiscal year, newest first: corrections and the superseded versions they replaced. "
                    + EvaluationDoc.READ)
    @APIResponse(responseCode = "200", description = "A page of the evaluations")
    public Page<EvaluationResponse> listInitiativeEvaluations(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Page.of(evaluations.ofInitiative(id), page);
    }
}
