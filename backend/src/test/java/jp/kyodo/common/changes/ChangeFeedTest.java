package jp.kyodo.common.changes;

import static jp.kyodo.testing.Api.adminToken;
import static jp.kyodo.testing.Api.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.kyodo.common.security.Roles;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeFeed feed;

    @Inject
    TransactionSynchronizationRegistry registry;

    /** The cursor after everything committed so far. */
    static String head() {
        String cursor = "";
        while (true) {
            JsonPath page = as(adminToken()).queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    static JsonPath after(String cursor, Object... query) {
        var s = as(adminToken()).queryParam("after", cursor);
        for (int i = 0; i < query.length; i += 2) {
            s = s.queryParam((String) query[i], query[i + 1]);
        }
        return s.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void creates_updates_and_deletes_come_in_order_with_a_tombstone_and_pages_continue_from_the_cursor() {
        String start = head();
        Api.Town town = Api.town("変更", "へんこう");
        long assoc = town.associationIds().get(0);
        as(adminToken()).header("If-Match", "\"0\"").body(Map.of("code", "X" + town.wardId(), "name", "変更後区" + town.wardId(),
                "kana", "へんこうごく")).put("/api/v1/wards/" + town.wardId()).then().statusCode(200);
        String etag = as(adminToken()).get("/api/v1/organizations/" + assoc + "/membership-figures/2024").then().statusCode(200)
                .extract().header("ETag");
        as(adminToken()).header("If-Match", etag).delete("/api/v1/organizations/" + assoc + "/membership-figures/2024")
                .then().statusCode(204);

        JsonPath all = after(start, "limit", 1000);
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> c : all.<Map<String, Object>>getList("items")) {
            seen.add(c.get("type") + "#" + c.get("id") + ":" + c.get("action"));
        }
        // the ward: created, then updated, in that order
        assertTrue(seen.indexOf("WARD#" + town.wardId() + ":CREATE") < seen.indexOf("WARD#" + town.wardId() + ":UPDATE"), seen.toString());
        assertTrue(seen.contains("DISTRICT#" + town.districtId() + ":CREATE"), seen.toString());
        assertTrue(seen.contains("ORGANIZATION#" + town.councilId() + ":CREATE"), seen.toString());
        // the deleted figure leaves a tombstone, last
        assertTrue(seen.get(seen.size() - 1).startsWith("MEMBERSHIP_FIGURE#") && seen.get(seen.size() - 1).endsWith(":DELETE"), seen.toString());
        assertFalse(all.getBoolean("hasMore"));

        // page by page with limit 2: the same events, nothing repeated or skipped
        List<String> paged = new ArrayList<>();
        String cursor = start;
        boolean more = true;
        while (more) {
            JsonPath page = after(cursor, "limit", 2);
            for (Map<String, Object> c : page.<Map<String, Object>>getList("items")) {
                paged.add(c.get("type") + "#" + c.get("id") + ":" + c.get("action"));
            }
            assertTrue(page.getList("items").size() <= 2);
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        assertEquals(seen, paged);
        // nothing new: the same cursor back
        JsonPath none = after(cursor);
        assertEquals(0, none.getList("items").size());
        assertEquals(cursor, none.getString("next"));

        // only some kinds of record
        JsonPath wards = after(start, "types", "WARD", "limit", 1000);
        assertTrue(wards.<String>getList("items.type").stream().allMatch("WARD"::equals));
        assertTrue(wards.<Integer>getList("items.id").contains((int) town.wardId()));
        JsonPath two = as(adminToken()).queryParam("after", start).queryParam("types", "WARD").queryParam("types", "MEMBERSHIP_FIGURE")
                .get("/api/v1/changes").then().statusCode(200).body("items.type", hasItem("MEMBERSHIP_FIGURE")).extract().jsonPath();
        assertTrue(two.<String>getList("items.type").stream().allMatch(t -> t.equals("WARD") || t.equals("MEMBERSHIP_FIGURE")));
    }

    @Test
    void a_figure_that_moves_a_join_rate_reports_the_district_once_per_transaction_and_an_unchanged_one_nothing() {
        Api.Town town = Api.town("加入率変更", "かにゅうりつへんこう");
        long assoc = town.associationIds().get(0);
        String start = head();
        Api.putFigures(adminToken(), assoc, 2030, 200, 150, null).then().statusCode(201);
        List<String> seen = events(after(start, "limit", 1000));
        // the figure, and the district's join rate it moved: one event each
        assertTrue(seen.contains("JOIN_RATE#" + town.districtId() + ":UPDATE"), seen.toString());
        assertEquals(1, seen.stream().filter(e -> e.startsWith("JOIN_RATE#")).count(), seen.toString());
        assertEquals(1, seen.stream().filter(e -> e.startsWith("MEMBERSHIP_FIGURE#") && e.endsWith(":CREATE")).count(), seen.toString());

        // the same figures again: nothing changed, nothing reported
        String etag = as(adminToken()).get("/api/v1/organizations/" + assoc + "/membership-figures/2030").then()
                .statusCode(200).extract().header("ETag");
        String before = head();
        Api.putFigures(adminToken(), assoc, 2030, 200, 150, etag).then().statusCode(200);
        assertEquals(List.of(), events(after(before, "limit", 1000)));

        // only the derived kind, as a system that mirrors join rates asks for it
        JsonPath rates = after(start, "types", "JOIN_RATE", "limit", 1000);
        assertEquals(List.of("JOIN_RATE#" + town.districtId() + ":UPDATE"), events(rates));
    }

    private static List<String> events(JsonPath page) {
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> c : page.<Map<String, Object>>getList("items")) {
            seen.add(c.get("type") + "#" + c.get("id") + ":" + c.get("action"));
        }
        return seen;
    }

    @Test
    void a_rolled_back_change_leaves_no_event() {
        String start = head();
        assertThrowsRuntime(() -> QuarkusTransaction.requiringNew().run(() -> {
            feed.record("Ward", 999_999, "UPDATE");
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(0, after(start).getList("items").size());
    }

    /**
     * A transaction that took its numbers but has not committed yet holds back every later one: a reader never sees
     * the later event first (which would move its cursor past the earlier one for good).
     */
    @Test
    void a_later_transaction_waits_for_an_earlier_numbered_one_so_readers_never_skip() throws Exception {
        String start = head();
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            feed.record("Ward", 900_001, "UPDATE");
            // registered after the feed's: runs once the event is numbered, just before the commit
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    numbered.countDown();
                    try {
                        mayCommit.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }));
        assertTrue(numbered.await(5, TimeUnit.SECONDS));
        CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(
                () -> feed.record("Ward", 900_002, "UPDATE")));
        Thread.sleep(300);
        // the fast one cannot commit before the slow one, and a reader sees neither yet
        assertFalse(fast.isDone());
        assertEquals(0, after(start, "types", "WARD").getList("items").size());
        mayCommit.countDown();
        slow.get(5, TimeUnit.SECONDS);
        fast.get(5, TimeUnit.SECONDS);
        JsonPath both = after(start, "types", "WARD");
        assertEquals(List.of(900_001, 900_002), both.<Integer>getList("items.id"));
    }

    @Test
    void bad_cursors_types_and_limits_are_400s_naming_the_parameter_and_only_the_office_reads_the_feed() {
        as(adminToken()).queryParam("after", "12").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", is("after"));
        as(adminToken()).queryParam("types", "WARDS").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", is("types"));
        as(adminToken()).queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400);
        as(adminToken()).queryParam("limit", 1001).get("/api/v1/changes").then().statusCode(400);
        as(Api.token(Roles.OFFICE)).get("/api/v1/changes").then().statusCode(200);
        as(Api.token(Roles.LIAISON)).get("/api/v1/changes").then().statusCode(403);
        as(Api.token(Roles.DEPARTMENT)).get("/api/v1/changes").then().statusCode(403);
        Api.anonymous().get("/api/v1/changes").then().statusCode(401);
    }

    private static void assertThrowsRuntime(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException expected) {
            return;
        }
        throw new AssertionError("expected the transaction to fail");
    }
}
