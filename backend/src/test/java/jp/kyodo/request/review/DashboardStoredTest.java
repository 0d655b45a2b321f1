package jp.kyodo.request.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 削減の状況 is written once per change of what it shows (ReviewDashboardService.dashboardJson): every kind of change
 * that moves it — a review step, a request written, an organization placed where requests land, a department renamed,
 * a section moved to another department, the cycle's baseline changed — shows in the next answer; an unchanged
 * dashboard keeps its ETag. Its own fiscal year.
 */
@QuarkusTest
class DashboardStoredTest {

    private static final int FY = 2044;

    @Test
    void the_stored_dashboard_follows_every_change_that_moves_it() {
        String admin = Api.adminToken();
        long ward = Api.createWard();
        long district = Api.createDistrict(ward, "保存校区", "ほぞんこうく");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, "保存自治会", "ほぞんじちかい");
        long section = Api.createSection("保存局", "保存課");
        long department = Api.as(admin).get("/api/v1/sections/" + section).then().statusCode(200).extract().jsonPath()
                .getLong("departmentId");
        long request = Api.createCityRequest(Api.cityRequest(section, FY, List.of(district), 5));
        long cycle = Api.as(admin).body(Map.of("fiscalYear", FY, "baselineYear", FY - 1, "title", "保存の点検"))
                .post("/api/v1/review-cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        String dashboard = "/api/v1/review-cycles/" + cycle + "/dashboard";

        Response first = Api.anonymous().get(dashboard);
        first.then().statusCode(200);
        assertEquals(first.header("ETag"), Api.anonymous().get(dashboard).header("ETag"), "nothing changed");
        assertEquals(0, new java.math.BigDecimal("1").compareTo(hours(first.jsonPath())), "one association, 1 person × 1 hour");
        Api.anonymous().header("If-None-Match", first.header("ETag")).get(dashboard).then().statusCode(304);

        // an organization placed where the request lands
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, "保存第二自治会", "ほぞんだいにじちかい");
        assertEquals(0, new java.math.BigDecimal("2").compareTo(hours(Api.anonymous().get(dashboard).jsonPath())), "two associations");

        // the request written: two people
        Response r = Api.as(admin).get("/api/v1/city-requests/" + request);
        Map<String, Object> body = Api.cityRequest(section, FY, List.of(district), 5);
        body.put("people", 2);
        Api.as(admin).header("If-Match", r.header("ETag")).body(body).put("/api/v1/city-requests/" + request)
                .then().statusCode(200);
        assertEquals(0, new java.math.BigDecimal("4").compareTo(hours(Api.anonymous().get(dashboard).jsonPath())), "two associations × two people");

        // a review step: self-assessed, then decided
        String item = "/api/v1/review-cycles/" + cycle + "/items/" + request;
        Api.as(admin).header("If-Match", Api.as(admin).get(item).header("ETag")).body(Map.of("selfAssessment", "やめられる"))
                .put(item + "/self-assessment").then().statusCode(200);
        Api.as(admin).header("If-Match", Api.as(admin).get(item).header("ETag"))
                .body(Map.of("decision", "ABOLISH", "reason", "不要", "effectiveYear", FY)).put(item + "/decision")
                .then().statusCode(200);
        JsonPath decided = Api.anonymous().get(dashboard).jsonPath();
        assertEquals(1, decided.getInt("decisions.ABOLISH"));
        assertEquals(0, decided.getInt("undecided"));
        assertEquals(0, decided.getInt("projectedCooperationRequests"));

        // the department renamed, then the section moved to another department
        Response d = Api.as(admin).get("/api/v1/departments/" + department);
        JsonPath dj = d.jsonPath();
        Api.as(admin).header("If-Match", d.header("ETag")).body(Map.of("bureauId", dj.getLong("bureauId"), "code",
                dj.getString("code"), "name", "改称後の部", "kana", "かいしょうごのぶ")).put("/api/v1/departments/" + department)
                .then().statusCode(200);
        assertEquals(List.of("改称後の部"), departments(Api.anonymous().get(dashboard).jsonPath()));
        long other = Api.as(admin).get("/api/v1/sections/" + Api.createSection("移動先局", "移動先課")).jsonPath()
                .getLong("departmentId");
        Response s = Api.as(admin).get("/api/v1/sections/" + section);
        JsonPath sj = s.jsonPath();
        Api.as(admin).header("If-Match", s.header("ETag")).body(Map.of("departmentId", other, "code", sj.getString("code"),
                "name", sj.getString("name"), "kana", "ほぞんか")).put("/api/v1/sections/" + section).then().statusCode(200);
        assertEquals(List.of("移動先局部"), departments(Api.anonymous().get(dashboard).jsonPath()));

        // the cycle's baseline moved a year back: the series grows by a year
        Response c = Api.as(admin).get("/api/v1/review-cycles/" + cycle);
        Api.as(admin).header("If-Match", c.header("ETag")).body(Map.of("fiscalYear", FY, "baselineYear", FY - 2,
                "title", "保存の点検")).put("/api/v1/review-cycles/" + cycle).then().statusCode(200);
        Response last = Api.anonymous().get(dashboard);
        assertEquals(3, last.jsonPath().getList("cityWide").size());
        assertNotEquals(first.header("ETag"), last.header("ETag"));
    }

    private static java.math.BigDecimal hours(JsonPath d) {
        return d.getObject("cityWide.find { it.fiscalYear == " + FY + " }.annualHours", java.math.BigDecimal.class);
    }

    private static List<String> departments(JsonPath d) {
        return d.getList("departments.departmentName");
    }
}
