package jp.kyodo.common;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Records carry createdAt/updatedAt from the application's clock; lists that other systems sync filter by
 * {@code updatedSince} and walk by the {@code after} cursor in (updatedAt, id) order without skipping a row that is
 * added or changed between pages.
 *
 * <p>The clock is stopped a little ahead of the real time, so the rows this test writes are the only ones at or after
 * its {@code updatedSince}; every method uses its own instant.
 */
@QuarkusTest
class SyncListTest {

    /** Ahead of anything the other tests write with the real clock, well within a session's lifetime. */
    static final Instant BASE = Instant.now().plus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant at(JsonPath json, String field) {
        return OffsetDateTime.parse(json.getString(field)).toInstant();
    }

    static long createWard(String name) {
        String code = Api.unique("S").replace("-", "");
        return Api.as(Api.adminToken()).body(Map.of("code", code, "name", name, "kana", "しんくく"))
                .post("/api/v1/wards").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath rename(long wardId, String name) {
        var get = Api.as(Api.adminToken()).get("/api/v1/wards/" + wardId);
        JsonPath w = get.jsonPath();
        return Api.as(Api.adminToken()).header("If-Match", get.header("ETag"))
                .body(Map.of("code", w.getString("code"), "name", name, "kana", w.getString("kana")))
                .put("/api/v1/wards/" + wardId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_record_is_stamped_on_create_moved_on_change_and_left_alone_by_an_unchanged_or_refused_put() {
        Instant t0 = BASE;
        clock.set(t0);
        long id = createWard("時刻区");
        JsonPath created = Api.as(Api.adminToken()).get("/api/v1/wards/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(t0, at(created, "createdAt"));
        assertEquals(t0, at(created, "updatedAt"));

        clock.set(t0.plusSeconds(60));
        var get = Api.as(Api.adminToken()).get("/api/v1/wards/" + id);
        Map<String, Object> same = Map.of("code", created.getString("code"), "name", "時刻区", "kana", "しんくく");
        JsonPath unchanged = Api.as(Api.adminToken()).header("If-Match", get.header("ETag")).body(same)
                .put("/api/v1/wards/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(t0, at(unchanged, "updatedAt"), "an unchanged PUT keeps updatedAt");

        Map<String, Object> changed = Map.of("code", created.getString("code"), "name", "時刻区二", "kana", "しんくく");
        Api.as(Api.adminToken()).header("If-Match", "\"" + (created.getLong("version") + 5) + "\"").body(changed)
                .put("/api/v1/wards/" + id).then().statusCode(412);
        assertEquals(t0, at(Api.as(Api.adminToken()).get("/api/v1/wards/" + id).jsonPath(), "updatedAt"),
                "a refused PUT keeps updatedAt");

        JsonPath renamed = rename(id, "時刻区二");
        assertEquals(t0.plusSeconds(60), at(renamed, "updatedAt"));
        assertEquals(t0, at(renamed, "createdAt"), "createdAt never moves");
        // the clock stands still: a second change still moves updatedAt forward, so a syncing client meets it again
        JsonPath again = rename(id, "時刻区三");
        assertEquals(t0.plusSeconds(60).plus(1, ChronoUnit.MICROS), at(again, "updatedAt"));
        assertEquals(again.getString("updatedAt"),
                Api.as(Api.adminToken()).get("/api/v1/wards/" + id).jsonPath().getString("updatedAt"),
                "what the write answered is what a read answers");
    }

    @Test
    void updated_since_lists_only_the_records_changed_at_or_after_it() {
        Instant t = BASE.plus(10, ChronoUnit.MINUTES);
        clock.set(t);
        long early = createWard("前区");
        clock.set(t.plusSeconds(1));
        long onTheDot = createWard("丁度区");
        clock.set(t.plusSeconds(2));
        long later = createWard("後区");

        OffsetDateTime since = t.plusSeconds(1).atOffset(ZoneOffset.ofHours(9)); // the same instant written in JST
        JsonPath page = Api.as(Api.adminToken()).queryParam("updatedSince", since.toString()).queryParam("size", 200)
                .get("/api/v1/wards").then().statusCode(200).extract().jsonPath();
        List<Long> ids = page.getList("items.id", Long.class);
        assertTrue(ids.contains(onTheDot), "inclusive: " + ids);
        assertTrue(ids.contains(later), ids.toString());
        assertTrue(!ids.contains(early), ids.toString());
        assertTrue(ids.indexOf(onTheDot) < ids.indexOf(later), "ordered by updatedAt: " + ids);
        for (Object u : page.getList("items.updatedAt")) {
            assertTrue(!OffsetDateTime.parse((String) u).toInstant().isBefore(since.toInstant()), u.toString());
        }
        assertNull(page.getString("nextCursor"), "the one page is the last");

        // a change makes an older record match again
        clock.set(t.plusSeconds(3));
        rename(early, "前区改");
        List<Long> after = Api.as(Api.adminToken()).queryParam("updatedSince", since.toString()).queryParam("size", 200)
                .get("/api/v1/wards").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertTrue(after.contains(early), after.toString());
    }

    /** Walks a list page by page with the cursor, returning each row's id and name as seen, in order. */
    static List<Map.Entry<Long, String>> walkStep(String path, Map<String, Object> query, List<Map.Entry<Long, String>> seen) {
        JsonPath page = Api.as(Api.adminToken()).queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
        List<Long> ids = page.getList("items.id", Long.class);
        List<String> names = page.getList("items.name", String.class);
        for (int i = 0; i < ids.size(); i++) {
            seen.add(Map.entry(ids.get(i), names.get(i)));
        }
        query.clear();
        String next = page.getString("nextCursor");
        if (next != null) {
            query.put("after", next);
        }
        return seen;
    }

    @Test
    void a_cursor_walk_skips_no_row_while_rows_are_added_and_changed_between_pages() {
        Instant t = BASE.plus(20, ChronoUnit.MINUTES);
        clock.set(t); // stopped: every row created now has the same updatedAt, the id breaks the tie
        List<Long> wards = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            wards.add(createWard("巡回区" + i));
        }
        List<Map.Entry<Long, String>> seen = new ArrayList<>();
        Map<String, Object> query = new LinkedHashMap<>(Map.of("updatedSince", t.toString(), "size", 3));

        walkStep("/api/v1/wards", query, seen);
        assertEquals(wards.subList(0, 3), seen.stream().map(Map.Entry::getKey).toList());
        assertNotNull(query.get("after"), "a cursor for the next page");
        // between pages: a new ward, a change of one already read and of one not yet read
        long added = createWard("追加区");
        rename(wards.get(0), "巡回区0改");
        rename(wards.get(5), "巡回区5改");
        int steps = 1;
        while (query.containsKey("after")) {
            query.put("size", 3);
            walkStep("/api/v1/wards", query, seen);
            assertTrue(++steps < 20, "the walk ends");
            if (steps == 2) {
                // another ward changes in the middle of the walk
                rename(wards.get(3), "巡回区3改");
            }
        }
        List<Long> order = seen.stream().map(Map.Entry::getKey).toList();
        for (long w : wards) {
            assertTrue(order.contains(w), "ward " + w + " not skipped: " + order);
        }
        assertTrue(order.contains(added), "the ward added meanwhile is read: " + order);
        // every change made during the walk is read in its latest state, after the rows read before it
        assertTrue(seen.contains(Map.entry(wards.get(0), "巡回区0改")), seen.toString());
        assertTrue(seen.contains(Map.entry(wards.get(5), "巡回区5改")), seen.toString());
        assertTrue(seen.contains(Map.entry(wards.get(3), "巡回区3改")), seen.toString());
        assertEquals(1, order.stream().filter(x -> x == (long) wards.get(5)).count(), "ward 5 was read once, changed");

        // a list paged by number has no cursor
        JsonPath numbered = Api.as(Api.adminToken()).queryParam("size", 2).get("/api/v1/wards").then().statusCode(200)
                .extract().jsonPath();
        assertNull(numbered.get("nextCursor"));
    }

    @Test
    void districts_organizations_and_officers_walk_by_cursor_too() {
        Instant t = BASE.plus(30, ChronoUnit.MINUTES);
        clock.set(t);
        long ward = Api.createWard();
        List<Long> districts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.set(t.plusSeconds(i));
            districts.add(Api.createDistrict(ward, "同期校区" + i, "どうきこうく"));
        }
        List<Long> orgs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orgs.add(Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", districts.get(0), null, "同期町内会" + i, "どうきちょうないかい"));
        }
        for (String path : List.of("/api/v1/districts", "/api/v1/organizations")) {
            List<Long> expected = path.endsWith("districts") ? districts : orgs;
            List<Map.Entry<Long, String>> seen = new ArrayList<>();
            Map<String, Object> query = new LinkedHashMap<>(Map.of("updatedSince", t.toString(), "size", 2));
            walkStep(path, query, seen);
            while (query.containsKey("after")) {
                query.put("size", 2);
                walkStep(path, query, seen);
            }
            List<Long> order = seen.stream().map(Map.Entry::getKey).filter(expected::contains).toList();
            assertEquals(expected, order, path + ": every row once, in (updatedAt, id) order");
        }
    }

    @Test
    void malformed_sync_parameters_are_a_400_naming_the_parameter() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("updatedSince", Map.of("updatedSince", "2026-04-01"));
        cases.put("updatedSince ", Map.of("updatedSince", "2026-04-01T09:00:00"));
        cases.put("updatedSince  ", Map.of("updatedSince", "yesterday"));
        cases.put("updatedSince   ", Map.of("updatedSince", "2026-04-01T09:00:00 09:00"));
        cases.put("updatedSince    ", Map.of("updatedSince", "3026-04-01T09:00:00Z"));
        cases.put("after", Map.of("after", "abc"));
        cases.put("after ", Map.of("after", "k0.0"));
        cases.put("after  ", Map.of("after", "kzzzzzzzzzzzzz.1"));
        cases.put("after   ", Map.of("after", "c2s"));
        cases.put("sort", Map.of("after", "k5zq3x1c0w.2s", "sort", "code"));
        cases.put("sort ", Map.of("updatedSince", "2026-04-01T00:00:00Z", "sort", "-name"));
        cases.put("page", Map.of("after", "k5zq3x1c0w.2s", "page", 2));
        for (String path : List.of("/api/v1/wards", "/api/v1/districts", "/api/v1/city-requests", "/api/v1/voices")) {
            cases.forEach((field, query) -> Api.as(Api.adminToken()).queryParams(query).get(path).then()
                    .statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(field.strip())));
        }
    }
}
