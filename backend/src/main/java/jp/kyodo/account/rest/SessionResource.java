package jp.kyodo.account.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kyodo.account.AccountDtos.MeResponse;
import jp.kyodo.account.AccountDtos.MySettingsRequest;
import jp.kyodo.account.AccountDtos.MySettingsResponse;
import jp.kyodo.account.AccountDtos.SessionResponse;
import jp.kyodo.account.AccountDtos.SignInRequest;
import jp.kyodo.account.service.AccountService;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.security.TokenAuthenticationMechanism;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.ClientAddress;
import jp.kyodo.common.web.Responses;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "account")
public class SessionResource {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    KyodoConfig config;

    @POST
    @Path("/sessions")
    @PermitAll
    @Operation(operationId = "signIn", summary = "Sign in (サインイン)",
            description = "Checks a staff member's password and starts a session: the token is set as the HttpOnly, SameSite=Strict cookie `kyodo_session`. Failed attempts are throttled per client address and per username (429 with Retry-After); while a username is locked, only the right password from an address without recent failures gets in. " + ApiDoc.PUBLIC)
    @APIResponseSchema(value = SessionResponse.class, responseCode = "201", responseDescription = "Signed in")
    public Response signIn(@NotNull @Valid SignInRequest body, @Context HttpServerRequest request) {
        // the connection's address, or what a trusted proxy says it is (quarkus.http.proxy.*, README)
        AccountService.SignedIn s = accounts.signIn(body.username(), body.password(), ClientAddress.of(request));
        NewCookie cookie = new NewCookie.Builder(TokenAuthenticationMechanism.COOKIE).value(s.token()).path("/")
                .httpOnly(true).secure(config.session().cookieSecure()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) java.time.Duration.between(java.time.OffsetDateTime.now(clock), s.expiresAt()).toSeconds())
                .build();
        return Response.created(URI.create("/api/v1/sessions/current")).cookie(cookie)
                .entity(new SessionResponse(s.expiresAt(), s.me())).build();
    }

    @GET
    @Path("/sessions/current")
    @Authenticated
    @Operation(operationId = "getCurrentSession", summary = "The current session (ログイン中のセッション)",
            description = "When the session of the `kyodo_session` cookie ends, and who it belongs to: the resource sign-in "
                    + "creates (its Location). A caller with an API token and no session cookie gets 404. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The session")
    public SessionResponse getCurrentSession(@CookieParam(TokenAuthenticationMechanism.COOKIE) String token) {
        return accounts.currentSession(token);
    }

    @DELETE
    @Path("/sessions/current")
    @PermitAll
    @Operation(operationId = "signOut", summary = "Sign out (サインアウト)",
            description = "Ends the current session (the token is revoked on every instance) and clears the cookie. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut(@CookieParam(TokenAuthenticationMechanism.COOKIE) String token) {
        accounts.signOut(token);
        NewCookie expired = new NewCookie.Builder(TokenAuthenticationMechanism.COOKIE).value("").path("/")
                .httpOnly(true).secure(config.session().cookieSecure()).sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        return Response.noContent().cookie(expired).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getMe", summary = "The signed-in caller (ログイン中の利用者)",
            description = "Role and, for a liaison, the districts assigned today. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The caller")
    public MeResponse me() {
        return accounts.currentMe();
    }

    @GET
    @Path("/me/settings")
    @Authenticated
    @Operation(operationId = "getMySettings", summary = "My settings (個人設定)",
            description = "The caller's own e-mail address for the daily digest of unread notifications (お知らせのまとめ), whether "
                    + "they want it, and whether this server sends digests at all. The address is personal: nobody else but ADMIN "
                    + "reads it. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The caller's settings, with their version as ETag")
    public RestResponse<MySettingsResponse> getMySettings() {
        return Responses.ok(accounts.mySettings());
    }

    @PUT
    @Path("/me/settings")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMySettings", summary = "Change my settings (個人設定の変更)",
            description = "Replaces the caller's own settings: the e-mail address (omitted or empty: none, so no digest) and "
                    + "whether to receive the daily digest. An address that is not one is a 400 naming `email`; nothing "
                    + "changes then. " + ApiDoc.STAFF)
    public RestResponse<MySettingsResponse> updateMySettings(@HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MySettingsRequest body) {
        return Responses.ok(accounts.updateMySettings(body, ifMatch));
    }
}
