package jp.kyodo.plan;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;

/** Fixtures of the plan feature, built through the API: small plans with unique codes, pillars, initiatives, reports. */
final class Plans {

    private Plans() {
    }

    static String office() {
        return Api.token(Api.OFFICE);
    }

    /** A new plan covering the given fiscal years; returns its id. */
    static long plan(int from, int to) {
        Map<String, Object> b = Api.body("code", Api.unique("p").toLowerCase(), "name", "テスト計画", "owner", "テスト市",
                "fromFiscalYear", from, "toFiscalYear", to);
        return Api.as(office()).body(b).post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A node (a pillar when parentId is null); returns its id. */
    static long node(long planId, Long parentId, String levelName, String code, String title) {
        Map<String, Object> b = Api.body("parentId", parentId, "levelName", levelName, "code", code, "title", title);
        return Api.as(office()).body(b).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Places an existing initiative once more under a node (【再掲】). */
    static long relist(long planId, long parentId, long initiativeId) {
        Map<String, Object> b = Api.body("parentId", parentId, "levelName", "INITIATIVE",
                "initiativeId", initiativeId, "relisted", true);
        return Api.as(office()).body(b).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> target(String kind, Integer fiscalYear) {
        Map<String, Object> t = Api.body("kind", kind, "fiscalYear", fiscalYear);
        return t;
    }

    static Map<String, Object> milestone(String title, Integer due) {
        Map<String, Object> m = Api.body("title", title, "dueFiscalYear", due);
        return m;
    }

    /** An initiative under a node with the given targets, milestones and owner sections; returns its detail. */
    static JsonPath initiative(long planId, long parentNodeId, String title, List<Map<String, Object>> targets,
            List<Map<String, Object>> milestones, List<Long> sectionIds) {
        Map<String, Object> b = Api.body("title", title, "parentNodeId", parentNodeId, "targets", targets,
                "milestones", milestones, "sectionIds", sectionIds);
        return Api.as(office()).body(b).post("/api/v1/plans/" + planId + "/initiatives").then().statusCode(201).extract().jsonPath();
    }

    static long initiativeId(long planId, long parentNodeId, String title, List<Map<String, Object>> targets) {
        return initiative(planId, parentNodeId, title, targets, List.of(), List.of()).getLong("id");
    }

    static Map<String, Object> report(int fiscalYear, int half, String status) {
        Map<String, Object> b = Api.body("fiscalYear", fiscalYear, "half", half, "status", status,
                "done", "テストの報告 " + status, "evidence", new ArrayList<>(), "indicators", new ArrayList<>());
        return b;
    }

    /** Reports progress as the office; returns the report id. */
    static long report(long initiativeId, int fiscalYear, int half, String status) {
        return report(office(), initiativeId, report(fiscalYear, half, status));
    }

    static long report(String token, long initiativeId, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/initiatives/" + initiativeId + "/progress-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> indicator(String binding, String scopeLevel, Long scopeId, Number target) {
        Map<String, Object> i = Api.body("binding", binding, "scopeLevel", scopeLevel, "scopeId", scopeId,
                "target", target);
        return i;
    }

    static String etag(String path) {
        return Api.as(office()).get(path).then().statusCode(200).extract().header("ETag");
    }
}
