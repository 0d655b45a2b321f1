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
}
