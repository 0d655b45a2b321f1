package jp.kyodo.plan;

import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** The initiative list applies every key of a multi-key sort (it used to apply none), and refuses unknown keys. */
@QuarkusTest
class InitiativeSortTest {

    private static void initiative(long plan, long parent, String refKey, String title) {
        Map<String, Object> b = Api.body("refKey", refKey, "title", title, "parentNodeId", parent,
                "targets", List.of(Plans.target("START", 1975)));
        Api.as(Plans.office()).body(b).post("/api/v1/plans/" + plan + "/initiatives").then().statusCode(201);
    }

    @Test
    void every_key_of_the_sort_is_applied() {
        long plan = Plans.plan(1975, 1976);
        long pillar = Plans.node(plan, null, "PILLAR", "Ⅰ", "並べ替え");
        initiative(plan, pillar, "S-3", "び");
        initiative(plan, pillar, "S-2", "あ");
        initiative(plan, pillar, "S-1", "び");
        initiative(plan, pillar, "S-4", "あ");
        String path = "/api/v1/initiatives";
        Api.as(Plans.office()).queryParam("planId", plan).get(path).then().statusCode(200)
                .body("items.refKey", contains("S-3", "S-2", "S-1", "S-4"));
        Api.as(Plans.office()).queryParam("planId", plan).queryParam("sort", "title,-refKey").get(path).then().statusCode(200)
                .body("items.refKey", contains("S-4", "S-2", "S-3", "S-1"));
        Api.as(Plans.office()).queryParam("planId", plan).queryParam("sort", "-title,refKey").get(path).then().statusCode(200)
                .body("items.refKey", contains("S-1", "S-3", "S-2", "S-4"));
        Api.as(Plans.office()).queryParam("planId", plan).queryParam("sort", "title,-path").queryParam("size", 2).get(path).then()
                .statusCode(200).body("items.refKey", contains("S-4", "S-2")).body("total", org.hamcrest.Matchers.is(4));
        Api.as(Plans.office()).queryParam("planId", plan).queryParam("sort", "title,colour").get(path).then().statusCode(400);
    }
}
