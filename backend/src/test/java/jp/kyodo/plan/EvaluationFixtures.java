package jp.kyodo.plan;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;

/**
 * A small plan of its own for each test class (the PostgreSQL test database is shared): a pillar, a direction, two
 * measures, initiatives under the first measure (ア, イ, ウ …) and a 【再掲】 placement of the first one under the second.
 */
final class EvaluationFixtures {

    static final String[] CODES = {"ア", "イ", "ウ", "エ", "オ", "カ"};

    record TestPlan(long id, String code, long measureB, List<Long> initiatives) {
        long initiative(int k) {
            return initiatives.get(k);
        }
    }

    private EvaluationFixtures() {
    }

    static TestPlan plan(String office, int from, int to, int count) {
        String code = Api.unique("eval").toLowerCase().replaceAll("[^a-z0-9-]", "");
        long planId = Api.as(office).body(Map.of("code", code, "name", "評価テスト計画 " + code, "owner", "テスト市",
                "fromFiscalYear", from, "toFiscalYear", to)).post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        long pillar = node(office, planId, null, "PILLAR", "Ⅰ", "自治の確立");
        long direction = node(office, planId, pillar, "DIRECTION", "1", "環境づくり");
        long measureA = node(office, planId, direction, "MEASURE", "(1)", "理解促進");
        long measureB = node(office, planId, direction, "MEASURE", "(2)", "参加促進");
        List<Long> initiatives = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Map<String, Object> body = Api.body("title", "取り組み" + CODES[k] + " " + code,
                    "tag", k == 0 ? "NEW" : "ENHANCED", "points", List.of("内容" + CODES[k]));
            body.put("targets", List.of(Map.of("kind", "START", "fiscalYear", from, "enhancesExisting", k > 0,
                    "label", k > 0 ? "(" + from + "年度実施)" : from + "年度実施")));
            body.put("parentNodeId", measureA);
            body.put("code", CODES[k]);
            initiatives.add(Api.as(office).body(body).post("/api/v1/plans/" + planId + "/initiatives").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        Map<String, Object> relisted = Api.body("parentId", measureB, "levelName", "INITIATIVE", "code", "ア",
                "initiativeId", initiatives.get(0), "relisted", true);
        Api.as(office).body(relisted).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201);
        return new TestPlan(planId, code, measureB, initiatives);
    }

    static long node(String office, long planId, Long parent, String level, String code, String title) {
        Map<String, Object> body = Api.body("parentId", parent, "levelName", level, "code", code, "title", title);
        return Api.as(office).body(body).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> row(long initiativeId, String rating, String comment, String recommendation, Object version) {
        Map<String, Object> r = Api.body("initiativeId", initiativeId, "rating", rating, "comment", comment,
                "recommendation", recommendation, "version", version);
        return r;
    }

    static Map<String, Object> sheet(List<Map<String, Object>> rows) {
        return sheet(rows, null);
    }

    static Map<String, Object> sheet(List<Map<String, Object>> rows, Map<String, Object> opinion) {
        Map<String, Object> body = new HashMap<>();
        body.put("rows", rows);
        if (opinion != null) {
            body.put("opinion", opinion);
        }
        return body;
    }

    static String sheetPath(long planId, int fiscalYear) {
        return "/api/v1/plans/" + planId + "/evaluation-sheets/" + fiscalYear;
    }

    static Response save(String token, long planId, int fiscalYear, Map<String, Object> body) {
        return Api.as(token).body(body).put(sheetPath(planId, fiscalYear));
    }

    static Response finalizeSheet(String token, long planId, int fiscalYear) {
        return Api.as(token).post(sheetPath(planId, fiscalYear) + "/finalization");
    }

    static Response publish(String token, long planId, int fiscalYear, String note) {
        Map<String, Object> body = Api.body("fiscalYear", fiscalYear, "note", note);
        return Api.as(token).body(body).post("/api/v1/plans/" + planId + "/reports");
    }

    /** The evaluation of the row of an initiative on the sheet (null when none). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> evaluationOf(io.restassured.path.json.JsonPath sheet, long initiativeId) {
        for (Map<String, Object> r : sheet.getList("rows", Map.class).stream().map(m -> (Map<String, Object>) m).toList()) {
            if (((Number) r.get("initiativeId")).longValue() == initiativeId) {
                return (Map<String, Object>) r.get("evaluation");
            }
        }
        throw new AssertionError("no row for initiative " + initiativeId);
    }
}
