package jp.kyodo.membership.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.error.Problem;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Responses;
import jp.kyodo.membership.MembershipDtos.FigureRequest;
import jp.kyodo.membership.MembershipDtos.FigureResponse;
import jp.kyodo.membership.MembershipDtos.JoinRateRow;
import jp.kyodo.membership.service.MembershipService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "membership")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
public class MembershipResource {

    @Inject
    MembershipService membership;

    @GET
    @Path("/organizations/{id}/membership-figures")
    @PermitAll
    @Operation(operationId = "listMembershipFigures", summary = "Membership figures of an association by fiscal year (加入世帯数)",
            description = "Newest year first, each with its join rate (加入率). " + ApiDoc.SYNC + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of yearly figures")
    public Page<FigureResponse> listMembershipFigures(@PathParam("id") long id, @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return membership.list(id, page, Keyset.of(page, sync));
    }

    @GET
    @Path("/organizations/{id}/membership-figures/{fiscalYear}")
    @PermitAll
    @Operation(operationId = "getMembershipFigure", summary = "Membership figures of one fiscal year", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The figures")
    public RestResponse<FigureResponse> getMembershipFigure(@PathParam("id") long id,
            @PathParam("fiscalYear") @Parameter(description = "年度", example = "2025") int fiscalYear) {
        return Responses.ok(MembershipService.toResponse(membership.find(id, fiscalYear)));
    }

    @PUT
    @Path("/organizations/{id}/membership-figures/{fiscalYear}")
    @Operation(operationId = "putMembershipFigure", summary = "Record membership figures of a fiscal year (加入世帯数の登録)",
            description = "Creates (201) or replaces (200; If-Match required) the year's figures. Member households may not exceed households; only organizations whose kind keeps membership (neighborhood associations) have figures. " + ApiDoc.REGISTRY_EDIT)
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponseSchema(value = FigureResponse.class, responseCode = "201")
    @APIResponse(responseCode = "422", description = "A large change (rule `large-change`: households or member households differ by more than 30 % from the figure replaced, or last year's) that the request did not confirm with confirmLargeChange; nothing was saved",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FigureResponse> putMembershipFigure(@PathParam("id") long id,
            @PathParam("fiscalYear") @Parameter(description = "年度", example = "2025") int fiscalYear,
            @HeaderParam("If-Match") @Parameter(example = "\"2\"") String ifMatch,
            @NotNull @Valid FigureRequest body) {
        MembershipService.Saved s = membership.put(id, fiscalYear, body, ifMatch);
        return s.created()
                ? Responses.created("/api/v1/organizations/" + id + "/membership-figures/" + fiscalYear, s.body())
                : Responses.ok(s.body());
    }

    @DELETE
    @Path("/organizations/{id}/membership-figures/{fiscalYear}")
    @Operation(operationId = "deleteMembershipFigure", summary = "Delete a year's figures entered in error", description = ApiDoc.REGISTRY_EDIT)
    public void deleteMembershipFigure(@PathParam("id") long id, @PathParam("fiscalYear") int fiscalYear,
            @HeaderParam("If-Match") @Parameter(example = "\"2\"") String ifMatch) {
        membership.delete(id, fiscalYear, ifMatch);
    }

    @GET
    @Path("/join-rates")
    @PermitAll
    @Operation(operationId = "listJoinRates", summary = "Join rates by district, ward or city and fiscal year (加入率の推移)",
            description = "Sums of households and member households over neighborhood associations, computed by the database, one row per place and fiscal year (the trend). " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of rows ordered by place and fiscal year")
    public Page<JoinRateRow> listJoinRates(
            @QueryParam("level") @Parameter(description = "Grouping (default CITY)", example = "DISTRICT") MembershipService.Level level,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("fromYear") @Min(1950) @Max(2100) @Parameter(example = "2021") Integer fromYear,
            @QueryParam("toYear") @Min(1950) @Max(2100) @Parameter(example = "2025") Integer toYear,
            @Valid @BeanParam PageParams page) {
        return membership.joinRates(new MembershipService.JoinRateFilter(level, wardId, districtId, fromYear, toYear), page);
    }
}
