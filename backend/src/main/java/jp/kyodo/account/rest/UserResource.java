package jp.kyodo.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Response;
import jp.kyodo.account.AccountDtos.ApiTokenRequest;
import jp.kyodo.account.AccountDtos.ApiTokenResponse;
import jp.kyodo.account.AccountDtos.UserRequest;
import jp.kyodo.account.AccountDtos.UserResponse;
import jp.kyodo.account.service.AccountService;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    AccountService accounts;

    @GET
    @Path("/users")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "listUsers", summary = "List accounts (職員アカウント一覧)",
            description = "Filter by role (e.g. LIAISON to pick whom to assign) and text. Sort keys: username, displayName, role. "
                    + "The e-mail address is personal: only ADMIN gets it. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public Page<UserResponse> listUsers(@QueryParam("role") @Parameter(description = "Only this role", example = "LIAISON") String role,
            @QueryParam("q") @Parameter(description = "Part of the username or display name") String q,
            @Valid @BeanParam PageParams page) {
        return accounts.listUsers(role, q, page);
    }

    @GET
    @Path("/users/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "getUser", summary = "Get an account", description = "The e-mail address is personal: only ADMIN gets it. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The account")
    public RestResponse<UserResponse> getUser(@PathParam("id") long id) {
        return Responses.ok(accounts.getUser(id));
    }

    @POST
    @Path("/users")
    @Operation(operationId = "createUser", summary = "Create an account (アカウント作成)",
            description = "Staff accounts have a password; an account without one is a system account for API tokens. " + ApiDoc.ADMIN)
    @APIResponseSchema(value = UserResponse.class, responseCode = "201")
    public RestResponse<UserResponse> createUser(@NotNull @Valid UserRequest body) {
        UserResponse u = accounts.createUser(body);
        return Responses.created("/api/v1/users/" + u.id(), u);
    }

    @PUT
    @Path("/users/{id}")
    @Operation(operationId = "updateUser", summary = "Update an account",
            description = "Changing the password or disabling the account ends its sessions. Omit `email` to keep the address; "
                    + "an empty string removes it (the user can also change it on their settings page). " + ApiDoc.ADMIN)
    public RestResponse<UserResponse> updateUser(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UserRequest body) {
        return Responses.ok(accounts.updateUser(id, body, ifMatch));
    }

    @GET
    @Path("/api-tokens")
    @Operation(operationId = "listApiTokens", summary = "List API tokens (APIトークン一覧)", description = "Secrets are never shown again. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "A page of tokens")
    public Page<ApiTokenResponse> listApiTokens(@Valid @BeanParam PageParams page) {
        return accounts.listTokens(page);
    }

    @POST
    @Path("/api-tokens")
    @Operation(operationId = "createApiToken", summary = "Issue an API token (APIトークン発行)",
            description = "For another city system: send it as `Authorization: Bearer <token>`. It acts with the role of the chosen account. The secret is in this response only. " + ApiDoc.ADMIN)
    @APIResponseSchema(value = ApiTokenResponse.class, responseCode = "201", responseDescription = "Issued")
    public Response createApiToken(@NotNull @Valid ApiTokenRequest body) {
        ApiTokenResponse t = accounts.createToken(body);
        return Response.created(java.net.URI.create("/api/v1/api-tokens/" + t.id())).entity(t).build();
    }

    @GET
    @Path("/api-tokens/{id}")
    @Operation(operationId = "getApiToken", summary = "Get an API token (APIトークン)",
            description = "The token's name, account, role and validity; the secret is never shown again. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The token")
    public ApiTokenResponse getApiToken(@PathParam("id") long id) {
        return accounts.getToken(id);
    }

    @DELETE
    @Path("/api-tokens/{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token", description = ApiDoc.ADMIN)
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeApiToken(@PathParam("id") long id) {
        accounts.revokeToken(id);
    }
}
