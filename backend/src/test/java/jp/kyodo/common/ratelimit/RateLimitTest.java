package jp.kyodo.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodo.common.housekeeping.Housekeeping;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every API answer says the caller's budget and what is left of it; over the budget the API answers 429 and changes
 * nothing; each account and each client address has a budget of its own; a new window gives a full budget; the count
 * lives in the database. Small budgets (a test profile) and a stopped clock: each test counts in windows of its own,
 * an hour and more ahead of the real time, so setting up (creating a user, signing in) never spends a budget a test
 * measures.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    static final int SIGNED_IN = 6;
    static final int ANONYMOUS = 4;
    static final int TRANSFER = 2;
    static final int WINDOW = 60;

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kyodo.rate-limit.signed-in", Integer.toString(SIGNED_IN),
                    "kyodo.rate-limit.anonymous", Integer.toString(ANONYMOUS),
                    "kyodo.rate-limit.transfer", Integer.toString(TRANSFER),
                    "kyodo.rate-limit.window-seconds", Integer.toString(WINDOW));
        }
    }

    /** Windows handed to tests, one after the other, starting an hour ahead (sessions last ten hours). */
    private static final AtomicLong NEXT_WINDOW = new AtomicLong();

    @Inject
    MovableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Housekeeping housekeeping;

    @Inject
    RateLimitCounters counters;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Stops the clock {@code second}s into a window no test has used. */
    Instant freshWindow(int second) {
        long now = Instant.now().getEpochSecond();
        long first = now - Math.floorMod(now, WINDOW) + 3600;
        Instant at = Instant.ofEpochSecond(first + NEXT_WINDOW.incrementAndGet() * WINDOW + second);
        clock.set(at);
        return at;
    }

    /** A fresh OFFICE user's session, made in a window of its own. */
    String freshOffice() {
        freshWindow(0);
        String username = Api.createUser(Api.OFFICE);
        return Api.signIn(username, Api.PASSWORD);
    }

    static String address(int n) {
        return "198.51.100." + n;
    }

    static Response getWards(String token) {
        return Api.as(token).get("/api/v1/wards");
    }

    @Test
    void every_answer_names_the_budget_and_counts_down() {
        String token = freshOffice();
        freshWindow(18);
        for (int i = 1; i <= 3; i++) {
            getWards(token).then().statusCode(200)
                    .header("RateLimit-Policy", is("\"signed-in\";q=" + SIGNED_IN + ";w=" + WINDOW))
                    .header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - i) + ";t=42"));
        }
        // errors are counted and carry the headers too
        Api.as(token).get("/api/v1/wards/999999999").then().statusCode(404)
                .header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 4) + ";t=42"));
        Api.as(token).get("/api/v1/no-such-thing").then().statusCode(404)
                .header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 5) + ";t=42"));
    }

    @Test
    void over_the_budget_the_answer_is_429_and_nothing_is_changed() {
        String token = freshOffice();
        freshWindow(50);
        for (int i = 0; i < SIGNED_IN; i++) {
            getWards(token).then().statusCode(200);
        }
        String code = Api.unique("RL").replace("-", "");
        Response refused = Api.as(token).body(Map.of("code", code, "name", "上限区" + code, "kana", "じょうげんく"))
                .post("/api/v1/wards");
        refused.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", is("10"))
                .header("RateLimit-Policy", is("\"signed-in\";q=" + SIGNED_IN + ";w=" + WINDOW))
                .header("RateLimit", is("\"signed-in\";r=0;t=10"))
                .body("type", is("https://kyodo.example.jp/problems/too-many-requests"))
                .body("status", is(429))
                .body("instance", is("/api/v1/wards"));
        // reads are refused as well while the window lasts
        getWards(token).then().statusCode(429).header("Retry-After", is("10"));

        freshWindow(0);
        List<String> codes = getWards(token).then().statusCode(200).extract().jsonPath().getList("items.code");
        assertTrue(codes.stream().noneMatch(code::equals), "the refused POST created the ward " + code);
    }

    @Test
    void each_account_and_each_address_has_a_budget_of_its_own() {
        String first = freshOffice();
        String second = freshOffice();
        freshWindow(30);
        for (int i = 0; i < SIGNED_IN; i++) {
            getWards(first).then().statusCode(200);
        }
        getWards(first).then().statusCode(429);
        getWards(second).then().statusCode(200).header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 1) + ";t=30"));

        // anonymous callers: per client address (behind the trusted local proxy)
        String anonymousPolicy = "\"anonymous\";q=" + ANONYMOUS + ";w=" + WINDOW;
        for (int i = 0; i < ANONYMOUS; i++) {
            given().header("X-Forwarded-For", address(7)).get("/api/v1/wards").then().statusCode(200)
                    .header("RateLimit-Policy", is(anonymousPolicy));
        }
        given().header("X-Forwarded-For", address(7)).get("/api/v1/wards").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", is("30"));
        given().header("X-Forwarded-For", address(8)).get("/api/v1/wards").then().statusCode(200)
                .header("RateLimit", is("\"anonymous\";r=" + (ANONYMOUS - 1) + ";t=30"));
        // the signed-in budget of an account is not the budget of the address it calls from
        given().header("X-Forwarded-For", address(7)).header("Authorization", "Bearer " + second)
                .get("/api/v1/wards").then().statusCode(200)
                .header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 2) + ";t=30"));
    }

    @Test
    void imports_and_exports_count_against_a_smaller_budget_of_their_own() {
        String token = freshOffice();
        freshWindow(0);
        for (int i = 1; i <= TRANSFER; i++) {
            Api.as(token).accept("text/csv").get("/api/v1/exports/districts").then().statusCode(200)
                    .header("RateLimit-Policy", is("\"transfer\";q=" + TRANSFER + ";w=" + WINDOW))
                    .header("RateLimit", is("\"transfer\";r=" + (TRANSFER - i) + ";t=60"));
        }
        Api.as(token).accept("text/csv").get("/api/v1/exports/districts").then().statusCode(429)
                .header("Retry-After", is("60"));
        // the caller's other requests are untouched
        getWards(token).then().statusCode(200).header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 1) + ";t=60"));
    }

    @Test
    void a_new_window_gives_the_full_budget_again() {
        String token = freshOffice();
        Instant at = freshWindow(59);
        for (int i = 0; i < SIGNED_IN; i++) {
            getWards(token).then().statusCode(200);
        }
        getWards(token).then().statusCode(429).header("Retry-After", is("1"))
                .header("RateLimit", is("\"signed-in\";r=0;t=1"));
        clock.set(at.plusSeconds(1));
        getWards(token).then().statusCode(200).header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 1) + ";t=60"));
    }

    /**
     * What this shows: the hits counted here reach the row in the database at the next sync, and hits counted
     * outside — here written with plain SQL, as a second instance's sync would — are seen by the request after it.
     * It does not start a second instance (scripts/reliability/two-instances.sh runs two behind a proxy).
     */
    @Test
    void the_budget_is_counted_in_the_database_that_every_instance_shares() throws Exception {
        String token = freshOffice();
        Instant at = freshWindow(20);
        long account = Api.userId(Api.as(token).get("/api/v1/me").then().statusCode(200)
                .extract().jsonPath().getString("username"));
        String bucket = "signed-in|account:" + account;
        long windowStart = at.getEpochSecond() - 20;
        counters.sync();
        assertEquals(1L, hits(bucket, windowStart));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update rate_limit_counter set hits = hits + 3 where bucket = ? and window_start = ?")) {
            s.setString(1, bucket);
            s.setLong(2, windowStart);
            assertEquals(1, s.executeUpdate());
        }
        // counted here at once; the other instance's 3 are not seen before the next sync
        getWards(token).then().statusCode(200).header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 2) + ";t=40"));
        counters.sync();
        assertEquals(5L, hits(bucket, windowStart));
        getWards(token).then().statusCode(200).header("RateLimit", is("\"signed-in\";r=" + (SIGNED_IN - 6) + ";t=40"));
        getWards(token).then().statusCode(429);
    }

    @Test
    void housekeeping_purges_the_windows_that_have_ended() throws Exception {
        String token = freshOffice();
        Instant at = freshWindow(5);
        getWards(token).then().statusCode(200);
        long account = Api.userId(Api.as(token).get("/api/v1/me").jsonPath().getString("username"));
        String bucket = "signed-in|account:" + account;
        long windowStart = at.getEpochSecond() - 5;
        counters.sync();
        clock.set(at.plusSeconds(WINDOW - 6));
        housekeeping.run();
        assertEquals(2L, hits(bucket, windowStart), "a window still running was purged");
        clock.set(at.plusSeconds(WINDOW - 5));
        housekeeping.run();
        assertNull(hitsOrNull(bucket, windowStart), "an ended window was kept");
    }

    @Test
    void the_single_page_app_is_not_counted() {
        freshWindow(0);
        given().get("/").then().statusCode(200).header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
    }

    private Long hits(String bucket, long windowStart) throws Exception {
        Long hits = hitsOrNull(bucket, windowStart);
        assertTrue(hits != null, "no counter for " + bucket);
        return hits;
    }

    private Long hitsOrNull(String bucket, long windowStart) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select hits from rate_limit_counter where bucket = ? and window_start = ?")) {
            s.setString(1, bucket);
            s.setLong(2, windowStart);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
