package jp.kyodo.organization.rest;

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
import java.util.List;
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
import jp.kyodo.organization.OfficerRole;
import jp.kyodo.organization.OrganizationDtos.KindRequest;
import jp.kyodo.organization.OrganizationDtos.KindResponse;
import jp.kyodo.organization.OrganizationDtos.OfficerRequest;
import jp.kyodo.organization.OrganizationDtos.OfficerResponse;
import jp.kyodo.organization.OrganizationDtos.OrganizationRequest;
import jp.kyodo.organization.OrganizationDtos.OrganizationResponse;
import jp.kyodo.organization.OrganizationDtos.OrganizationSummary;
import jp.kyodo.organization.service.OfficerService;
import jp.kyodo.organization.service.OrganizationKindService;
import jp.kyodo.organization.service.OrganizationQueries;
import jp.kyodo.organization.service.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationQueries queries;

    @Inject
    OrganizationKindService kinds;

    @Inject
    OfficerService officers;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @GET
    @Path("/organization-kinds")
    @PermitAll
    @Operation(operationId = "listOrganizationKinds", summary = "Kinds of organization (団体の種別)",
            description = "Reference data with the city's own Japanese and English labels, and sub-kinds. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "All kinds in display order")
    public Page<KindResponse> listOrganizationKinds(@Valid @BeanParam PageParams page) {
        return Page.of(kinds.kinds(), page);
    }

    @PUT
    @Path("/organization-kinds/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOrganizationKind", summary = "Rename a kind in the city's own terms", description = ApiDoc.ADMIN)
    public RestResponse<KindResponse> updateOrganizationKind(@PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid KindRequest body) {
        return Responses.ok(kinds.updateKind(code, body, ifMatch));
    }

    @GET
    @Path("/organizations")
    @PermitAll
    @Operation(operationId = "listOrganizations", summary = "List community organizations (地域団体の一覧)",
            description = "Filter by district, ward, kind, parent and text (`q` ignores full/half width and kana kind). Sort keys: code, name (by kana reading), kind. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of organizations")
    public Page<OrganizationSummary> listOrganizations(
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("kind") @Parameter(example = "NEIGHBORHOOD_ASSOCIATION") String kind,
            @QueryParam("parentId") @Parameter(example = "40") Long parentId,
            @QueryParam("q") @Parameter(example = "ちょうないかい") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return queries.list(new OrganizationQueries.ListFilter(districtId, wardId, kind, parentId, q), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/organizations/{id}")
    @PermitAll
    @Operation(operationId = "getOrganization", summary = "Get an organization (地域団体)",
            description = "The contact (personal data) is included only for ADMIN, OFFICE and the district's LIAISON. `permissions.canEdit` tells whether the caller may change it. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The organization")
    public RestResponse<OrganizationResponse> getOrganization(@PathParam("id") long id) {
        return Responses.ok(organizations.get(id));
    }

    @POST
    @Path("/organizations")
    @Operation(operationId = "createOrganization", summary = "Register an organization (地域団体の登録)", description = ApiDoc.REGISTRY_EDIT)
    @APIResponseSchema(value = OrganizationResponse.class, responseCode = "201")
    public RestResponse<OrganizationResponse> createOrganization(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid OrganizationRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            OrganizationResponse o = organizations.create(body);
            return Responses.created("/api/v1/organizations/" + o.id(), o);
        });
    }

    @PUT
    @Path("/organizations/{id}")
    @Operation(operationId = "updateOrganization", summary = "Update an organization", description = "Replaces every field. " + ApiDoc.REGISTRY_EDIT)
    public RestResponse<OrganizationResponse> updateOrganization(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"4\"") String ifMatch,
            @NotNull @Valid OrganizationRequest body) {
        return Responses.ok(organizations.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/organizations/{id}")
    @Operation(operationId = "deleteOrganization", summary = "Delete an organization",
            description = "Also deletes its officers and membership figures; refused (409) while organizations stand under it. " + ApiDoc.REGISTRY_EDIT)
    public void deleteOrganization(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"4\"") String ifMatch) {
        organizations.delete(id, ifMatch);
    }

    @GET
    @Path("/organizations/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getOrganizationHistory", summary = "History of an organization (変更履歴)",
            description = "Changes to the organization, its officers and its membership figures, newest first. Personal data is shown as *** to callers who may not read it. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getOrganizationHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return audit.history("Organization", id, page, organizations.canSeePersonalData(id));
    }

    @GET
    @Path("/organizations/{id}/officers")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "listOrganizationOfficers", summary = "Officers of an organization (役員)",
            description = "Person fields are present only for ADMIN, OFFICE and the district's LIAISON. Sort keys: termStart, termEnd, role. " + ApiDoc.SYNC + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of officers")
    public Page<OfficerResponse> listOrganizationOfficers(@PathParam("id") long id,
            @QueryParam("current") @Parameter(description = "Only officers in office today", example = "true") Boolean current,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        organizations.find(id);
        return officers.officers(new OfficerService.OfficerFilter(id, null, null, null, current), page, Keyset.of(page, sync));
    }

    @POST
    @Path("/organizations/{id}/officers")
    @Operation(operationId = "createOfficer", summary = "Add an officer (役員の登録)", description = ApiDoc.REGISTRY_EDIT)
    @APIResponseSchema(value = OfficerResponse.class, responseCode = "201")
    public RestResponse<OfficerResponse> createOfficer(@PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid OfficerRequest body) {
        return idempotency.run(idempotencyKey, java.util.List.of(id, body), () -> {
            OfficerResponse x = officers.createOfficer(id, body);
            return Responses.created("/api/v1/officers/" + x.id(), x);
        });
    }

    @GET
    @Path("/officers")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "listOfficers", summary = "Officers across organizations (役員の検索)",
            description = "With `role=CHAIR&organizationKind=DISTRICT_COUNCIL&termEndedInFiscalYear=2024` this is the list of retiring district-council chairs for the mayor's letters of thanks (感謝状). Sort keys: termStart, termEnd, role, organization. " + ApiDoc.SYNC + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "A page of officers")
    public Page<OfficerResponse> listOfficers(
            @QueryParam("role") @Parameter(example = "CHAIR") OfficerRole role,
            @QueryParam("organizationKind") @Parameter(example = "DISTRICT_COUNCIL") String organizationKind,
            @QueryParam("termEndedInFiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Term ended within this fiscal year (April–March)", example = "2024") Integer termEndedInFiscalYear,
            @QueryParam("current") @Parameter(description = "Only officers in office today") Boolean current,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return officers.officers(new OfficerService.OfficerFilter(null, role, organizationKind,
                termEndedInFiscalYear, current), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/officers/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "getOfficer", summary = "Get an officer", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The officer")
    public RestResponse<OfficerResponse> getOfficer(@PathParam("id") long id) {
        return Responses.ok(officers.getOfficer(id));
    }

    @PUT
    @Path("/officers/{id}")
    @Operation(operationId = "updateOfficer", summary = "Update an officer (e.g. end the term)", description = ApiDoc.REGISTRY_EDIT)
    public RestResponse<OfficerResponse> updateOfficer(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OfficerRequest body) {
        return Responses.ok(officers.updateOfficer(id, body, ifMatch));
    }

    @DELETE
    @Path("/officers/{id}")
    @Operation(operationId = "deleteOfficer", summary = "Delete an officer entered in error", description = ApiDoc.REGISTRY_EDIT)
    public void deleteOfficer(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        officers.deleteOfficer(id, ifMatch);
    }
}
