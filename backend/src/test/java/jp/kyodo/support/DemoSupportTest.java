package jp.kyodo.support;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/**
 * The demo city's support: two editions of the catalogue, and the operating subsidy of every district council
 * computed from its district's member households of the year before (as the join rates count them).
 */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoSupportTest {

    @Test
    void every_council_has_its_operating_subsidy_computed_from_the_registry() {
        String office = Api.signIn("office", "office-demo-pass");
        int fy = Japanese.fiscalYearOf(LocalDate.now(JapanClock.ZONE));
        JsonPath catalog = Api.anonymous().get("/api/v1/support-catalog/" + fy).then().statusCode(200)
                .body("programs", is(15)).extract().jsonPath();
        assertEquals(4, catalog.getList("rows").size(), "sections as rows");
        JsonPath changes = Api.anonymous().get("/api/v1/support-catalog/" + fy + "/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ADDED"), changes.getList("changes.findAll { it.change == 'ADDED' }.change"));
        assertEquals(List.of("budgetYen"), changes.getList("changes.find { it.change == 'CHANGED' }.fields.field"));

        long program = Api.anonymous().get("/api/v1/support-programs?fiscalYear=" + fy + "&q=運営費補助").then().statusCode(200)
                .body("total", is(1)).extract().jsonPath().getLong("items[0].id");
        Map<Long, Long> members = new HashMap<>();
        JsonPath rates = Api.anonymous().get("/api/v1/join-rates?level=DISTRICT&fromYear=" + (fy - 1) + "&toYear=" + (fy - 1) + "&size=200")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = rates.getList("items");
        rows.forEach(r -> members.put(((Number) r.get("id")).longValue(), ((Number) r.get("memberHouseholds")).longValue()));
        long districts = Api.anonymous().get("/api/v1/districts?size=1").then().extract().jsonPath().getLong("total");

        JsonPath cases = Api.as(office).get("/api/v1/grant-cases?programId=" + program + "&size=200").then().statusCode(200)
                .body("total", is((int) districts)).extract().jsonPath();
        int decided = 0;
        for (Map<String, Object> c : cases.<Map<String, Object>>getList("items")) {
            long district = ((Number) c.get("districtId")).longValue();
            long m = ((Number) c.get("memberHouseholds")).longValue();
            assertEquals(members.get(district), m, "the district's member households");
            long expected = Math.min(1_200_000, (200_000 + 300 * m) / 1000 * 1000);
            assertEquals(expected, ((Number) c.get("computedYen")).longValue(), "均等割 + 300円 × 加入世帯, 千円未満切捨て");
            if (c.get("decidedYen") != null) {
                decided++;
                assertTrue(c.get("decidedYen").equals(c.get("computedYen")) || c.get("overrideReason") != null);
            }
        }
        assertTrue(decided > 0);
        Api.as(office).get("/api/v1/grant-cases?programId=" + program + "&notSubmitted=true").then().body("total", is(2));

        // last year's: settled, one council with a finding and a refund
        long lastYear = Api.anonymous().get("/api/v1/support-programs?fiscalYear=" + (fy - 1) + "&q=運営費補助").then()
                .extract().jsonPath().getLong("items[0].id");
        JsonPath figures = Api.as(office).get("/api/v1/support-programs/" + lastYear + "/grant-figures").then().statusCode(200)
                .body("total.refundYen", is(12000)).extract().jsonPath();
        assertFalse(figures.getList("wards").isEmpty());
        Api.anonymous().get("/api/v1/public/grants/" + fy).then().statusCode(200).body("total", greaterThan(0));
        Api.anonymous().get("/api/v1/public/grants/" + fy + "?programId=" + program).then().statusCode(200)
                .body("items.programId", org.hamcrest.Matchers.everyItem(is((int) program)));
        List<String> open = Api.anonymous().get("/api/v1/open-data/catalog").then().statusCode(200).extract().jsonPath()
                .getList("dataset.identifier");
        assertTrue(open.contains("grants-" + fy) && open.contains("support-catalog-" + fy), open.toString());

        // its paperwork is a request in the burden ledger: 8 hours a year for every council
        long request = Api.anonymous().get("/api/v1/support-programs/" + program).then().extract().jsonPath().getLong("paperworkRequestId");
        Api.anonymous().get("/api/v1/city-requests/" + request).then().statusCode(200)
                .body("burden.hoursPerOrganizationPerYear", is(8.0f)).body("burden.receivingOrganizations", is((int) districts));
    }

    @Test
    void the_year_has_two_trainings_with_attendance_and_each_district_its_centre() {
        String office = Api.token(Api.OFFICE);
        int fy = jp.kyodo.common.web.Japanese.fiscalYearOf(java.time.LocalDate.now(jp.kyodo.common.time.JapanClock.ZONE));
        long districts = Api.anonymous().get("/api/v1/districts?size=1").then().extract().jsonPath().getLong("total");
        JsonPath events = Api.as(office).get("/api/v1/support-events?fiscalYear=" + fy + "&size=50").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> held = events.<Map<String, Object>>getList("items").stream()
                .filter(e -> ((Number) e.get("attendedTotal")).intValue() > 0).toList();
        assertEquals(2, held.size(), "the briefing and the training took their attendance");
        for (Map<String, Object> e : held) {
            int represented = ((Number) e.get("districtsAttended")).intValue();
            assertTrue(represented > 0 && represented < districts, "most districts came, not all");
        }
        // a centre per district, the first district's 公民館 and 集会所, the city's room; one repair paid by the building subsidy
        JsonPath facilities = Api.as(office).get("/api/v1/facilities?size=200").then().statusCode(200).extract().jsonPath();
        assertEquals(districts + 3, facilities.getLong("total"));
        assertEquals(1, facilities.<Map<String, Object>>getList("items").stream()
                .filter(f -> ((Number) f.get("subsidyTotalYen")).longValue() == 2_100_000L).count());
        Api.as(office).get("/api/v1/facilities?kind=CITY_ROOM").then().body("items[0].districtId", org.hamcrest.Matchers.nullValue());
    }
}
