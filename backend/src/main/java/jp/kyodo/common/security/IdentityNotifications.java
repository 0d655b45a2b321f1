package jp.kyodo.common.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, listens on {@link IdentityCache#CHANNEL} over a connection of its own (outside the pool) and drops the
 * entries each notification names. Until it is connected — at start, and after the connection broke, e.g. a database
 * restart — the cache is not used, so a change missed while disconnected can never be served from it.
 */
@ApplicationScoped
public class IdentityNotifications {

    private static final Logger LOG = Logger.getLogger(IdentityNotifications.class);

    /** How long one wait for notifications lasts; between waits the connection is checked. */
    static final int WAIT_MILLIS = 2_000;

    @Inject
    IdentityCache cache;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    java.util.Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    private volatile boolean running;

    private volatile Thread thread;

    void start(@Observes StartupEvent e) {
        if (!cache.postgres() || !cache.enabled()) {
            return;
        }
        running = true;
        Thread t = new Thread(this::run, "kyodo-identity-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent e) {
        running = false;
        Thread t = thread;
        if (t != null) {
            // here, while the container still runs: the listener thread touches no bean once it stops running
            cache.listening(false);
            t.interrupt();
        }
    }

    private void run() {
        long backoff = 200;
        while (running) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + IdentityCache.CHANNEL);
                }
                cache.listening(true);
                if (backoff > 200) {
                    LOG.info("identity notifications: listening again");
                }
                backoff = 200;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] ns = pg.getNotifications(WAIT_MILLIS);
                    if (ns != null) {
                        for (PGNotification n : ns) {
                            cache.evict("*".equals(n.getParameter()) ? null : parse(n.getParameter()));
                        }
                    } else if (!c.isValid(2)) {
                        throw new SQLException("the notification connection is no longer valid");
                    }
                }
            } catch (Exception ex) {
                if (running) {
                    cache.listening(false);
                    if (backoff == 200) { // once per outage, not once per retry
                        LOG.warnf("identity notifications: %s; remembered callers are not used until listening again",
                                ex.getMessage());
                    }
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    backoff = Math.min(backoff * 2, 5_000);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        username.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", "kyodo-identity-listener");
        p.setProperty("connectTimeout", "5");
        p.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        c.setAutoCommit(true);
        return c;
    }

    private static Long parse(String payload) {
        try {
            return Long.valueOf(payload);
        } catch (NumberFormatException e) {
            return null; // unknown payload: drop everything
        }
    }
}
