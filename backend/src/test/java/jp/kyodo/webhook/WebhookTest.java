package jp.kyodo.webhook;

import static jp.kyodo.testing.Api.adminToken;
import static jp.kyodo.testing.Api.anonymous;
import static jp.kyodo.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.MovableClock;
import jp.kyodo.webhook.service.WebhookDeliverer;
import jp.kyodo.webhook.service.WebhookDeliveryPurge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookDeliveryPurge purge;

    @AfterEach
    void cleanUp() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook_subscription").executeUpdate());
    }

    static JsonPath create(String url, Object... more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "eventTypes", List.of("WARD"), "active", true,
                "description", "テスト受信"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return as(adminToken()).body(body).post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath get(long id) {
        return as(adminToken()).get("/api/v1/webhooks/" + id).then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> log(long id) {
        return as(adminToken()).queryParam("size", 200).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** What a receiver does: recompute the HMAC over "t.body" with the secret and compare. */
    static boolean verifies(Receiver.Received r, String secret) throws Exception {
        String sig = r.header("Kyodo-Signature");
        String t = sig.substring(2, sig.indexOf(','));
        String v1 = sig.substring(sig.indexOf(",v1=") + 4);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(v1) && t.equals(r.header("Kyodo-Timestamp"));
    }

    List<String> ids(List<Receiver.Received> rs) {
        return rs.stream().map(r -> r.header("Kyodo-Event-Id")).toList();
    }

    @Test
    void deliveries_are_signed_verifiable_with_the_secret_and_arrive_in_feed_order() throws Exception {
        try (Receiver rx = new Receiver()) {
            JsonPath created = create(rx.url("/a"));
            String secret = created.getString("secret");
            long id = created.getLong("webhook.id");
            assertTrue(secret.startsWith("whsec_"));
            // the secret is shown only on create: never on read or list
            assertFalse(as(adminToken()).get("/api/v1/webhooks/" + id).asString().contains(secret));
            assertFalse(as(adminToken()).get("/api/v1/webhooks").asString().contains(secret));

            long w1 = Api.createWard();
            long w2 = Api.createWard();
            long w3 = Api.createWard();
            assertEquals(3, deliverer.deliverDue());
            List<Receiver.Received> got = rx.at("/a");
            assertEquals(3, got.size());
            List<Long> records = new ArrayList<>();
            String previous = "";
            for (Receiver.Received r : got) {
                assertTrue(verifies(r, secret), "signature of " + r.body());
                assertFalse(verifies(r, secret + "x"));
                Map<?, ?> body = mapper.readValue(r.body(), Map.class);
                assertEquals(r.header("Kyodo-Event-Id"), body.get("id"));
                assertEquals("WARD", body.get("type"));
                assertEquals("CREATE", body.get("action"));
                assertNotNull(body.get("occurredAt"));
                records.add(((Number) body.get("recordId")).longValue());
                String cursor = (String) body.get("id");
                assertTrue(previous.isEmpty() || Long.parseLong(cursor.substring(1), 36) > Long.parseLong(previous.substring(1), 36));
                previous = cursor;
                assertEquals("application/json", r.header("Content-Type"));
            }
            assertEquals(List.of(w1, w2, w3), records);
            // nothing new: nothing sent
            assertEquals(0, deliverer.deliverDue());
            assertEquals(previous, get(id).getString("deliveredThrough"));
            List<Map<String, Object>> log = log(id);
            assertEquals(3, log.size());
            assertTrue(log.stream().allMatch(d -> "SUCCEEDED".equals(d.get("outcome")) && Integer.valueOf(200).equals(d.get("httpStatus"))));

            // rotate: the old secret no longer verifies
            String etag = as(adminToken()).get("/api/v1/webhooks/" + id).then().extract().header("ETag");
            String rotated = as(adminToken()).header("If-Match", etag).post("/api/v1/webhooks/" + id + "/secret").then()
                    .statusCode(200).extract().jsonPath().getString("secret");
            Api.createWard();
            assertEquals(1, deliverer.deliverDue());
            Receiver.Received last = rx.at("/a").get(3);
            assertTrue(verifies(last, rotated));
            assertFalse(verifies(last, secret));
        }
    }

    @Test
    void a_failing_event_is_retried_with_backoff_and_holds_back_the_later_ones() throws Exception {
        try (Receiver rx = new Receiver()) {
            rx.status = () -> 500;
            long id = create(rx.url("/b")).getLong("webhook.id");
            Api.createWard();
            Api.createWard();
            Instant t0 = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            clock.set(t0);
            assertEquals(1, deliverer.deliverDue()); // the first event fails; the second waits behind it
            clock.set(t0.plusSeconds(29));
            assertEquals(0, deliverer.deliverDue()); // not due before 30 s
            clock.set(t0.plusSeconds(30));
            assertEquals(1, deliverer.deliverDue()); // retry 1 fails: next in 2 min
            clock.set(t0.plusSeconds(30 + 119));
            assertEquals(0, deliverer.deliverDue());
            rx.status = () -> 200;
            clock.set(t0.plusSeconds(30 + 120));
            assertEquals(2, deliverer.deliverDue()); // retry 2 succeeds, then the second event
            clock.reset();

            List<Receiver.Received> got = rx.at("/b");
            assertEquals(4, got.size());
            List<String> events = ids(got);
            assertEquals(events.get(0), events.get(1));
            assertEquals(events.get(0), events.get(2));
            assertTrue(!events.get(3).equals(events.get(0)));
            List<Map<String, Object>> log = log(id); // newest first
            assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "FAILED", "FAILED"), log.stream().map(d -> d.get("outcome")).toList());
            assertEquals(List.of(1, 3, 2, 1), log.stream().map(d -> d.get("attempt")).toList());
            assertEquals(500, log.get(3).get("httpStatus"));
            assertEquals("HTTP 500", log.get(3).get("error"));
            assertEquals(Instant.parse((String) log.get(3).get("attemptedAt")).plusSeconds(30),
                    Instant.parse((String) log.get(3).get("nextAttemptAt")));
            assertEquals(Instant.parse((String) log.get(2).get("attemptedAt")).plus(Duration.ofMinutes(2)),
                    Instant.parse((String) log.get(2).get("nextAttemptAt")));
            assertEquals(0, get(id).getInt("failures"));
        }
    }

    @Test
    void a_subscription_that_keeps_failing_is_paused_and_the_admins_are_told() throws Exception {
        try (Receiver rx = new Receiver()) {
            rx.status = () -> 503;
            JsonPath created = create(rx.url("/c"), "description", "落ちている受信先");
            long id = created.getLong("webhook.id");
            long unreadBefore = as(adminToken()).get("/api/v1/me/notifications/unread-count").then().statusCode(200)
                    .extract().jsonPath().getLong("unread");
            Api.createWard();
            Instant t = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            int attempts = 0;
            // 30 s, 2 min, 10 min, 1 h, 6 h, 6 h …: failing for 24 h pauses it (at the 9th attempt, 25 h 12 min 30 s in)
            List<Long> waits = List.of(0L, 30L, 120L, 600L, 3600L, 21600L, 21600L, 21600L, 21600L, 21600L);
            for (long w : waits) {
                t = t.plusSeconds(w);
                clock.set(t);
                attempts += deliverer.deliverDue();
            }
            assertEquals(0, deliverer.deliverDue());
            clock.reset();
            assertEquals(9, attempts);
            JsonPath paused = get(id);
            assertEquals("PAUSED", paused.getString("status"));
            assertFalse(paused.getBoolean("active"));
            assertTrue(paused.getString("pausedReason").startsWith("9 consecutive failures"), paused.getString("pausedReason"));
            assertEquals(null, (Object) paused.get("nextAttemptAt"));
            as(adminToken()).get("/api/v1/me/notifications").then().statusCode(200)
                    .body("items.find { it.kind == 'WEBHOOK_PAUSED' }.title", containsString("落ちている受信先"));
            assertTrue(as(adminToken()).get("/api/v1/me/notifications/unread-count").then().extract().jsonPath()
                    .getLong("unread") > unreadBefore);

            // resumed by the admin: the held-back event goes out
            rx.status = () -> 200;
            as(adminToken()).header("If-Match", "\"" + paused.getLong("version") + "\"")
                    .body(Map.of("url", rx.url("/c"), "eventTypes", List.of("WARD"), "active", true))
                    .put("/api/v1/webhooks/" + id).then().statusCode(200).body("status", is("ACTIVE"));
            assertEquals(1, deliverer.deliverDue());
            assertEquals(10, rx.at("/c").size());
            assertEquals(0, get(id).getInt("failures"));
        }
    }

    @Test
    void replay_from_a_cursor_or_of_a_delivery_sends_the_events_again_in_order() throws Exception {
        try (Receiver rx = new Receiver()) {
            long id = create(rx.url("/d")).getLong("webhook.id");
            Api.createWard();
            Api.createWard();
            Api.createWard();
            assertEquals(3, deliverer.deliverDue());
            List<String> first = ids(rx.at("/d"));

            as(adminToken()).body(Map.of("after", first.get(0))).post("/api/v1/webhooks/" + id + "/replay").then()
                    .statusCode(200).body("deliveredThrough", is(first.get(0)));
            assertEquals(2, deliverer.deliverDue());
            assertEquals(List.of(first.get(1), first.get(2)), ids(rx.at("/d")).subList(3, 5));

            long firstDelivery = ((Number) log(id).get(4).get("id")).longValue();
            as(adminToken()).post("/api/v1/webhooks/" + id + "/deliveries/" + firstDelivery + "/replay").then().statusCode(200);
            assertEquals(3, deliverer.deliverDue());
            assertEquals(first, ids(rx.at("/d")).subList(5, 8));

            as(adminToken()).body(Map.of("after", "zz")).post("/api/v1/webhooks/" + id + "/replay").then().statusCode(400)
                    .body("errors[0].field", is("after"));
            as(adminToken()).post("/api/v1/webhooks/" + id + "/deliveries/999999999/replay").then().statusCode(404);
        }
    }

    @Test
    void two_instances_claiming_at_once_never_deliver_the_same_event_twice() throws Exception {
        try (Receiver rx = new Receiver()) {
            int subscriptions = 6;
            for (int i = 0; i < subscriptions; i++) {
                create(rx.url("/e" + i));
            }
            for (int i = 0; i < 5; i++) {
                Api.createWard();
            }
            // the claim itself, from two transactions at once: disjoint
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<List<Long>> a = CompletableFuture.supplyAsync(() -> { await(start); return deliverer.claim("test-a", 10); });
            CompletableFuture<List<Long>> b = CompletableFuture.supplyAsync(() -> { await(start); return deliverer.claim("test-b", 10); });
            Set<Long> both = new HashSet<>(a.get());
            both.retainAll(b.get());
            assertTrue(both.isEmpty(), "claimed twice: " + both);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update webhook_cursor set lease_owner = null, lease_until = null").executeUpdate());

            // whole runs of two instances, racing until nothing is left
            for (int round = 0; round < 5; round++) {
                CyclicBarrier go = new CyclicBarrier(2);
                CompletableFuture<Integer> x = CompletableFuture.supplyAsync(() -> { await(go); return deliverer.deliverDue("test-x"); });
                CompletableFuture<Integer> y = CompletableFuture.supplyAsync(() -> { await(go); return deliverer.deliverDue("test-y"); });
                x.get();
                y.get();
            }
            for (int i = 0; i < subscriptions; i++) {
                List<String> got = ids(rx.at("/e" + i));
                assertEquals(5, got.size(), "subscription " + i + ": " + got);
                assertEquals(5, new HashSet<>(got).size(), "delivered twice: " + got);
            }
        }
    }

    @Test
    void a_redirect_is_a_failure_never_followed_and_old_log_entries_are_purged() throws Exception {
        try (Receiver rx = new Receiver()) {
            rx.status = () -> 302;
            rx.location = rx.url("/elsewhere");
            long id = create(rx.url("/f")).getLong("webhook.id");
            Api.createWard();
            assertEquals(1, deliverer.deliverDue());
            assertEquals(0, rx.at("/elsewhere").size());
            Map<String, Object> attempt = log(id).get(0);
            assertEquals("FAILED", attempt.get("outcome"));
            assertEquals(302, attempt.get("httpStatus"));
            assertEquals(1, get(id).getInt("failures"));

            // the log keeps 30 days (kyodo.webhooks.log-days)
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> purge.purge(java.time.OffsetDateTime.now().plusDays(29))));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> purge.purge(java.time.OffsetDateTime.now().plusDays(31))) >= 1);
            assertEquals(0, log(id).size());
        }
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void only_an_admin_may_manage_webhooks() throws Exception {
        Map<String, Object> body = Map.of("url", "https://example.jp/hook", "active", true);
        for (String role : List.of(Api.OFFICE, Api.DEPARTMENT, Api.COMMITTEE)) {
            as(Api.token(role)).get("/api/v1/webhooks").then().statusCode(403);
            as(Api.token(role)).body(body).post("/api/v1/webhooks").then().statusCode(403);
        }
        anonymous().get("/api/v1/webhooks").then().statusCode(401);
        anonymous().body(body).post("/api/v1/webhooks").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_edits_need_the_version() {
        for (String url : List.of("http://example.jp/hook", "ftp://127.0.0.1/x", "not a url", "https://user:pw@example.jp/h",
                "/relative", "http://127.0.0.1.example.jp/h")) {
            as(adminToken()).body(Map.of("url", url, "active", true)).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", is("url"));
        }
        as(adminToken()).body(Map.of("url", "https://example.jp/h")).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", is("active"));
        as(adminToken()).body(Map.of("url", "https://example.jp/h", "active", true, "eventTypes", List.of("NOPE")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", startsWith("eventTypes"));
        // http is fine for this machine
        for (String url : List.of("http://localhost:9/x", "http://127.0.0.1:9/x", "http://[::1]:9/x")) {
            as(adminToken()).body(Map.of("url", url, "active", false)).post("/api/v1/webhooks").then().statusCode(201);
        }

        // Idempotency-Key: the same answer, created once
        Map<String, Object> body = Map.of("url", "https://example.jp/idem", "active", true);
        JsonPath one = as(adminToken()).header("Idempotency-Key", Api.unique("k")).body(body).post("/api/v1/webhooks").then()
                .statusCode(201).extract().jsonPath();
        String key = Api.unique("k");
        long first = as(adminToken()).header("Idempotency-Key", key).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("webhook.id");
        as(adminToken()).header("Idempotency-Key", key).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("webhook.id", is((int) first));
        long id = one.getLong("webhook.id");
        as(adminToken()).body(body).put("/api/v1/webhooks/" + id).then().statusCode(428);
        as(adminToken()).header("If-Match", "\"7\"").body(body).put("/api/v1/webhooks/" + id).then().statusCode(412);
        as(adminToken()).header("If-Match", "\"0\"").body(Map.of("url", "https://example.jp/idem", "active", false,
                "description", "止めた")).put("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", org.hamcrest.Matchers.startsWith("\"1-"))
                .body("status", is("PAUSED"));
        as(adminToken()).post("/api/v1/webhooks/" + id + "/secret").then().statusCode(428);
        as(adminToken()).delete("/api/v1/webhooks/" + id).then().statusCode(428);
        as(adminToken()).header("If-Match", "\"1\"").delete("/api/v1/webhooks/" + id).then().statusCode(204);
        as(adminToken()).get("/api/v1/webhooks/" + id).then().statusCode(404);
    }
}
