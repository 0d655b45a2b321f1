package jp.kyodo.participation.rest;

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
import jp.kyodo.participation.BuildingOutcome;
import jp.kyodo.participation.IncorporationStage;
import jp.kyodo.participation.JoinPromotionDtos.AgreementRequest;
import jp.kyodo.participation.JoinPromotionDtos.AgreementResponse;
import jp.kyodo.participation.JoinPromotionDtos.BuildingRequest;
import jp.kyodo.participation.JoinPromotionDtos.BuildingResponse;
import jp.kyodo.participation.JoinPromotionDtos.ContactRequest;
import jp.kyodo.participation.JoinPromotionDtos.ContactResponse;
import jp.kyodo.participation.JoinPromotionDtos.EffectResponse;
import jp.kyodo.participation.JoinPromotionDtos.IncorporationRequest;
import jp.kyodo.participation.JoinPromotionDtos.IncorporationResponse;
import jp.kyodo.participation.JoinPromotionDtos.LeafletRequest;
import jp.kyodo.participation.JoinPromotionDtos.LeafletResponse;
import jp.kyodo.participation.JoinPromotionDtos.OutcomeRequest;
import jp.kyodo.participation.service.Incorporations;
import jp.kyodo.participation.service.JoinEffect;
import jp.kyodo.participation.service.JoinOutreach;
import jp.kyodo.participation.service.NewBuildings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 加入促進 — new buildings and their developers, leaflets, agreements, incorporation support, and the effect. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = VolunteerPostResource.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT, Roles.COMMITTEE})
public class JoinPromotionResource {

    static final String EDIT = "Who may call: ADMIN, OFFICE; LIAISON only for their districts (others: 403).";

    @Inject
    NewBuildings buildings;

    @Inject
    JoinOutreach outreach;

    @Inject
    Incorporations incorporations;

    @Inject
    JoinEffect effect;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    // ---- new buildings ---------------------------------------------------------------------------

