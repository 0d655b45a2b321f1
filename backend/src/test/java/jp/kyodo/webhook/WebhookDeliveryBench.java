package jp.kyodo.webhook;

import static jp.kyodo.testing.Api.adminToken;
import static jp.kyodo.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import jp.kyodo.webhook.service.WebhookDeliverer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test of speed: the time to deliver 10,000 events of the feed to a local receiver, printed.
 * Runs only when asked: {@code ./mvnw -B -q test -Dtest=WebhookDeliveryBench -Dwebhook.bench=true} (bench/webhooks.sh).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "webhook.bench", matches = "true")
class WebhookDeliveryBench {

    static final int EVENTS = 10_000;

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void deliver_ten_thousand_events_to_a_local_receiver() throws Exception {
        try (Receiver rx = new Receiver()) {
            as(adminToken()).body(Map.of("url", rx.url("/bench"), "active", true)).post("/api/v1/webhooks").then().statusCode(201);
            long[] firstSeq = new long[1];
            // 10,000 events straight into the outbox, numbered as the feed numbers them
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection()) {
                    long head;
                    try (PreparedStatement up = c.prepareStatement("update change_feed_head set last_seq = last_seq + ? where id = 1")) {
                        up.setLong(1, EVENTS);
                        up.executeUpdate();
                    }
                    try (ResultSet rs = c.prepareStatement("select last_seq from change_feed_head where id = 1").executeQuery()) {
                        rs.next();
                        head = rs.getLong(1) - EVENTS;
                    }
                    firstSeq[0] = head + 1;
                    try (PreparedStatement ins = c.prepareStatement("insert into change_event (seq, entity_type, entity_id, "
                            + "action, occurred_at) values (?, 'WARD', ?, 'UPDATE', ?)")) {
                        for (int i = 1; i <= EVENTS; i++) {
                            ins.setLong(1, head + i);
                            ins.setLong(2, i);
                            ins.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                            ins.addBatch();
                            if (i % 1000 == 0) {
                                ins.executeBatch();
                            }
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the feed: the same 10,000 events read through the API, 1,000 a page
            long readStart = System.nanoTime();
            String cursor = jp.kyodo.common.changes.Cursor.of(firstSeq[0] - 1);
            int read = 0;
            boolean more = true;
            while (more) {
                var page = as(adminToken()).queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes").then()
                        .statusCode(200).extract().jsonPath();
                read += page.getList("items").size();
                cursor = page.getString("next");
                more = page.getBoolean("hasMore");
            }
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            assertEquals(EVENTS, read);
            System.out.printf("%nFEED BENCH (%s): %d events read through GET /api/v1/changes (limit 1000) in %.2f s%n%n", dbKind,
                    read, readSeconds);
            long start = System.nanoTime();
            int attempts = 0;
            int runs = 0;
            while (rx.at("/bench").size() < EVENTS && runs < 1000) {
                attempts += deliverer.deliverDue();
                runs++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Receiver.Received> got = rx.at("/bench");
            assertEquals(EVENTS, got.size());
            assertEquals(EVENTS, new HashSet<>(got.stream().map(r -> r.header("Kyodo-Event-Id")).toList()).size());
            System.out.printf("%nWEBHOOK BENCH (%s): %d events delivered in %.2f s (%.0f events/s), %d attempts, %d runs of "
                    + "the deliverer, one instance, one subscription, receiver on 127.0.0.1%n%n", dbKind, EVENTS, seconds,
                    EVENTS / seconds, attempts, runs);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook_subscription").executeUpdate());
        }
    }
}
