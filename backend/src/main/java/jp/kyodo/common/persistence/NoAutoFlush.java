package jp.kyodo.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Runs reads that need not see unflushed changes — because there are none — without Hibernate's auto-flush. Before
 * each query Hibernate checks every record the transaction holds for changes to write (a native query even flushes
 * them all); a file import holds 20,000 records by the time it has read what a 10,000-row file names, and its 20
 * chunked reads and lock queries each went through all of them again (a third of a nation-scale import's CPU).
 * Explicit flushes and the commit write as before.
 */
public final class NoAutoFlush {

    private NoAutoFlush() {
    }

    public static <T> T call(EntityManager em, Supplier<T> reads) {
        Session session = em.unwrap(Session.class);
        FlushMode mode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            return reads.get();
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }
}