    @GET
    @Path("/new-buildings")
    @Operation(operationId = "listNewBuildings", summary = "New apartment buildings (新築集合住宅)",
            description = "Filters: districtId, wardId, outcome, fiscalYear (of the notice), uncontacted (true: nobody has contacted the "
                    + "developer yet), q (name, address, developer, management company, notice number). Sort keys: noticeOn (default, newest "
                    + "first: -noticeOn), district, units, lastContactOn, name. " + ApiDoc.SYNC + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of buildings (without their contacts)")
    public Page<BuildingResponse> listNewBuildings(
            @QueryParam("districtId") @Parameter(example = "4") Long districtId,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("outcome") @Parameter(example = "PENDING") BuildingOutcome outcome,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(example = "2026") Integer fiscalYear,
            @QueryParam("uncontacted") @Parameter(example = "true") Boolean uncontacted,
            @QueryParam("q") @Parameter(example = "香椎") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return buildings.list(new NewBuildings.Filter(districtId, wardId, outcome, fiscalYear, uncontacted, q), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/new-buildings/{id}")
    @Operation(operationId = "getNewBuilding", summary = "Get a new building with its timeline of contacts", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The building")
    public RestResponse<BuildingResponse> getNewBuilding(@PathParam("id") long id) {
        return Responses.ok(buildings.get(id));
    }

    @POST
    @Path("/new-buildings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createNewBuilding", summary = "Record a new building (新築集合住宅の登録)",
            description = "A notice number is used once. The association, when given, is of the building's district. " + EDIT)
    @APIResponseSchema(value = BuildingResponse.class, responseCode = "201")
    public RestResponse<BuildingResponse> createNewBuilding(@jakarta.ws.rs.HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid BuildingRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            BuildingResponse b = buildings.create(body);
            return Responses.created("/api/v1/new-buildings/" + b.id(), b);
        });
    }

    @PUT
    @Path("/new-buildings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateNewBuilding", summary = "Change a new building's notice fields",
            description = "Replaces every field; the outcome and contacts are kept. " + EDIT)
    public RestResponse<BuildingResponse> updateNewBuilding(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid BuildingRequest body) {
        return Responses.ok(buildings.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/new-buildings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteNewBuilding", summary = "Delete a new building recorded by mistake (with its contacts)", description = EDIT)
    public void deleteNewBuilding(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        buildings.delete(id, ifMatch);
    }

    @PUT
    @Path("/new-buildings/{id}/outcome")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "recordNewBuildingOutcome", summary = "Record what came of it (協力の結果)",
            description = "BLOCK_JOIN, INDIVIDUAL or NEW_ASSOCIATION with the units that joined (at most the building's); DECLINED with none; "
                    + "PENDING clears it. outcomeOn (not in the future) unless PENDING. " + EDIT)
    public RestResponse<BuildingResponse> recordNewBuildingOutcome(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OutcomeRequest body) {
        return Responses.ok(buildings.recordOutcome(id, body, ifMatch));
    }

    @POST
    @Path("/new-buildings/{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "addNewBuildingContact", summary = "Record a contact with the developer (協議記録)",
            description = "The day (not in the future), how, with whom, by whom and what was said; the building keeps its count and last day. " + EDIT)
    @APIResponseSchema(value = ContactResponse.class, responseCode = "201")
    public RestResponse<ContactResponse> addNewBuildingContact(@PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid ContactRequest body) {
        return idempotency.run(idempotencyKey, java.util.List.of(id, body), () -> {
            ContactResponse c = buildings.addContact(id, body);
            return Responses.created("/api/v1/new-buildings/" + id, c);
        });
    }

    @DELETE
    @Path("/new-buildings/{id}/contacts/{contactId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteNewBuildingContact", summary = "Delete a contact recorded by mistake", description = EDIT)
    public void deleteNewBuildingContact(@PathParam("id") long id, @PathParam("contactId") long contactId,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        buildings.deleteContact(id, contactId, ifMatch);
    }

    @GET
    @Path("/new-buildings/{id}/history")
    @Operation(operationId = "getNewBuildingHistory", summary = "History of a new building (変更履歴)", description = "Newest first. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getNewBuildingHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        buildings.find(id);
        return audit.history("NewBuilding", id, page, false);
    }

    // ---- leaflets and agreements ---------------------------------------------------------------------

    @GET
    @Path("/leaflet-distributions")
    @Operation(operationId = "listLeafletDistributions", summary = "Leaflets and welcome packs handed out (チラシ・ウェルカムパックの配布)",
            description = "Newest month first. Filters: fiscalYear, wardId. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of distributions")
    public Page<LeafletResponse> listLeafletDistributions(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(example = "2026") Integer fiscalYear,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId, @Valid @BeanParam PageParams page) {
        return outreach.leaflets(fiscalYear, wardId, page);
    }

    @GET
    @Path("/leaflet-distributions/{id}")
    @Operation(operationId = "getLeafletDistribution", summary = "Get a distribution", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The distribution")
    public RestResponse<LeafletResponse> getLeafletDistribution(@PathParam("id") long id) {
        return Responses.ok(outreach.getLeaflet(id));
    }

    @POST
    @Path("/leaflet-distributions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createLeafletDistribution", summary = "Record leaflets or welcome packs handed out",
            description = "One row per ward, month, kind and place (400 Unique otherwise). " + ApiDoc.OFFICE)
    @APIResponseSchema(value = LeafletResponse.class, responseCode = "201")
    public RestResponse<LeafletResponse> createLeafletDistribution(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid LeafletRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            LeafletResponse l = outreach.createLeaflet(body);
            return Responses.created("/api/v1/leaflet-distributions/" + l.id(), l);
        });
    }

    @PUT
    @Path("/leaflet-distributions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateLeafletDistribution", summary = "Change a distribution", description = "Replaces every field. " + ApiDoc.OFFICE)
    public RestResponse<LeafletResponse> updateLeafletDistribution(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LeafletRequest body) {
        return Responses.ok(outreach.updateLeaflet(id, body, ifMatch));
    }

    @DELETE
    @Path("/leaflet-distributions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteLeafletDistribution", summary = "Delete a distribution", description = ApiDoc.OFFICE)
    public void deleteLeafletDistribution(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        outreach.deleteLeaflet(id, ifMatch);
    }

    @GET
    @Path("/join-agreements")
    @Operation(operationId = "listJoinAgreements", summary = "Agreements with related bodies (関係団体との協定)",
            description = "Newest first, with whether each is in force today. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The agreements")
    public Page<AgreementResponse> listJoinAgreements(@Valid @BeanParam PageParams page) {
        return Page.of(outreach.agreements(), page);
    }

    @GET
    @Path("/join-agreements/{id}")
    @Operation(operationId = "getJoinAgreement", summary = "Get an agreement", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The agreement")
    public RestResponse<AgreementResponse> getJoinAgreement(@PathParam("id") long id) {
        return Responses.ok(outreach.getAgreement(id));
    }

    @POST
    @Path("/join-agreements")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "createJoinAgreement", summary = "Record an agreement", description = ApiDoc.OFFICE)
    @APIResponseSchema(value = AgreementResponse.class, responseCode = "201")
    public RestResponse<AgreementResponse> createJoinAgreement(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AgreementRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            AgreementResponse a = outreach.createAgreement(body);
            return Responses.created("/api/v1/join-agreements/" + a.id(), a);
        });
    }

