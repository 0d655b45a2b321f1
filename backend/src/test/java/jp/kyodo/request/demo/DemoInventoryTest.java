package jp.kyodo.request.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/** The demo inventory as loaded at startup with the demo city (same profile as DemoDataTest). */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoInventoryTest {

    @Test
    void the_demo_city_has_an_inventory_two_years_and_a_review_in_progress() {
        JsonPath bureaus = Api.anonymous().queryParam("size", 200).get("/api/v1/bureaus").then().statusCode(200).extract().jsonPath();
        List<String> names = bureaus.getList("items.name");
        for (String b : List.of("市民局", "環境局", "保健福祉局", "教育委員会", "消防局", "東区役所")) {
            assertTrue(names.contains(b), names.toString());
        }
        long y2024 = Api.anonymous().get("/api/v1/city-requests?fiscalYear=2024").then().statusCode(200).extract().jsonPath().getLong("total");
        long y2025 = Api.anonymous().get("/api/v1/city-requests?fiscalYear=2025").then().statusCode(200).extract().jsonPath().getLong("total");
        assertTrue(y2024 >= 30 && y2025 >= 30 && y2025 < y2024, y2024 + " / " + y2025);

        // the demo department account belongs to 家庭ごみ減量推進課 and can write its requests
        String dept = Api.signIn("dept", "dept-demo-pass");
        long section = Api.as(dept).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getLong("sectionId");
        assertEquals("家庭ごみ減量推進課", Api.anonymous().get("/api/v1/sections/" + section).jsonPath().getString("name"));
        Map<String, Object> body = Api.cityRequest(section, 2026, List.of(), 6);
        body.put("allDistricts", true);
        Api.as(dept).body(body).post("/api/v1/city-requests").then().statusCode(201)
                .body("burden.receivingOrganizations", org.hamcrest.Matchers.greaterThan(0));

        // the demo loaders write past the services; the kept figures were recounted after them
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200)
                .body("exact", org.hamcrest.Matchers.is(true));

        // the FY2025 review against FY2024, partly assessed and decided
        String office = Api.signIn("office", "office-demo-pass");
        JsonPath cycles = Api.as(office).get("/api/v1/review-cycles").then().statusCode(200).extract().jsonPath();
        assertEquals(2025, cycles.getInt("items[0].fiscalYear"));
        assertEquals(2024, cycles.getInt("items[0].baselineYear"));
        assertTrue(cycles.getInt("items[0].progress.selfAssessed") > 0 && cycles.getInt("items[0].progress.decided") > 0
                && cycles.getInt("items[0].progress.notStarted") > 0, cycles.prettify());
        long cycle = cycles.getLong("items[0].id");
        JsonPath d = Api.anonymous().get("/api/v1/review-cycles/" + cycle + "/dashboard").then().statusCode(200).extract().jsonPath();
        assertTrue(d.getFloat("cityWide[1].hoursCut") > 0, d.prettify());
        assertTrue(d.getInt("undecided") > 0);
        // 市政だより is compensated
        long koho = Api.anonymous().queryParam("decision", "COMPENSATE").get("/api/v1/city-requests").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Api.as(office).get("/api/v1/city-requests/" + koho + "/compensation").then().statusCode(200)
                .body("totalYen", org.hamcrest.Matchers.greaterThan(0));
        // burden lands on districts; warnings are listed
        Api.anonymous().get("/api/v1/burden?groupBy=DISTRICT&fiscalYear=2025").then().statusCode(200)
                .body("items[0].annualHours", org.hamcrest.Matchers.greaterThan(0f));
        Api.as(office).get("/api/v1/city-request-warnings?fiscalYear=2025").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0));
    }

    /** The list counts receivers from grouped organization counts; the burden page joins every organization. */
    @Test
    void list_and_burden_count_the_same_receiving_organizations_for_every_demo_request() {
        JsonPath list = Api.anonymous().get("/api/v1/city-requests?fiscalYear=2025&size=200").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> ids = list.getList("items.id");
        List<Integer> counts = list.getList("items.receivingOrganizations");
        assertTrue(ids.size() >= 30);
        int landing = 0;
        for (int i = 0; i < ids.size(); i++) {
            JsonPath b = Api.anonymous().get("/api/v1/city-requests/" + ids.get(i) + "/burden").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(b.getInt("receivingOrganizations"), counts.get(i), "request " + ids.get(i));
            landing += counts.get(i) > 0 ? 1 : 0;
        }
        assertTrue(landing > 20);
        // the department report sums receivers with grouped joins: the same hours as the list, request by request
        List<Float> hours = list.getList("items.annualHours");
        double listed = hours.stream().mapToDouble(Float::doubleValue).sum();
        double grouped = Api.anonymous().get("/api/v1/burden?groupBy=DEPARTMENT&fiscalYear=2025&size=200").then().statusCode(200)
                .extract().jsonPath().getDouble("totalAnnualHours");
        assertEquals(listed, grouped, 0.05);
    }
}
