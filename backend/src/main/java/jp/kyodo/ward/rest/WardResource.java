package jp.kyodo.ward.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.ward.WardDtos;
import jp.kyodo.ward.WardDtos.WardRequest;
import jp.kyodo.ward.WardDtos.WardResponse;
import jp.kyodo.ward.service.WardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/wards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class WardResource {

    @Inject
    Idempotency idempotency;

    @Inject
    WardService wards;

    @GET
    @PermitAll
    @Operation(operationId = "listWards", summary = "List wards (区の一覧)", description = "Sort keys: code, name, kana. " + ApiDoc.SYNC + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of wards")
    public Page<WardResponse> listWards(@Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return wards.list(page, Keyset.of(page, sync));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getWard", summary = "Get a ward (区)", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The ward")
    public RestResponse<WardResponse> getWard(@PathParam("id") long id) {
        return Responses.ok(WardDtos.toResponse(wards.find(id)));
    }

    @POST
    @Operation(operationId = "createWard", summary = "Create a ward (区の登録)", description = ApiDoc.OFFICE)
    @APIResponseSchema(value = WardResponse.class, responseCode = "201")
    public RestResponse<WardResponse> createWard(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WardRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            WardResponse w = wards.create(body);
            return Responses.created("/api/v1/wards/" + w.id(), w);
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWard", summary = "Update a ward", description = ApiDoc.OFFICE)
    public RestResponse<WardResponse> updateWard(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid WardRequest body) {
        return Responses.ok(wards.update(id, body, ifMatch));
    }
}
