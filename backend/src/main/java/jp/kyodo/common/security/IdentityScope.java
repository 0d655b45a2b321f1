package jp.kyodo.common.security;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a feature adds to a signed-in caller's scope while the token is resolved, in the same transaction —
 * e.g. the districts a liaison is assigned to today. Implementations are CDI beans, discovered by the
 * account feature, so the account feature names no other feature.
 */
public interface IdentityScope {

    /** The districts the user may act for on {@code today} (empty when the role has no district scope). */
    Set<Long> districtIds(EntityManager em, long userId, String role, LocalDate today);
}
