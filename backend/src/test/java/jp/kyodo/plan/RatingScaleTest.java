package jp.kyodo.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** Anyone reads the rating scale; an admin replaces it, as long as no evaluation loses its grade. */
@QuarkusTest
class RatingScaleTest {

    static Map<String, Object> grade(String code, String ja, String en) {
        Map<String, Object> g = Api.body("code", code, "labelJa", ja, "labelEn", en);
        return g;
    }

    /** The body of PUT /rating-grades: the whole scale. */
    static Map<String, Object> scale(List<Map<String, Object>> grades) {
        return Map.of("grades", grades);
    }

    @Test
    void anyone_reads_the_default_scale_best_first() {
        Api.anonymous().get("/api/v1/rating-grades").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("grades.code", org.hamcrest.Matchers.hasItems("A", "B", "C", "D"))
                .body("grades.find { it.code == 'A' }.labelJa", is("順調"))
                .body("grades.find { it.code == 'D' }.labelEn", is("Behind"));
    }

    @Test
    void only_an_admin_replaces_the_scale_and_a_used_grade_cannot_be_removed() {
        String admin = Api.adminToken();
        String committee = Api.token(Api.COMMITTEE);
        ExtractableResponse<Response> before = Api.anonymous().get("/api/v1/rating-grades").then().statusCode(200).extract();
        String etag = before.header("ETag");
        List<Map<String, Object>> original = before.jsonPath().getList("grades");
        long planId = EvaluationFixtures.plan(Api.token(Api.OFFICE), 2020, 2021, 1).id();
        long initiative = Api.as(admin).get("/api/v1/plans/" + planId + "/evaluation-sheets/2020").then().statusCode(200)
                .extract().jsonPath().getLong("rows[0].initiativeId");
        try {
            List<Map<String, Object>> plusE = new ArrayList<>(original);
            plusE.add(grade("E", "未評価", "Not assessed"));
            Api.as(Api.token(Api.OFFICE)).header("If-Match", etag).body(scale(plusE)).put("/api/v1/rating-grades").then().statusCode(403);
            Api.as(committee).header("If-Match", etag).body(scale(plusE)).put("/api/v1/rating-grades").then().statusCode(403);
            Api.anonymous().header("If-Match", etag).body(scale(plusE)).put("/api/v1/rating-grades").then().statusCode(401);
            Api.as(admin).body(scale(plusE)).put("/api/v1/rating-grades").then().statusCode(428);
            // at least two grades, distinct codes
            Api.as(admin).header("If-Match", etag).body(scale(List.of(grade("A", "順調", "On track")))).put("/api/v1/rating-grades")
                    .then().statusCode(400);
            Api.as(admin).header("If-Match", etag).body(scale(List.of(grade("A", "順調", "On track"), grade("A", "良", "Good"))))
                    .put("/api/v1/rating-grades").then().statusCode(400).body("errors.field", contains("grades[1].code"));

            // E goes first by its position; positions are renumbered from 1
            List<Map<String, Object>> withE = new ArrayList<>();
            Map<String, Object> first = grade("E", "特に優れている", "Excellent");
            first.put("position", 1);
            withE.add(first);
            original.forEach(g -> {
                Map<String, Object> copy = new HashMap<>(g);
                copy.put("position", ((Number) g.get("position")).intValue() + 1);
                withE.add(copy);
            });
            ExtractableResponse<Response> added = Api.as(admin).header("If-Match", etag).body(scale(withE)).put("/api/v1/rating-grades")
                    .then().statusCode(200).extract();
            assertEquals("E", added.jsonPath().getString("grades[0].code"));
            assertEquals(List.of(1, 2, 3, 4, 5), added.jsonPath().getList("grades.position"));
            // the old ETag is stale now
            Api.as(admin).header("If-Match", etag).body(scale(withE)).put("/api/v1/rating-grades").then().statusCode(412);
            etag = added.header("ETag");

            // a grade in use cannot go; renaming it is fine
            EvaluationFixtures.save(committee, planId, 2020, EvaluationFixtures.sheet(List.of(
                    EvaluationFixtures.row(initiative, "E", "特に優れている", null, null)))).then().statusCode(200);
            Api.as(admin).header("If-Match", etag).body(scale(original)).put("/api/v1/rating-grades").then().statusCode(409)
                    .body("detail", containsString("E (1)"));
            first.put("labelJa", "きわめて順調");
            etag = Api.as(admin).header("If-Match", etag).body(scale(withE)).put("/api/v1/rating-grades").then().statusCode(200)
                    .body("grades[0].labelJa", is("きわめて順調")).extract().header("ETag");
        } finally {
            // put the scale back for the other tests: the draft moves off E first
            Map<String, Object> draft = EvaluationFixtures.evaluationOf(Api.as(committee)
                    .get("/api/v1/plans/" + planId + "/evaluation-sheets/2020").then().extract().jsonPath(), initiative);
            if (draft != null) {
                EvaluationFixtures.save(committee, planId, 2020, EvaluationFixtures.sheet(List.of(
                        EvaluationFixtures.row(initiative, "A", "順調", null, draft.get("version"))))).then().statusCode(200);
            }
            String now = Api.anonymous().get("/api/v1/rating-grades").then().extract().header("ETag");
            Api.as(admin).header("If-Match", now).body(scale(original)).put("/api/v1/rating-grades").then().statusCode(200);
        }
        assertEquals(original, Api.anonymous().get("/api/v1/rating-grades").then().statusCode(200).extract().jsonPath().getList("grades"));
    }
}
