package jp.kyodo.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.changes.Cursor;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.Roles;
import jp.kyodo.webhook.WebhookConfig;
import org.jboss.logging.Logger;

/**
 * Delivers the change feed to the subscriptions, from the outbox ({@code change_event}), at least once and, per
 * subscription, strictly in the feed's order: an event that fails holds back the later ones until it succeeds (or
 * the subscription is paused), so a receiver never sees an UPDATE before the CREATE it follows.
 *
 * <p><b>Several instances.</b> A run claims due subscriptions in a short transaction: {@code SELECT … FOR UPDATE
 * SKIP LOCKED} on their {@code webhook_cursor} rows, then a lease ({@code lease_owner}, {@code lease_until}) written
 * and committed before any HTTP call. Another instance skips the locked rows and, after the commit, sees the lease;
 * so one instance at a time delivers a subscription, and no transaction is held open during HTTP calls. The progress
 * is written back only while the lease is still this instance's. A crashed instance's lease runs out and the
 * subscription is claimed again: its last events may be delivered twice (receivers de-duplicate by
 * {@code Kyodo-Event-Id}). H2 2.4 accepts {@code SKIP LOCKED} but may skip more rows than are locked (it locks
 * what it reads before the LIMIT); that costs parallelism on H2, never correctness, and H2 runs one instance.
 *
 * <p><b>HTTP.</b> The JDK's {@link HttpClient}: blocking calls suit the scheduler's worker thread, it needs no
 * dependency, and its connect and per-request timeouts are explicit. Redirects are never followed (a 3xx is a
 * failure), so an event never goes to a host the admin did not register.
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);

    public static final String PAUSED_KIND = "WEBHOOK_PAUSED";

    /** This instance's name in leases. */
    final String owner = "kyodo-" + UUID.randomUUID();

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<Notice> notices;

    private volatile HttpClient client;

    @Scheduled(identity = "webhooks", every = "${kyodo.webhooks.every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries failed (next run retries): %s", e.toString());
        }
    }

    /** One run: claims due subscriptions and delivers to each; returns the attempts made. */
    public int deliverDue() {
        return deliverDue(owner);
    }

    /** The same, under another lease owner (tests: two instances in one JVM). */
    public int deliverDue(String leaseOwner) {
        int attempts = 0;
        for (long id : claim(leaseOwner, config.claimSize())) {
            attempts += deliver(id, leaseOwner);
        }
        return attempts;
    }

    /** Claims up to {@code max} due subscriptions for {@code leaseOwner}, in its own committed transaction. */
    public List<Long> claim(String leaseOwner, int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            @SuppressWarnings("unchecked")
            List<Number> rows = em.createNativeQuery("select subscription_id from webhook_cursor where next_attempt_at <= ?1 "
                    + "and (lease_until is null or lease_until < ?1) order by next_attempt_at, subscription_id limit ?2 "
                    + "for update skip locked").setParameter(1, now).setParameter(2, max).getResultList();
            List<Long> ids = rows.stream().map(Number::longValue).toList();
            if (!ids.isEmpty()) {
                em.createNativeQuery("update webhook_cursor set lease_owner = ?1, lease_until = ?2 where subscription_id in (?3)")
                        .setParameter(1, leaseOwner).setParameter(2, now.plus(config.lease())).setParameter(3, ids)
                        .executeUpdate();
            }
            return ids;
        });
    }

    record Target(String url, String secret, List<String> types, boolean active, long lastSeq, int failures,
            OffsetDateTime firstFailureAt, String description) {
    }

    record Attempt(long seq, String type, int attempt, OffsetDateTime at, boolean ok, Integer status, String error,
            int durationMs, OffsetDateTime next) {
    }

    /** Delivers the next events of one claimed subscription and writes back the progress; returns the attempts. */
    int deliver(long id, String leaseOwner) {
        Target t = QuarkusTransaction.requiringNew().call(() -> target(id, leaseOwner));
        if (t == null) {
            return 0;
        }
        List<Object[]> events = QuarkusTransaction.requiringNew().call(() -> events(t));
        Instant deadline = clock.instant().plus(config.lease().dividedBy(2));
        List<Attempt> attempts = new ArrayList<>();
        long last = t.lastSeq();
        int failures = t.failures();
        OffsetDateTime firstFailure = t.firstFailureAt();
        OffsetDateTime next = now();
        String pause = null;
        for (Object[] e : events) {
            long seq = ((Number) e[0]).longValue();
            String body = body(seq, (String) e[1], ((Number) e[2]).longValue(), (String) e[3], Rows.utc(e[4]));
            OffsetDateTime at = now();
            long started = System.nanoTime();
            Integer status = null;
            String error = null;
            try {
                HttpResponse<Void> r = client().send(request(t, seq, body, at), HttpResponse.BodyHandlers.discarding());
                status = r.statusCode();
                if (status < 200 || status > 299) {
                    error = "HTTP " + status;
                }
            } catch (HttpTimeoutException ex) {
                error = "timed out";
            } catch (IOException | IllegalArgumentException ex) {
                error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            int ms = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
            if (error == null) {
                attempts.add(new Attempt(seq, (String) e[1], failures + 1, at, true, status, null, ms, null));
                last = seq;
                failures = 0;
                firstFailure = null;
                next = now();
                if (clock.instant().isAfter(deadline)) {
                    break;
                }
                continue;
            }
            failures++;
            if (firstFailure == null) {
                firstFailure = at;
            }
            if (failures >= config.maxFailures()
                    || !Duration.between(firstFailure, at).minus(config.pauseAfter()).isNegative()) {
                pause = failures + " consecutive failures since " + firstFailure.withOffsetSameInstant(ZoneOffset.UTC)
                        + " (last: " + error + ")";
                next = null;
            } else {
                next = at.plus(backoff(failures));
            }
            attempts.add(new Attempt(seq, (String) e[1], failures, at, false, status, truncate(error), ms, next));
            break; // strict order: nothing after a failed event
        }
        long lastSeq = last;
        int fails = failures;
        OffsetDateTime first = firstFailure;
        OffsetDateTime nextAt = next;
        String pauseReason = pause;
        QuarkusTransaction.requiringNew().run(() -> writeBack(id, leaseOwner, t, attempts, lastSeq, fails, first, nextAt,
                pauseReason));
        return attempts.size();
    }

    /** The wait before retry number {@code failures} (1 = the first retry). */
    Duration backoff(int failures) {
        List<Duration> b = config.backoff();
        return b.get(Math.min(failures, b.size()) - 1);
    }

    private Target target(long id, String leaseOwner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.url, s.secret, s.event_types, s.active, c.last_seq, c.failures, "
                + "c.first_failure_at, s.description, c.lease_owner from webhook_subscription s join webhook_cursor c "
                + "on c.subscription_id = s.id where s.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty() || !leaseOwner.equals(rows.get(0)[8])) {
            return null;
        }
        Object[] r = rows.get(0);
        String types = (String) r[2];
        return new Target((String) r[0], (String) r[1], types.isEmpty() ? List.of() : List.of(types.split(",")),
                (Boolean) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).intValue(), Rows.utc(r[6]),
                (String) r[7]);
    }

    private List<Object[]> events(Target t) {
        if (!t.active()) {
            return List.of();
        }
        boolean filtered = !t.types().isEmpty();
        var q = em.createNativeQuery("select seq, entity_type, entity_id, action, occurred_at from change_event where seq > ?1"
                + (filtered ? " and entity_type in (?3)" : "") + " order by seq limit ?2")
                .setParameter(1, t.lastSeq()).setParameter(2, config.batchSize());
        if (filtered) {
            q.setParameter(3, t.types());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    private void writeBack(long id, String leaseOwner, Target t, List<Attempt> attempts, long lastSeq, int failures,
            OffsetDateTime firstFailure, OffsetDateTime next, String pause) {
        boolean paused = false;
        try (Connection c = dataSource.getConnection()) {
            // the subscription's row first, as the admin's edits do: an edit and this write-back never deadlock
            Boolean stillActive = null;
            try (PreparedStatement ps = c.prepareStatement("select active from webhook_subscription where id = ? for update")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        stillActive = rs.getBoolean(1);
                    }
                }
            }
            if (stillActive == null) {
                return; // deleted meanwhile
            }
            paused = pause != null && stillActive;
            int mine;
            try (PreparedStatement ps = c.prepareStatement("update webhook_cursor set last_seq = ?, failures = ?, "
                    + "first_failure_at = ?, next_attempt_at = ?, lease_owner = null, lease_until = null "
                    + "where subscription_id = ? and lease_owner = ?")) {
                ps.setLong(1, lastSeq);
                ps.setInt(2, failures);
                setTime(ps, 3, firstFailure);
                setTime(ps, 4, stillActive && pause == null ? next : null);
                ps.setLong(5, id);
                ps.setString(6, leaseOwner);
                mine = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_delivery (subscription_id, event_seq, "
                    + "event_type, attempt, attempted_at, outcome, http_status, error, duration_ms, next_attempt_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Attempt a : attempts) {
                    ps.setLong(1, id);
                    ps.setLong(2, a.seq());
                    ps.setString(3, a.type());
                    ps.setInt(4, a.attempt());
                    setTime(ps, 5, a.at());
                    ps.setString(6, a.ok() ? "SUCCEEDED" : "FAILED");
                    if (a.status() == null) {
                        ps.setNull(7, Types.INTEGER);
                    } else {
                        ps.setInt(7, a.status());
                    }
                    ps.setString(8, a.error());
                    ps.setInt(9, a.durationMs());
                    setTime(ps, 10, a.next());
                    ps.addBatch();
                }
                if (!attempts.isEmpty()) {
                    ps.executeBatch();
                }
            }
            if (mine == 0) {
                LOG.infof("webhook %d: the claim was taken back (replay or expiry); progress not written", id);
                return;
            }
            
            if (paused) {
                try (PreparedStatement ps = c.prepareStatement("update webhook_subscription set active = false, "
                        + "paused_reason = ?, version = version + 1, updated_at = ? where id = ?")) {
                    ps.setString(1, truncate(pause));
                    // written past Hibernate, so the record's timestamp is set here (RecordTimestamps does it for entities)
                    ps.setObject(2, now().withOffsetSameInstant(java.time.ZoneOffset.UTC));
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write webhook progress", e);
        }
        if (paused) {
            String title = t.description() == null ? t.url() : t.description() + " (" + t.url() + ")";
            for (AppUser admin : AppUser.<AppUser>list("role = ?1 and enabled = true", Roles.ADMIN)) {
                notices.fire(Notice.toUser(admin.id, PAUSED_KIND, title, "/webhooks",
                        "webhook-paused:" + id + ":" + firstFailure.toInstant().getEpochSecond()));
            }
            LOG.warnf("webhook %d paused: %s", id, pause);
        }
    }

    private static void setTime(PreparedStatement ps, int i, OffsetDateTime t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, t.withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    private HttpRequest request(Target t, long seq, String body, OffsetDateTime at) {
        long ts = at.toEpochSecond();
        return HttpRequest.newBuilder(URI.create(t.url())).timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "kyodo-webhooks/1")
                .header("Kyodo-Event-Id", Cursor.of(seq))
                .header("Kyodo-Timestamp", Long.toString(ts))
                .header("Kyodo-Signature", WebhookSignature.header(t.secret(), ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String body(long seq, String type, long recordId, String action, OffsetDateTime occurredAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Cursor.of(seq));
        m.put("type", type);
        m.put("recordId", recordId);
        m.put("action", action);
        m.put("occurredAt", occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toString());
        try {
            return mapper.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            c = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            client = c;
        }
        return c;
    }

    private OffsetDateTime now() {
        // to the millisecond: what the database stores, so a time read back compares equal to the one computed
        return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

}
