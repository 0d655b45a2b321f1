package jp.kyodo.common.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import jp.kyodo.common.error.DatabaseOutage;

/**
 * One mechanism for both kinds of caller: the SPA's HttpOnly session cookie and other systems'
 * {@code Authorization: Bearer} tokens. Both are opaque random tokens whose hash is kept in the database,
 * so any instance behind a load balancer can check them and sign-out revokes at once.
 * A missing or unknown token means anonymous; operations that need a role then answer 401. A token that could not be
 * checked because the database is unreachable is not unknown: the request is marked, and API requests answer 503
 * ({@link DatabaseOutage}) so that clients keep their session.
 */
@ApplicationScoped
public class TokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "kyodo_session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = tokenOf(context);
        if (token == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        return identityProviderManager.authenticate(new TokenAuthenticationRequest(token))
                .onFailure().recoverWithItem(failure -> {
                    if (DatabaseOutage.is(failure)) {
                        // Not a wrong token: it could not be checked. API requests answer 503 (DatabaseOutageFilter).
                        context.put(DatabaseOutage.UNCHECKED_TOKEN, Boolean.TRUE);
                    }
                    return null;
                });
    }

    static String tokenOf(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = header.substring(7).trim();
            return t.isEmpty() ? null : t;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"kyodo\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