    @PUT
    @Path("/join-agreements/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "updateJoinAgreement", summary = "Change an agreement", description = "Replaces every field. " + ApiDoc.OFFICE)
    public RestResponse<AgreementResponse> updateJoinAgreement(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgreementRequest body) {
        return Responses.ok(outreach.updateAgreement(id, body, ifMatch));
    }

    @DELETE
    @Path("/join-agreements/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "deleteJoinAgreement", summary = "Delete an agreement", description = ApiDoc.OFFICE)
    public void deleteJoinAgreement(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        outreach.deleteAgreement(id, ifMatch);
    }

    // ---- incorporation ---------------------------------------------------------------------------------

    @GET
    @Path("/incorporation-cases")
    @Operation(operationId = "listIncorporationCases", summary = "Incorporation support (地縁団体の認可支援)",
            description = "Newest consultation first. Filters: districtId, stage. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<IncorporationResponse> listIncorporationCases(
            @QueryParam("districtId") @Parameter(example = "4") Long districtId,
            @QueryParam("stage") @Parameter(example = "APPLIED") IncorporationStage stage, @Valid @BeanParam PageParams page) {
        return incorporations.list(districtId, stage, page);
    }

    @GET
    @Path("/incorporation-cases/{id}")
    @Operation(operationId = "getIncorporationCase", summary = "Get an incorporation case", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The case")
    public RestResponse<IncorporationResponse> getIncorporationCase(@PathParam("id") long id) {
        return Responses.ok(incorporations.get(id));
    }

    @POST
    @Path("/incorporation-cases")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createIncorporationCase", summary = "Record an association's consultation about incorporation",
            description = "An association has one open case at a time: while one is open, no other case is recorded for it at any stage "
                    + "(400, code Unique); the open case is moved on instead. Days are not in the future and in order; the stage's days are "
                    + "required (APPLIED: appliedOn; APPROVED: appliedOn and approvedOn; WITHDRAWN: withdrawnOn). An approved case marks the "
                    + "association 認可地縁団体 in the registry from approvedOn. " + EDIT)
    @APIResponseSchema(value = IncorporationResponse.class, responseCode = "201")
    public RestResponse<IncorporationResponse> createIncorporationCase(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid IncorporationRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            IncorporationResponse c = incorporations.create(body);
            return Responses.created("/api/v1/incorporation-cases/" + c.id(), c);
        });
    }

    @PUT
    @Path("/incorporation-cases/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateIncorporationCase", summary = "Move an incorporation case on",
            description = "Replaces every field, with the rules of the create. " + EDIT)
    public RestResponse<IncorporationResponse> updateIncorporationCase(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid IncorporationRequest body) {
        return Responses.ok(incorporations.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/incorporation-cases/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteIncorporationCase", summary = "Delete an incorporation case recorded by mistake",
            description = "The registry keeps what an approval set. " + EDIT)
    public void deleteIncorporationCase(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        incorporations.delete(id, ifMatch);
    }

    // ---- the effect -----------------------------------------------------------------------------------------

    @GET
    @Path("/join-promotion/effect")
    @Operation(operationId = "getJoinPromotionEffect", summary = "What the measures did to the join rate (加入促進の効果)",
            description = "For the fiscal year against the year before: each district's 加入率 beside its new buildings (notified, units "
                    + "reached, units joined) and approved incorporations; each ward's leaflets and welcome packs beside its rate; for each "
                    + "district measure the mean change where it was taken and where not, with 95% intervals — absent, and no conclusion, with "
                    + "fewer than 3 districts on a side; separated intervals show association, not cause. wardId limits it to one ward. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The effect")
    public EffectResponse getJoinPromotionEffect(
            @QueryParam("fiscalYear") @NotNull @Min(1951) @Max(2100) @Parameter(required = true, example = "2026") Integer fiscalYear,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId) {
        return effect.effect(fiscalYear, wardId);
    }
}
