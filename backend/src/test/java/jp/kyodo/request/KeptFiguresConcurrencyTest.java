package jp.kyodo.request;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Clients at the same time: organizations created and moved in the same districts while requests to those districts
 * and their wards are created, changed and deleted, and a district changes ward — afterwards every kept figure equals
 * a recount (no difference lost between concurrent transactions).
 */
@QuarkusTest
class KeptFiguresConcurrencyTest {

    private static final int CLIENTS = 6;
    private static final int STEPS = 12;

    @Test
    void concurrent_writes_leave_the_kept_figures_exact() throws Exception {
        String admin = Api.adminToken();
        long wardA = Api.createWard();
        long wardB = Api.createWard();
        List<Long> districts = List.of(Api.createDistrict(wardA, "並行東", "へいこうひがし"),
                Api.createDistrict(wardA, "並行西", "へいこうにし"), Api.createDistrict(wardB, "並行南", "へいこうみなみ"));
        long section = Api.createSection("並行局", "並行課");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long seed = 7_000L + c;
                int client = c;
                done.add(pool.submit((Callable<Integer>) () -> {
                    Random rnd = new Random(seed);
                    List<Long> orgs = new ArrayList<>();
                    List<Long> requests = new ArrayList<>();
                    int ok = 0;
                    for (int i = 0; i < STEPS; i++) {
                        long d = districts.get(rnd.nextInt(districts.size()));
                        int what = rnd.nextInt(5);
                        Response res;
                        if (what == 0 || orgs.isEmpty()) {
                            res = Api.as(admin).body(Api.body("kind", "NEIGHBORHOOD_ASSOCIATION", "name", "並行町内会",
                                    "kana", "へいこう", "districtId", d)).post("/api/v1/organizations");
                            if (res.statusCode() == 201) {
                                orgs.add(res.jsonPath().getLong("id"));
                            }
                        } else if (what == 1) {
                            long id = orgs.get(rnd.nextInt(orgs.size()));
                            Response get = Api.as(admin).get("/api/v1/organizations/" + id);
                            res = Api.as(admin).header("If-Match", get.header("ETag")).body(Api.body("kind",
                                    rnd.nextBoolean() ? "WARD_GROUP" : "NEIGHBORHOOD_ASSOCIATION", "name", "並行町内会",
                                    "kana", "へいこう", "districtId", d)).put("/api/v1/organizations/" + id);
                        } else if (what == 2 || requests.isEmpty()) {
                            Map<String, Object> body = Api.cityRequest(section, 2038, List.of(d), 6);
                            body.put("receiverKinds", List.of("NEIGHBORHOOD_ASSOCIATION", "WARD_GROUP"));
                            if (rnd.nextBoolean()) {
                                body.put("wardIds", List.of(rnd.nextBoolean() ? wardA : wardB));
                            }
                            res = Api.as(admin).body(body).post("/api/v1/city-requests");
                            if (res.statusCode() == 201) {
                                requests.add(res.jsonPath().getLong("id"));
                            }
                        } else if (what == 3) {
                            long id = requests.get(rnd.nextInt(requests.size()));
                            Response get = Api.as(admin).get("/api/v1/city-requests/" + id);
                            Map<String, Object> body = Api.cityRequest(section, 2038, List.of(d), 7);
                            body.put("wardIds", List.of(wardA));
                            body.put("people", 1 + rnd.nextInt(3));
                            res = Api.as(admin).header("If-Match", get.header("ETag")).body(body)
                                    .put("/api/v1/city-requests/" + id);
                        } else if (client == 0) {
                            res = moveDistrict(admin, districts.get(1), rnd.nextBoolean() ? wardA : wardB);
                        } else {
                            long id = requests.remove(rnd.nextInt(requests.size()));
                            Response get = Api.as(admin).get("/api/v1/city-requests/" + id);
                            res = Api.as(admin).header("If-Match", get.header("ETag")).delete("/api/v1/city-requests/" + id);
                        }
                        // a lost optimistic race (412) is a client's answer, not a difference
                        if (res.statusCode() < 300) {
                            ok++;
                        } else {
                            assertEquals(412, res.statusCode(), res.asString());
                        }
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> f : done) {
                ok += f.get();
            }
            assertEquals(true, ok > CLIENTS * STEPS / 2, "only " + ok + " changes went through");
        } finally {
            pool.shutdownNow();
        }
        Api.as(admin).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(true));
    }

    private static Response moveDistrict(String admin, long district, long ward) {
        Response get = Api.as(admin).get("/api/v1/districts/" + district);
        var d = get.jsonPath();
        return Api.as(admin).header("If-Match", get.header("ETag"))
                .body(Api.body("code", d.getString("code"), "name", d.getString("name"), "kana", d.getString("kana"),
                        "wardId", ward, "communityHall", d.getString("communityHall")))
                .put("/api/v1/districts/" + district);
    }
}
