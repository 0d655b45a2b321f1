package jp.kyodo.common.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares for one HTTP request (the request's Vert.x context, which its
 * authentication and its worker thread share). {@link jp.kyodo.common.web.StatementCountHeader} reports the count when
 * switched on, so tests and benchmarks can assert statements per request and an N+1 cannot come back unnoticed.
 * Statements outside a request (scheduled jobs, startup) are not counted. The SQL is not changed.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final String KEY = "kyodo.sql-statements";

    @Override
    public String inspect(String sql) {
        Context c = Vertx.currentContext();
        if (c != null && VertxContext.isDuplicatedContext(c)) {
            AtomicInteger n = c.getLocal(KEY);
            if (n == null) {
                n = new AtomicInteger();
                c.putLocal(KEY, n);
            }
            n.incrementAndGet();
        }
        return sql;
    }

    /** Statements of the current request so far, or -1 outside a request. */
    public static int current() {
        Context c = Vertx.currentContext();
        if (c == null || !VertxContext.isDuplicatedContext(c)) {
            return -1;
        }
        AtomicInteger n = c.getLocal(KEY);
        return n == null ? 0 : n.get();
    }
}
