package jp.kyodo.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyodo.common.security.IdentityScope;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tests only: resolving the token of a user listed in {@link #UNREACHABLE} fails the way a lost database does
 * (the token lookup's transaction cannot get a connection), so the authentication path of an outage can be tested
 * on a database that is up.
 */
@ApplicationScoped
public class FailingIdentityScope implements IdentityScope {

    public static final Set<Long> UNREACHABLE = ConcurrentHashMap.newKeySet();

    @Override
    public Set<Long> districtIds(EntityManager em, long userId, String role, LocalDate today) {
        if (UNREACHABLE.contains(userId)) {
            throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                    new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"));
        }
        return Set.of();
    }
}
