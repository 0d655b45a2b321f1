package jp.kyodo.plan;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
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
        Map<String, Object> b = new HashMap<>();
        b.put("code", Api.unique("p").toLowerCase());
        b.put("name", "テスト計画");
        b.put("owner", "テスト市");
        b.put("fromFiscalYear", from);
        b.put("toFiscalYear", to);
        return Api.as(office()).body(b).post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A node (a pillar when parentId is null); returns its id. */
    static long node(long planId, Long parentId, String levelName, String code, String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("parentId", parentId);
        b.put("levelName", levelName);
        b.put("code", code);
        b.put("title", title);
        return Api.as(office()).body(b).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Places an existing initiative once more under a node (【再掲】). */
    static long relist(long planId, long parentId, long initiativeId) {
        Map<String, Object> b = new HashMap<>();
        b.put("parentId", parentId);
        b.put("levelName", "INITIATIVE");
        b.put("initiativeId", initiativeId);
        b.put("relisted", true);
        return Api.as(office()).body(b).post("/api/v1/plans/" + planId + "/nodes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> target(String kind, Integer fiscalYear) {
        Map<String, Object> t = new HashMap<>();
        t.put("kind", kind);
        t.put("fiscalYear", fiscalYear);
        return t;
    }

    static Map<String, Object> milestone(String title, Integer due) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("dueFiscalYear", due);
        return m;
    }

    /** An initiative under a node with the given targets, milestones and owner sections; returns its detail. */
    static JsonPath initiative(long planId, long parentNodeId, String title, List<Map<String, Object>> targets,
            List<Map<String, Object>> milestones, List<Long> sectionIds) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("parentNodeId", parentNodeId);
        b.put("targets", targets);
        b.put("milestones", milestones);
        b.put("sectionIds", sectionIds);
        return Api.as(office()).body(b).post("/api/v1/plans/" + planId + "/initiatives").then().statusCode(201).extract().jsonPath();
    }

    static long initiativeId(long planId, long parentNodeId, String title, List<Map<String, Object>> targets) {
        return initiative(planId, parentNodeId, title, targets, List.of(), List.of()).getLong("id");
    }

    static Map<String, Object> report(int fiscalYear, int half, String status) {
        Map<String, Object> b = new HashMap<>();
        b.put("fiscalYear", fiscalYear);
        b.put("half", half);
        b.put("status", status);
        b.put("done", "テストの報告 " + status);
        b.put("evidence", new ArrayList<>());
        b.put("indicators", new ArrayList<>());
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
        Map<String, Object> i = new HashMap<>();
        i.put("binding", binding);
        i.put("scopeLevel", scopeLevel);
        i.put("scopeId", scopeId);
        i.put("target", target);
        return i;
    }

    static String etag(String path) {
        return Api.as(office()).get(path).then().statusCode(200).extract().header("ETag");
    }
}
