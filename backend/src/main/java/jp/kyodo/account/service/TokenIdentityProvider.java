package jp.kyodo.account.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.IdentityCache;
import jp.kyodo.common.security.IdentityScope;
import jp.kyodo.common.security.TokenAuthenticationRequest;

/** Resolves a token to its user in one query, remembered by {@link IdentityCache} (and what the features' {@link IdentityScope}s add, e.g. a liaison's districts). */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Instance<IdentityScope> scopes;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Inject
    IdentityCache cache;

    /** A remembered caller answers at once, without a statement; any other token is looked up in a transaction. */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = Tokens.hash(request.token());
        SecurityIdentity known = cache.get(hash);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return context.runBlocking(() -> {
            long generation = cache.generation();
            Looked up = QuarkusTransaction.requiringNew().call(() -> lookup(hash));
            cache.put(hash, generation, up.identity(), up.userId(), up.expiresAt().toInstant());
            return up.identity();
        });
    }

    record Looked(SecurityIdentity identity, long userId, OffsetDateTime expiresAt) {
    }

    Looked lookup(String hash) {
        List<Object[]> rows = em.createQuery(
                "select u.id, u.username, u.displayName, u.role, u.sectionId, t.expiresAt from AuthToken t join t.user u "
                        + "where t.tokenHash = :h and t.expiresAt > :now and u.enabled = true", Object[].class)
                .setParameter("h", hash)
                .setParameter("now", OffsetDateTime.now(clock))
                .getResultList();
        if (rows.isEmpty()) {
            throw new io.quarkus.security.AuthenticationFailedException("unknown or expired token");
        }
        Object[] r = rows.get(0);
        Long userId = (Long) r[0];
        String role = (String) r[3];
        Set<Long> districts = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (IdentityScope scope : scopes) {
            districts.addAll(scope.districtIds(em, userId, role, today));
        }
        return new Looked(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal((String) r[1]))
                .addRole(role)
                .addAttribute(CurrentUser.ATTR_USER_ID, userId)
                .addAttribute(CurrentUser.ATTR_DISPLAY_NAME, r[2])
                .addAttribute(CurrentUser.ATTR_DISTRICTS, Set.copyOf(districts))
                .addAttribute(CurrentUser.ATTR_SECTION_ID, r[4])
                .build(), userId, (OffsetDateTime) r[5]);
    }
}
