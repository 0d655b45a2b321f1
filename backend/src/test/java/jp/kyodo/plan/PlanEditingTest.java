package jp.kyodo.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The office builds a plan's tree and edits initiatives; versions, rules and role limits. */
@QuarkusTest
class PlanEditingTest {

    private static String office;
    private static long planId;
    private static long pillar;
    private static long measureA;
    private static long measureB;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(PlanEditingTest::fixtures);

    static void fixtures() {
        office = Api.token(Api.OFFICE);
        String code = Api.unique("plan").toLowerCase().replaceAll("[^a-z0-9-]", "");
        planId = Api.as(office).body(Map.of("code", code, "name", "テスト計画", "owner", "テスト市", "fromFiscalYear", 2024,
                "toFiscalYear", 2027)).post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        pillar = node(null, "PILLAR", "Ⅰ", "自治の確立");
        long direction = node(pillar, "DIRECTION", "1", "環境づくり");
        measureA = node(direction, "MEASURE", "(1)", "理解促進");
        measureB = node(direction, "MEASURE", "(2)", "参加促進");
    }

    private static long node(Long parent, String level, String code, String title) {
        Map<String, Object> body = Api.body("parentId", parent, "levelName", level, "code", code, "title", title);
        return Api.as(office).body(body).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> initiative(String title, long parent, String code) {
        Map<String, Object> body = Api.body("title", title, "tag", "NEW", "points", List.of("一つ目", "二つ目"));
        body.put("targets", List.of(Map.of("kind", "START", "fiscalYear", 2024, "enhancesExisting", false, "label", "6年度実施"),
                Map.of("kind", "COMPLETE", "fiscalYear", 2025, "enhancesExisting", false)));
        body.put("milestones", List.of(Map.of("title", "現状の確認", "dueFiscalYear", 2024), Map.of("title", "見直し", "dueFiscalYear", 2025)));
        body.put("parentNodeId", parent);
        body.put("code", code);
        return body;
    }

    private static String etag(long nodeId) {
        return Api.as(office).get("/api/v1/plan-nodes/" + nodeId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void the_office_builds_a_tree_with_a_relisted_initiative() {
        JsonPath created = Api.as(office).body(initiative("地域デビュー講座", measureA, "ア")).post("/api/v1/plans/" + planId + "/initiatives")
                .then().statusCode(201).body("path", is("Ⅰ-1-(1)-ア")).body("milestones.position", contains(1, 2))
                .extract().jsonPath();
        long id = created.getLong("id");
        // 【再掲】 under the second measure
        Api.as(office).body(Map.of("parentId", measureB, "levelName", "INITIATIVE", "code", "イ", "initiativeId", id, "relisted", true))
                .post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201).body("title", is("地域デビュー講座"));
        Api.as(office).get("/api/v1/plans/" + planId + "/tree").then().statusCode(200)
                .body("nodes[0].children[0].children[1].children[0].relisted", is(true))
                .body("nodes[0].children[0].children[1].children[0].initiative.id", is((int) id))
                .body("nodes[0].children[0].children[0].children[0].initiative.placements", is(2));
        Api.as(office).get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("placementList.path", contains("Ⅰ-1-(1)-ア", "Ⅰ-1-(2)-イ"));

        // a new measure at position 1 moves the others down; the tree follows
        Api.as(office).body(Map.of("parentId", pillar, "levelName", "DIRECTION", "code", "0", "title", "前提", "position", 1))
                .post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201);
        Api.as(office).get("/api/v1/plans/" + planId + "/tree").then().statusCode(200)
                .body("nodes[0].children.code", contains("0", "1"))
                .body("nodes[0].children[1].children[0].children[0].initiative.path", is("Ⅰ-1-(1)-ア"));
    }

    @Test
    void rules_versions_and_limits() {
        // only 継続 may have no fiscal year
        Map<String, Object> bad = initiative("年度のない目標", measureA, "ウ");
        bad.put("targets", List.of(Map.of("kind", "COMPLETE", "enhancesExisting", false)));
        Api.as(office).body(bad).post("/api/v1/plans/" + planId + "/initiatives").then().statusCode(400)
                .body("errors.field", hasItem("targets[0].fiscalYear"));
        Api.as(office).get("/api/v1/initiatives?planId=" + planId + "&q=年度のない目標").then().body("total", is(0));

        long id = Api.as(office).body(initiative("防災講座", measureA, "エ")).post("/api/v1/plans/" + planId + "/initiatives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath d = Api.as(office).get("/api/v1/initiatives/" + id).then().statusCode(200).extract().jsonPath();
        long version = d.getLong("version");
        Map<String, Object> edit = initiative("防災講座（改）", measureA, null);
        edit.put("milestones", List.of(Map.of("id", d.getLong("milestones[1].id"), "title", "見直し", "dueFiscalYear", 2026),
                Map.of("title", "公表", "dueFiscalYear", 2026)));
        Api.as(office).body(edit).header("If-Match", "\"" + version + "\"").put("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("title", is("防災講座（改）")).body("milestones.title", contains("見直し", "公表"))
                .body("milestones[0].id", is((int) d.getLong("milestones[1].id")));
        // stale → 412, missing → 428, nothing changed
        Api.as(office).body(initiative("上書き", measureA, null)).header("If-Match", "\"" + version + "\"").put("/api/v1/initiatives/" + id)
                .then().statusCode(412);
        Api.as(office).body(initiative("上書き", measureA, null)).put("/api/v1/initiatives/" + id).then().statusCode(428);
        assertEquals("防災講座（改）", Api.as(office).get("/api/v1/initiatives/" + id).jsonPath().getString("title"));
        // its placements show the new title
        Api.as(office).get("/api/v1/initiatives/" + id).then().body("placementList.size()", is(1));

        // roles: liaison and committee read, cannot write
        String liaison = Api.token(Api.LIAISON);
        Api.as(liaison).get("/api/v1/plans/" + planId + "/tree").then().statusCode(200);
        Api.as(liaison).body(initiative("x", measureA, null)).post("/api/v1/plans/" + planId + "/initiatives").then().statusCode(403);
        Api.as(Api.token(Api.COMMITTEE)).body(Map.of("parentId", measureA, "levelName", "X", "title", "x"))
                .post("/api/v1/plans/" + planId + "/nodes").then().statusCode(403);
        Api.anonymous().get("/api/v1/plans/" + planId + "/tree").then().statusCode(401);

        // milestones: the office or the owner section; another section's department user is refused
        long milestone = Api.as(office).get("/api/v1/initiatives/" + id).jsonPath().getLong("milestones[0].id");
        long other = Api.createSection("テスト局", "他課");
        Api.as(Api.departmentUser(other)).body(Map.of("status", "DONE")).header("If-Match", "\"0\"")
                .put("/api/v1/milestones/" + milestone).then().statusCode(403);
        long mv = Api.as(office).get("/api/v1/initiatives/" + id).jsonPath().getLong("milestones[0].version");
        Api.as(office).body(Map.of("status", "DONE", "doneOn", "2026-03-01")).header("If-Match", "\"" + mv + "\"")
                .put("/api/v1/milestones/" + milestone).then().statusCode(200).body("status", is("DONE")).body("doneOn", is("2026-03-01"));

        // deleting: a node with children, or an initiative's only placement → 409
        Api.as(office).header("If-Match", etag(measureB)).delete("/api/v1/plan-nodes/" + measureB).then().statusCode(409);
        long only = Api.as(office).get("/api/v1/plans/" + planId + "/tree").jsonPath()
                .getLong("nodes[0].children.find { it.code == '1' }.children[0].children.find { it.code == 'エ' }.id");
        Api.as(office).header("If-Match", etag(only)).delete("/api/v1/plan-nodes/" + only).then().statusCode(409);
        // history
        Api.as(office).get("/api/v1/initiatives/" + id + "/history").then().statusCode(200).body("total", is(3));
    }
}
