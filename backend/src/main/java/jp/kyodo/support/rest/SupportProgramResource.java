package jp.kyodo.support.rest;

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
import jp.kyodo.support.SupportAudience;
import jp.kyodo.support.SupportCategory;
import jp.kyodo.support.SupportDtos.CarryOverResult;
import jp.kyodo.support.SupportDtos.CatalogMatrix;
import jp.kyodo.support.SupportDtos.EditionChanges;
import jp.kyodo.support.SupportDtos.SupportProgramInput;
import jp.kyodo.support.SupportDtos.SupportProgramResponse;
import jp.kyodo.support.SupportKind;
import jp.kyodo.support.service.SupportCatalog;
import jp.kyodo.support.service.SupportPrograms;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 支援策一覧: the catalogue of the city's support, per fiscal-year edition. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SupportProgramResource.TAG, description = "支援策 / support programs: the city's catalogue of support (市の基本施策に対応する事業一覧) "
        + "per fiscal-year edition, shown as the printed matrix of implementing sections × 人材育成 / 広報支援 / 情報提供 / 場の提供 / "
        + "連携・交流 / 財政支援 / その他, and the yearly terms of subsidies and consignments (docs/support.md).")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
public class SupportProgramResource {

    static final String TAG = "support";
    static final String MANAGE = "Who may call: ADMIN, OFFICE; DEPARTMENT only for the programs of their own section (others: 403).";

    @Inject
    SupportPrograms programs;

    @Inject
    SupportCatalog catalog;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/support-programs")
    @PermitAll
    @Operation(operationId = "listSupportPrograms", summary = "Support programs (支援策の一覧)",
            description = "Filters: fiscalYear (the edition), sectionId (実施主体), kind, category (one of the seven columns), audience, q "
                    + "(name, description or section; full- and half-width alike). Sort keys: sortOrder (default), name, section (by kana), "
                    + "kind, fiscalYear, budgetYen. " + ApiDoc.SYNC + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of programs")
    public Page<SupportProgramResponse> listSupportPrograms(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 of the edition", example = "2026") Integer fiscalYear,
            @QueryParam("sectionId") @Parameter(example = "3") Long sectionId,
            @QueryParam("kind") @Parameter(example = "SUBSIDY") SupportKind kind,
            @QueryParam("category") @Parameter(example = "FINANCIAL") SupportCategory category,
            @QueryParam("audience") @Parameter(example = "COMMUNITY") SupportAudience audience,
            @QueryParam("q") @Parameter(example = "補助") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return programs.list(new SupportPrograms.Filter(fiscalYear, sectionId, kind, category, audience, q), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/support-programs/{id}")
    @PermitAll
    @Operation(operationId = "getSupportProgram", summary = "Get a support program (支援策)", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The program")
    public RestResponse<SupportProgramResponse> getSupportProgram(@PathParam("id") long id) {
        return Responses.ok(programs.get(id));
    }

    @POST
    @Path("/support-programs")
    @Operation(operationId = "createSupportProgram", summary = "Add a program to an edition of the catalogue",
            description = "Name unique per section and edition (409 otherwise). A subsidy or consignment may carry its terms and amount rule; "
                    + "the rule is checked as data (400 naming amountRule.<field>). " + MANAGE)
    @APIResponseSchema(value = SupportProgramResponse.class, responseCode = "201")
    public RestResponse<SupportProgramResponse> createSupportProgram(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid SupportProgramInput body) {
        return idempotency.run(idempotencyKey, body, () -> {
            SupportProgramResponse r = programs.create(body);
            return Responses.created("/api/v1/support-programs/" + r.id(), r);
        });
    }

    @PUT
    @Path("/support-programs/{id}")
    @Operation(operationId = "updateSupportProgram", summary = "Change a program",
            description = "Replaces it; it stays in its edition (fiscalYear cannot change). A changed rule or figures year recomputes the "
                    + "amounts of its cases not yet decided. A program with cases stays a subsidy or consignment (409). " + MANAGE)
    public RestResponse<SupportProgramResponse> updateSupportProgram(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SupportProgramInput body) {
        return Responses.ok(programs.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/support-programs/{id}")
    @Operation(operationId = "deleteSupportProgram", summary = "Delete a program added in error",
            description = "Refused (409) once it has cases of organizations; the next edition's copy forgets where it came from. " + MANAGE)
    public void deleteSupportProgram(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        programs.delete(id, ifMatch);
    }

    @GET
    @Path("/support-programs/{id}/history")
    @Operation(operationId = "getSupportProgramHistory", summary = "History of a program (変更履歴)",
            description = "Every change of the program and of its cases, newest first. Who may call: ADMIN, OFFICE, DEPARTMENT.")
    public Page<AuditEventResponse> getSupportProgramHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        programs.find(id);
        return audit.history("SupportProgram", id, page, true);
    }

    @GET
    @Path("/support-catalog/{fiscalYear}")
    @PermitAll
    @Operation(operationId = "getSupportCatalog", summary = "The catalogue as the printed matrix (事業一覧)",
            description = "One edition: implementing sections as rows (the city's section order), the seven categories as columns, each "
                    + "cell the programs of that section in that column (a program sits in every column it names). An edition without "
                    + "programs answers an empty matrix. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The matrix")
    public CatalogMatrix getSupportCatalog(
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 of the edition", example = "2026") int fiscalYear) {
        return catalog.matrix(fiscalYear);
    }

    @GET
    @Path("/support-catalog/{fiscalYear}/changes")
    @PermitAll
    @Operation(operationId = "getSupportCatalogChanges", summary = "What changed since the previous edition (前年度からの変更)",
            description = "Every program of the edition as ADDED, CHANGED (with the fields that differ; deadlines compare a year apart) or "
                    + "UNCHANGED against the program it was carried over from (or one of the same section and name), and the previous "
                    + "edition's programs not carried as REMOVED. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The changes")
    public EditionChanges getSupportCatalogChanges(
            @PathParam("fiscalYear") @Min(1951) @Max(2100) @Parameter(description = "年度 of the edition", example = "2027") int fiscalYear) {
        return catalog.changes(fiscalYear);
    }

    @POST
    @Path("/support-catalog/{fiscalYear}/carry-over")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "carryOverSupportCatalog", summary = "Carry an edition over into the next fiscal year (次年度へ引継ぎ)",
            description = "Copies every program of the edition into fiscalYear + 1 (deadlines and the figures year a year later), each "
                    + "remembering the program it came from; programs already carried, or with a namesake of the same section there, are "
                    + "left as they are, so calling it again changes nothing. An edition without programs: 400. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "What was copied")
    public CarryOverResult carryOverSupportCatalog(
            @PathParam("fiscalYear") @Min(1950) @Max(2099) @Parameter(description = "年度 of the edition to copy", example = "2026") int fiscalYear) {
        return catalog.carryOver(fiscalYear);
    }
}
