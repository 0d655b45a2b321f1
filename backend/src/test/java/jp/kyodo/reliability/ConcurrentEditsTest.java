package jp.kyodo.reliability;

import static jp.kyodo.testing.Api.adminToken;
import static jp.kyodo.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Several clients edit the same record at once, each from the version it read: per version exactly one wins, the
 * others get 412 with the current version, and the history holds every accepted change and nothing else.
 */
@QuarkusTest
class ConcurrentEditsTest {

    static final int CLIENTS = 8;
    static final int ROUNDS = 10;

    @Test
    void exactly_one_edit_wins_per_version_and_the_history_shows_each_win() throws Exception {
        long district = Api.createDistrict(Api.createWard(), "競合校区", "きょうごうこうく");
        String path = "/api/v1/districts/" + district;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<String> winners = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                JsonPath current = as(adminToken()).get(path).then().statusCode(200).extract().jsonPath();
                String etag = "\"" + current.getLong("version") + "\"";
                List<Callable<Integer>> edits = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Map<String, Object> body = new HashMap<>();
                    body.put("code", current.getString("code"));
                    body.put("name", "競合校区 " + round + "-" + c);
                    body.put("kana", current.getString("kana"));
                    body.put("wardId", current.getLong("wardId"));
                    names.add((String) body.get("name"));
                    edits.add(() -> as(adminToken()).header("If-Match", etag).body(body).put(path).statusCode());
                }
                List<Future<Integer>> results = pool.invokeAll(edits);
                int ok = 0;
                int stale = 0;
                String won = null;
                List<Integer> statuses = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int status = results.get(c).get();
                    statuses.add(status);
                    if (status == 200) {
                        ok++;
                        won = names.get(c);
                    } else if (status == 412) {
                        stale++;
                    }
                }
                assertEquals(1, ok, "round " + round + ": exactly one edit wins " + statuses);
                assertEquals(CLIENTS - 1, stale, "round " + round + ": the others are told the record changed " + statuses);
                String stored = as(adminToken()).get(path).then().statusCode(200).extract().jsonPath().getString("name");
                assertEquals(won, stored, "round " + round + ": the stored name is the winner's");
                winners.add(won);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> history = as(adminToken()).queryParam("size", 100).get(path + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.action == 'UPDATE' }.collect { e -> e.changes.find { it.field == 'name' }.after }", String.class);
        List<String> oldestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(oldestFirst);
        assertEquals(winners, oldestFirst, "the history holds each accepted change, in order, and no other");
    }
}
