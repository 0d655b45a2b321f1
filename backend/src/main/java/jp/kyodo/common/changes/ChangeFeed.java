package jp.kyodo.common.changes;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodo.common.persistence.Rows;
import org.jboss.logging.Logger;

/**
 * 変更フィード — the transactional outbox. {@link #record} collects a transaction's changes; just before the
 * transaction commits, they are numbered and written in it, so they exist exactly when the change does.
 *
 * <p><b>Why the numbers follow commit order.</b> Numbering takes the row lock of {@code change_feed_head} and
 * the commit releases it, so a transaction holding numbers n+1… cannot take the lock — cannot commit — before the
 * one holding …n has committed (PostgreSQL makes a commit visible before it releases the transaction's locks; H2
 * likewise). A reader therefore always sees an unbroken run 1…k, and {@code seq > cursor} never skips an event
 * that a slower transaction commits later. The lock is held only from the numbering to the commit, not during the
 * transaction's work, so writers wait on each other for the length of a commit and no longer.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final Object KEY = ChangeFeed.class;
    /** Events per insert statement (5 parameters each). */
    private static final int ROWS = 100;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** One change of a record in the caller's transaction (a JTA transaction must be active). */
    public void record(String auditType, long id, String action) {
        ChangeType type = ChangeType.of(auditType);
        if (type == null) {
            if (!LEFT_OUT.contains(auditType)) {
                LOG.warnf("%s is not a change type: its changes are not in the feed", auditType);
            }
            return;
        }
        pending().events.add(new Event(type, id, action, clock.instant()));
    }

    /**
     * A figure kept elsewhere that the transaction's changes moved (a district's 加入率 when an association's
     * figures change): reported once per transaction as an UPDATE of its own type, e.g. {@code JOIN_RATE} with the
     * district's id.
     */
    public void derived(String type, long id) {
        if (pending().derived.add(type + "#" + id)) {
            record(type, id, "UPDATE");
        }
    }

    /** The transaction's collected changes, registered to be written before its commit on first use. */
    private Pending pending() {
        Pending pending = (Pending) registry.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(KEY, pending);
            registry.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /**
     * Audited types that stay out of the feed on purpose: accounts and credentials, and a visitor's inquiry to a
     * volunteer post (ボランティアへの問い合わせ: personal data, relayed to the council and never published).
     */
    private static final Set<String> LEFT_OUT = Set.of("User", "ApiToken", "WebhookSubscription", "VolunteerInquiry");

    record Event(ChangeType type, long id, String action, Instant at) {
    }

    private final class Pending implements Synchronization {

        final List<Event> events = new ArrayList<>();
        final Set<String> derived = new java.util.HashSet<>();

        @Override
        public void beforeCompletion() {
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE || events.isEmpty()) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                long last;
                try (PreparedStatement up = c.prepareStatement(
                        "update change_feed_head set last_seq = last_seq + ? where id = 1")) {
                    up.setLong(1, events.size());
                    up.executeUpdate();
                }
                try (PreparedStatement read = c.prepareStatement("select last_seq from change_feed_head where id = 1");
                        ResultSet rs = read.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
                long seq = last - events.size();
                // up to ROWS events per statement: one multi-row insert costs the database far less than as many
                // single ones (an import of 10,000 rows writes 10,000 events)
                int whole = events.size() / ROWS * ROWS;
                if (whole > 0) {
                    try (PreparedStatement insert = c.prepareStatement(insert(ROWS))) {
                        for (int i = 0; i < whole; i += ROWS) {
                            seq = bind(insert, events.subList(i, i + ROWS), seq);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                if (whole < events.size()) {
                    try (PreparedStatement insert = c.prepareStatement(insert(events.size() - whole))) {
                        bind(insert, events.subList(whole, events.size()), seq);
                        insert.executeUpdate();
                    }
                }
            } catch (SQLException ex) {
                // the change cannot be committed without its event: the transaction rolls back
                throw new IllegalStateException("could not write the change feed", ex);
            }
        }

        /** Binds the events' values from parameter 1 on, numbered after {@code seq}; returns the last number. */
        private long bind(PreparedStatement insert, List<Event> chunk, long seq) throws SQLException {
            int p = 0;
            for (Event e : chunk) {
                insert.setLong(++p, ++seq);
                insert.setString(++p, e.type().name());
                insert.setLong(++p, e.id());
                insert.setString(++p, e.action());
                insert.setObject(++p, e.at().atOffset(ZoneOffset.UTC));
            }
            return seq;
        }

        private static String insert(int count) {
            return Rows.insertValues("insert into change_event (seq, entity_type, entity_id, action, occurred_at) values ",
                    5, count);
        }

        @Override
        public void afterCompletion(int status) {
            // nothing: the events were written in the transaction, or vanished with it
        }
    }
}
