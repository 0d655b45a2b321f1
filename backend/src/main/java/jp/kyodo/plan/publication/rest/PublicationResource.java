package jp.kyodo.plan.publication.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.common.error.Problem;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.plan.publication.PublicationDtos.PublicReport;
import jp.kyodo.plan.publication.PublicationDtos.PublicationInput;
import jp.kyodo.plan.publication.PublicationDtos.PublishedReportSummary;
import jp.kyodo.plan.publication.service.PublicationService;
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

/** 公表 — the office publishes a plan's year as an immutable report; staff and the committee see what was published. */
@Path("/api/v1/plans/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "publication")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.COMMITTEE})
public class PublicationResource {

    static final String READ = "Who may call: ADMIN, OFFICE, COMMITTEE.";
    static final String NOTHING_PROBLEM = "{\"type\":\"https://kyodo.example.jp/problems/rule-violation\",\"title\":\"Refused by a rule\","
            + "\"status\":422,\"detail\":\"2011 has no progress report and no finalized evaluation: there is nothing to publish\","
            + "\"instance\":\"/api/v1/plans/1/reports\",\"rule\":\"publication-nothing-to-publish\"}";

    @Inject
    PublicationService publication;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(operationId = "listPublishedReports", summary = "Published reports of a plan (公表の履歴)",
            description = "Every published revision of every year, newest first. " + READ)
    @APIResponse(responseCode = "200", description = "A page of the published revisions")
    public Page<PublishedReportSummary> listPublishedReports(@PathParam("id") long planId, @Valid @BeanParam PageParams page) {
        return Page.of(publication.reports(planId), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "publishReport", summary = "Publish a year's report (公表)",
            description = "In one transaction: the year's FINALIZED evaluations (and opinion) become PUBLISHED, the published revisions "
                    + "they correct become SUPERSEDED, and the report — the plan's tree, each initiative's progress in the year "
                    + "with live indicators computed now and frozen, the published evaluations with the earlier versions, the "
                    + "opinion, the grades, the request-review figures of the year — is stored as the next revision. Drafts stay "
                    + "unpublished. Publishing again (after corrections or new progress) adds a revision; the earlier stay readable "
                    + "at GET /public/reports/{planCode}/{fiscalYear}?revision=. Refused with 422 (rule publication-nothing-to-publish) "
                    + "when the year has no progress report and no finalized or published evaluation. " + ApiDoc.OFFICE)
    @APIResponseSchema(value = PublishedReportSummary.class, responseCode = "201",
            responseDescription = "Published; Location is the public report of this revision")
    @APIResponse(responseCode = "422", description = "Nothing to publish (or an Idempotency-Key was reused with another body)",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothingToPublish", value = NOTHING_PROBLEM)))
    public RestResponse<PublishedReportSummary> publishReport(@PathParam("id") long planId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PublicationInput body) {
        return idempotency.run(idempotencyKey, List.of(planId, body), () -> {
            PublishedReportSummary s = publication.publish(planId, body.fiscalYear(), body.note());
            URI location = URI.create("/api/v1/public/reports/" + URLEncoder.encode(s.planCode(), StandardCharsets.UTF_8) + "/"
                    + s.fiscalYear() + "?revision=" + s.revision());
            return RestResponse.ResponseBuilder.<PublishedReportSummary>created(location).entity(s).build();
        });
    }

    @GET
    @Path("/{fiscalYear}/preview")
    @Operation(operationId = "previewReport", summary = "Preview a year's report (公表前の確認)",
            description = "The report as publishing the year now would store it — finalized evaluations shown as published, drafts "
                    + "left out, live indicators computed now — with the number it would get; nothing is stored or changed. " + READ)
    @APIResponse(responseCode = "200", description = "The report as it would be published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReport.class)))
    public PublicReport previewReport(@PathParam("id") long planId,
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2009") int fiscalYear) {
        return publication.preview(planId, fiscalYear);
    }
}
