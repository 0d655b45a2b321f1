package jp.kyodo.request;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * The review: states in order, decisions with their rules, compensation and the reduction dashboard against
 * hand-computed figures. Uses fiscal years 2041/2042, which no other test touches.
 */
@QuarkusTest
class ReviewTest {

    static Map<String, Object> request(long section, Town town, int fy, String kind, int people, double hours, int... months) {
        Map<String, Object> b = Api.cityRequest(section, fy, List.of(town.districtId()), months);
        b.put("kind", kind);
        b.put("people", people);
        b.put("hoursPerPerson", hours);
        return b;
    }

    static String etag(String path) {
        return Api.as(Api.adminToken()).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_review_from_self_assessment_to_completion_with_compensation_and_the_dashboard() {
        Town town = Api.town("見直し", "みなおし"); // two associations, members 2024: 80 + 150, 2025: 90 + 210
        long section = Api.createSection("見直し局", "見直し課");
        String dept = Api.departmentUser(section);
        String office = Api.token(Api.OFFICE);
        // baseline 2041: 3 cooperation + 1 notice; hours 100 + 2 + 2 + 2 = 106
        Api.createCityRequest(request(section, town, 2041, "COOPERATION", 5, 5, 6, 9));
        Api.createCityRequest(request(section, town, 2041, "COOPERATION", 1, 1, 5));
        Api.createCityRequest(request(section, town, 2041, "COOPERATION", 1, 1, 7));
        Api.createCityRequest(request(section, town, 2041, "NOTICE", 1, 1, 8));
        // 2042: C1 cooperation 2 h, C2 cooperation 5 × 5 × 2 = 50 h, C3 notice 2 h → 54 h
        long c1 = Api.createCityRequest(request(section, town, 2042, "COOPERATION", 1, 1, 5));
        long c2 = Api.createCityRequest(request(section, town, 2042, "COOPERATION", 5, 5, 10));
        long c3 = Api.createCityRequest(request(section, town, 2042, "NOTICE", 1, 1, 11));
        Api.anonymous().get("/api/v1/city-requests/" + c2).then().body("warnings.rule", hasItem("EFFORT_WITHOUT_COMPENSATION"));

        Api.as(dept).body(Map.of("fiscalYear", 2042, "baselineYear", 2041, "title", "x")).post("/api/v1/review-cycles").then().statusCode(403);
        Api.as(office).body(Map.of("fiscalYear", 2042, "baselineYear", 2043, "title", "x")).post("/api/v1/review-cycles").then().statusCode(400);
        long cycle = Api.as(office).body(Map.of("fiscalYear", 2042, "baselineYear", 2041, "title", "令和24年度 依頼等の見直し"))
                .post("/api/v1/review-cycles").then().statusCode(201).body("status", is("OPEN"))
                .body("progress.requests", is(3)).body("progress.notStarted", is(3)).extract().jsonPath().getLong("id");
        Api.as(office).body(Map.of("fiscalYear", 2042, "baselineYear", 2041, "title", "again")).post("/api/v1/review-cycles").then().statusCode(400);
        String items = "/api/v1/review-cycles/" + cycle + "/items/";

        Api.as(dept).get("/api/v1/review-cycles/" + cycle + "/items?sectionId=" + section).then().statusCode(200)
                .body("total", is(3)).body("items.state", contains("NOT_STARTED", "NOT_STARTED", "NOT_STARTED"));
        // a decision follows the self-assessment
        Map<String, Object> abolish = Map.of("decision", "ABOLISH", "reason", "目的を終えた", "effectiveYear", 2043);
        Api.as(office).header("If-Match", "\"0\"").body(abolish).put(items + c1 + "/decision").then().statusCode(409);
        // the section assesses its own request; another section may not
        Map<String, Object> assessment = Map.of("selfAssessment", "廃止できる", "proposedDecision", "ABOLISH");
        Api.as(Api.departmentUser(Api.createSection("他局", "他課"))).header("If-Match", "\"0\"").body(assessment)
                .put(items + c1 + "/self-assessment").then().statusCode(403);
        Api.as(dept).body(assessment).put(items + c1 + "/self-assessment").then().statusCode(428);
        Api.as(dept).header("If-Match", "\"0\"").body(assessment).put(items + c1 + "/self-assessment").then().statusCode(200)
                .body("state", is("SELF_ASSESSED")).body("version", is(1)).body("proposedDecision", is("ABOLISH"))
                .header("ETag", org.hamcrest.Matchers.startsWith("\"1-"));
        Api.as(dept).header("If-Match", "\"0\"").body(assessment).put(items + c1 + "/self-assessment").then().statusCode(412);
        Api.as(dept).header("If-Match", "\"0\"").body(abolish).put(items + c1 + "/decision").then().statusCode(403);
        Api.as(office).header("If-Match", "\"1\"").body(abolish).put(items + c1 + "/decision").then().statusCode(200)
                .body("state", is("DECIDED")).body("decision", is("ABOLISH")).body("decidedBy", not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("effectiveYear", is(2043));
        Api.as(dept).header("If-Match", etag(items + c1)).body(assessment).put(items + c1 + "/self-assessment").then().statusCode(409);

        // C2: compensation, with its formula checked
        Api.as(dept).header("If-Match", "\"0\"").body(Map.of("selfAssessment", "負担が大きい")).put(items + c2 + "/self-assessment").then().statusCode(200);
        Api.as(office).header("If-Match", "\"1\"").body(Map.of("decision", "COMPENSATE", "reason", "r", "effectiveYear", 2042))
                .put(items + c2 + "/decision").then().statusCode(400).body("errors.field", contains("compensation"));
        Api.as(office).header("If-Match", "\"1\"").body(Map.of("decision", "MERGE", "reason", "r", "effectiveYear", 2042))
                .put(items + c2 + "/decision").then().statusCode(400).body("errors.field", contains("mergeIntoId"));
        Api.as(office).header("If-Match", "\"1\"").body(Map.of("decision", "KEEP", "reason", "r", "effectiveYear", 2040))
                .put(items + c2 + "/decision").then().statusCode(400).body("errors.field", contains("effectiveYear"));
        Api.as(office).header("If-Match", "\"1\"").body(Map.of("decision", "COMPENSATE", "reason", "住民に不可欠でなく負担が大きい",
                "effectiveYear", 2042, "compensation", Map.of("flatPerOrganization", 5000, "perMemberHousehold", 20)))
                .put(items + c2 + "/decision").then().statusCode(200)
                .body("compensation.flatPerOrganization", is(5000)).body("compensation.perMemberHousehold", is(20));
        Api.anonymous().get("/api/v1/city-requests/" + c2).then()
                .body("warnings.rule", not(hasItem("EFFORT_WITHOUT_COMPENSATION")))
                .body("review.decision", is("COMPENSATE")).body("review.state", is("DECIDED"));

        // compensation: 5,000 yen per association + 20 yen per member household
        Api.as(office).queryParam("fiscalYear", 2025).get("/api/v1/city-requests/" + c2 + "/compensation").then().statusCode(200)
                .body("decided", is(true)).body("organizations", is(2)).body("memberHouseholds", is(300))
                .body("totalYen", is(16000))                          // 5000 + 90×20 = 6800, 5000 + 210×20 = 9200
                .body("districts[0].yen", is(16000)).body("districts[0].districtId", is((int) town.districtId()))
                .body("associations.items.yen", org.hamcrest.Matchers.containsInAnyOrder(6800, 9200));
        Api.as(office).queryParam("fiscalYear", 2024).get("/api/v1/city-requests/" + c2 + "/compensation").then()
                .body("totalYen", is(14600));                         // 2 × 5000 + (80 + 150) × 20
        Api.as(office).queryParam("fiscalYear", 2025).queryParam("flatPerOrganization", 1000).queryParam("perMemberHousehold", 0)
                .get("/api/v1/city-requests/" + c1 + "/compensation").then().body("decided", is(false)).body("totalYen", is(2000));
        Api.as(office).get("/api/v1/city-requests/" + c1 + "/compensation").then().statusCode(404);

        // the dashboard: baseline 2041 (3 cooperation, 106 h) → 2042 (2 cooperation, 54 h)
        JsonPath d = Api.anonymous().get("/api/v1/review-cycles/" + cycle + "/dashboard").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2041, 2042), d.getList("cityWide.fiscalYear"));
        assertEquals(List.of(3, 2), d.getList("cityWide.cooperationRequests"));
        assertEquals(List.of(1, 1), d.getList("cityWide.noticeRequests"));
        assertEquals(List.of(106.0f, 54.0f), d.getList("cityWide.annualHours"));
        assertEquals(0.3333f, d.getFloat("cityWide[1].cooperationCut"));      // (3 − 2) ÷ 3
        assertEquals(0.4906f, d.getFloat("cityWide[1].hoursCut"));            // (106 − 54) ÷ 106
        assertEquals(0.0f, d.getFloat("cityWide[0].hoursCut"));
        long departmentId = Api.anonymous().get("/api/v1/sections/" + section).jsonPath().getLong("departmentId");
        assertEquals(List.of(106.0f, 54.0f), d.getList("departments.find { it.departmentId == " + departmentId + " }.years.annualHours"));
        assertEquals(Map.of("ABOLISH", 1, "COMPENSATE", 1), d.getMap("decisions"));
        assertEquals(1, d.getInt("undecided"));                               // C3
        assertEquals(1, d.getInt("projectedCooperationRequests"));            // C1 abolished
        assertEquals(52.0f, d.getFloat("projectedAnnualHours"));              // 54 − C1's 2 h

        // completion, then nothing changes any more
        Api.as(dept).body(Map.of("note", "x")).post(items + c1 + "/completion").then().statusCode(403);
        Api.as(office).body(Map.of("note", "令和25年度から依頼しない")).post(items + c1 + "/completion").then().statusCode(200)
                .body("state", is("CARRIED_OUT"));
        Api.as(office).body(Map.of()).post(items + c1 + "/completion").then().statusCode(409);
        Api.as(office).header("If-Match", etag(items + c1)).body(abolish).put(items + c1 + "/decision").then().statusCode(409);
        Api.as(office).body(Map.of()).post(items + c3 + "/completion").then().statusCode(409);
        Api.as(office).get("/api/v1/review-cycles/" + cycle + "/items?state=CARRIED_OUT").then().body("items.requestId", contains((int) c1));
        Api.as(office).get("/api/v1/review-cycles/" + cycle + "/items?state=NOT_STARTED").then().body("items.requestId", contains((int) c3));
        Api.anonymous().queryParam("decision", "ABOLISH").queryParam("sectionId", section).get("/api/v1/city-requests").then()
                .body("items.id", contains((int) c1));

        // the request's history shows the review
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/city-requests/" + c1 + "/history").then().statusCode(200)
                .body("items.entityType", contains("ReviewItem", "ReviewItem", "ReviewItem", "CityRequest"))
                .body("items[0].changes.find { it.field == 'state' }.after", is("CARRIED_OUT"));
        // a request that is part of a review cannot be deleted
        Api.as(office).header("If-Match", etag("/api/v1/city-requests/" + c1)).delete("/api/v1/city-requests/" + c1).then().statusCode(409);

        // a closed cycle takes no more assessments
        String cycleTag = etag("/api/v1/review-cycles/" + cycle);
        Api.as(office).header("If-Match", cycleTag).body(Map.of("fiscalYear", 2042, "baselineYear", 2041, "title", "締切", "status", "CLOSED"))
                .put("/api/v1/review-cycles/" + cycle).then().statusCode(200).body("status", is("CLOSED"));
        Api.as(dept).header("If-Match", "\"0\"").body(assessment).put(items + c3 + "/self-assessment").then().statusCode(409);
        Api.as(Api.token(Api.LIAISON)).queryParam("size", 200).get("/api/v1/review-cycles").then().statusCode(200)
                .body("items.id", hasItem((int) cycle));
    }
}
