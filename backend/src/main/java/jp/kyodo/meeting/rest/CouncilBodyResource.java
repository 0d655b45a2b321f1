package jp.kyodo.meeting.rest;

import jakarta.ws.rs.BeanParam;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.meeting.MeetingDtos.CouncilBodyRequest;
import jp.kyodo.meeting.MeetingDtos.CouncilBodyResponse;
import jp.kyodo.meeting.service.CouncilBodyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class CouncilBodyResource {

    @Inject
    CouncilBodyService bodies;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/council-bodies")
    @PermitAll
    @Operation(operationId = "listCouncilBodies", summary = "Council bodies (会議体)",
            description = "Reference data: the bodies whose meetings are logged — 総会 (general assembly), 理事会 (board), 幹事会 "
                    + "(executive committee), 校区事務局連絡会議 (secretariat liaison meeting), 部会 (sections) of the city-wide council, "
                    + "and district councils' own meetings — in display order, with the names the meeting-log import recognises. "
                    + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "All bodies in display order")
    public Page<CouncilBodyResponse> listCouncilBodies(
            @QueryParam("organizationId") @Parameter(description = "Only the bodies of this council (organization)", example = "5") Long organizationId,
            @Valid @BeanParam PageParams page) {
        return Page.of(bodies.bodies(organizationId), page);
    }

    @GET
    @Path("/council-bodies/{id}")
    @PermitAll
    @Operation(operationId = "getCouncilBody", summary = "Get a council body (会議体)", description = ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The body")
    public RestResponse<CouncilBodyResponse> getCouncilBody(@PathParam("id") long id) {
        return Responses.ok(bodies.getBody(id));
    }

    @POST
    @Path("/council-bodies")
    @Operation(operationId = "createCouncilBody", summary = "Add a council body (会議体の登録)",
            description = "Its name and aliases must not be a name of another body (the meeting-log import finds bodies by name). " + ApiDoc.OFFICE)
    @APIResponseSchema(value = CouncilBodyResponse.class, responseCode = "201")
    public RestResponse<CouncilBodyResponse> createCouncilBody(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid CouncilBodyRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            CouncilBodyResponse b = bodies.createBody(body);
            return Responses.created("/api/v1/council-bodies/" + b.id(), b);
        });
    }

    @PUT
    @Path("/council-bodies/{id}")
    @Operation(operationId = "updateCouncilBody", summary = "Update a council body", description = "Replaces every field. " + ApiDoc.OFFICE)
    public RestResponse<CouncilBodyResponse> updateCouncilBody(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CouncilBodyRequest body) {
        return Responses.ok(bodies.updateBody(id, body, ifMatch));
    }

    @DELETE
    @Path("/council-bodies/{id}")
    @Operation(operationId = "deleteCouncilBody", summary = "Delete a council body", description = "Refused (409) while it has meetings. " + ApiDoc.OFFICE)
    public void deleteCouncilBody(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        bodies.deleteBody(id, ifMatch);
    }
}
