package jp.kyodo.plan.evaluation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Versions;
import jp.kyodo.plan.evaluation.EvaluationDtos.Grade;
import jp.kyodo.plan.evaluation.EvaluationDtos.RatingScale;
import jp.kyodo.plan.evaluation.service.RatingScaleService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 評価の尺度 — the grades of the committee's ratings; public, because published reports are read with them. */
@Path("/api/v1/rating-grades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EvaluationDoc.TAG)
public class RatingGradeResource {

    @Inject
    RatingScaleService scale;

    @GET
    @PermitAll
    @Operation(operationId = "listRatingGrades", summary = "The rating scale (評価の尺度)",
            description = "Every grade, best first. The ETag covers the whole scale (send it back to replace it). " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The scale", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RatingScale.class)))
    public Response listRatingGrades() {
        List<Grade> grades = scale.grades();
        return Response.ok(new RatingScale(grades)).tag(Versions.etag(RatingScaleService.version(grades))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceRatingGrades", summary = "Replace the rating scale (評価の尺度の変更)",
            description = "The whole scale, best first (or ordered by position): at least 2 grades with distinct codes. A grade that "
                    + "an evaluation uses cannot be removed (409); it can be renamed. Published reports keep the scale they were "
                    + "published with. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The new scale", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RatingScale.class)))
    public Response replaceRatingGrades(
            @HeaderParam("If-Match") @Parameter(example = "\"3121589431\"") String ifMatch,
            @NotNull @Valid RatingScale body) {
        List<Grade> grades = scale.replace(body.grades(), ifMatch);
        return Response.ok(new RatingScale(grades)).tag(Versions.etag(RatingScaleService.version(grades))).build();
    }
}
