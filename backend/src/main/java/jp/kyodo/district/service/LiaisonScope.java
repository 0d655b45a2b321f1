package jp.kyodo.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.common.security.IdentityScope;
import jp.kyodo.common.security.Roles;

/** 校区担当: a liaison acts for the districts assigned to them on the day (start and end dates inclusive). */
@ApplicationScoped
public class LiaisonScope implements IdentityScope {

    @Override
    public Set<Long> districtIds(EntityManager em, long userId, String role, LocalDate today) {
        if (!Roles.LIAISON.equals(role)) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery(
                "select a.district.id from LiaisonAssignment a where a.user.id = :u and a.startsOn <= :d "
                        + "and (a.endsOn is null or a.endsOn >= :d)", Long.class)
                .setParameter("u", userId).setParameter("d", today).getResultList());
    }
}
