package jp.kyodo.meeting;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/** The demo city comes with its FY2025 meeting log and the reports its districts sent up. */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoMeetingsTest {

    @Test
    void the_fy2025_log_and_the_districts_reports_are_loaded() {
        Api.anonymous().queryParam("fiscalYear", 2025).get("/api/v1/council-meetings").then().statusCode(200)
                .body("total", is(18));
        Api.anonymous().queryParam("fiscalYear", 2025).get("/api/v1/agenda-items").then().statusCode(200)
                .body("total", is(42));
        Api.anonymous().queryParam("fiscalYear", 2025).queryParam("sectionName", "防災対策課").get("/api/v1/agenda-items")
                .then().body("total", greaterThanOrEqualTo(5));
        Api.anonymous().queryParam("size", 200).get("/api/v1/council-bodies").then()
                .body("items.find { it.code == 'BOARD' }.organizationName", is("校区自治協議会連絡協議会"));
        Api.anonymous().queryParam("size", 100).get("/api/v1/upward-reports").then().statusCode(200)
                .body("total", is(33)).body("items.districtCode", hasItem("HGS-01"))
                .body("items.type", hasItem("SURVEY_ANSWER"));
    }

    @Test
    void the_bodies_have_seats_members_vacancies_and_attendance() {
        String office = Api.token(Api.OFFICE);
        io.restassured.path.json.JsonPath bodies = Api.as(office).queryParam("size", 200).get("/api/v1/council-bodies").then()
                .statusCode(200).extract().jsonPath();
        long assembly = bodies.getLong("items.find { it.code == 'GENERAL_ASSEMBLY' }.id");
        long board = bodies.getLong("items.find { it.code == 'BOARD' }.id");
        org.junit.jupiter.api.Assertions.assertEquals("CITY", bodies.getString("items.find { it.code == 'CITY-COORDINATION' }.side"));
        // two districts without a representative, one director's seat and one vice-chair's seat empty
        Api.as(office).get("/api/v1/council-bodies/" + assembly + "/roster").then().statusCode(200)
                .body("seats.find { it.title == '各校区代表' }.vacantDistricts.size()", is(2))
                .body("seats.find { it.title == '副会長' }.vacant", is(1));
        Api.as(office).get("/api/v1/council-bodies/" + board + "/roster").then()
                .body("seats.find { it.title == '理事' }.vacant", is(1)).body("seats.find { it.title == '部会長' }.filled", is(3));
        Api.as(office).get("/api/v1/office-worklist").then().statusCode(200)
                .body("items.findAll { it.kind == 'SEAT_VACANT' }.title", hasItem("理事会 理事"))
                .body("items.find { it.title == '総会 各校区代表' && it.kind == 'SEAT_VACANT' }.count", is(2));
        // attendance at the board's meetings: the September one fell short of its quorum
        Api.as(office).queryParam("bodyId", board).queryParam("fiscalYear", 2025).get("/api/v1/council-meetings").then()
                .body("items.find { it.heldOn == '2025-09-24' }.attendance.quorumMet", is(false))
                .body("items.find { it.heldOn == '2025-06-25' }.attendance.quorumMet", is(true));
    }
}
