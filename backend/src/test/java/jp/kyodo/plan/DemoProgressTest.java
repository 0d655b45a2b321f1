package jp.kyodo.plan;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/** The demo city comes with the Fukuoka plan's progress: owner sections, FY2009–2010 reports, live indicators. */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoProgressTest {

    private static JsonPath initiative(String office, long plan, String q) {
        JsonPath found = Api.as(office).queryParam("planId", plan).queryParam("q", q).get("/api/v1/initiatives").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(found.getInt("total") >= 1, q);
        return Api.as(office).get("/api/v1/initiatives/" + found.getLong("items[0].id")).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_fukuoka_plan_has_progress_owners_and_live_indicators() {
        String office = Api.signIn("office", "office-demo-pass");
        JsonPath plans = Api.as(office).get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        long plan = plans.getLong("items[" + plans.getList("items.code").indexOf("fukuoka-2009") + "].id");

        // most initiatives reported in FY2009; some are behind, with the reasons the data gives
        JsonPath d = Api.as(office).queryParam("asOf", "2011-04-01").get("/api/v1/plans/" + plan + "/dashboard").then().statusCode(200)
                .extract().jsonPath();
        int reported2009 = d.getInt("trend.find { it.fiscalYear == 2009 }.reported");
        assertTrue(reported2009 >= 30, d.prettify());
        List<String> behind = d.getList("behind.title");
        assertTrue(behind.contains("職員向け手引書の作成") && behind.contains("区役所組織の再編")
                && behind.contains("コミュニティ活動の支援のあり方の見直し") && behind.contains("連絡会的な組織への移行"), behind.toString());
        assertTrue(behind.size() <= 6, behind.toString());
        assertEquals(List.of("Ⅱ", "Ⅲ", "Ⅳ"), d.getList("pillars.code"));
        assertEquals(1, d.getInt("pillars[1].byStatus.NOT_REPORTED"));

        // a finished milestone, and the timeline of seed reports without audit events
        JsonPath review = initiative(office, plan, "主催事業の整理・見直し");
        assertEquals(List.of("DONE", "DONE", "PLANNED"), review.getList("milestones.status"));
        JsonPath t = Api.as(office).queryParam("size", 200).get("/api/v1/initiatives/" + review.getLong("id") + "/timeline").then()
                .statusCode(200).extract().jsonPath();
        // ① done in March 2010, then the FY2009 report of April 2010, ② in February 2011, the FY2010 report
        assertEquals(List.of("MILESTONE_CHANGED", "REPORT_CREATED"), t.getList("items.kind").subList(0, 2), t.prettify());
        assertEquals(2009, t.getInt("items[1].fiscalYear"));
        assertEquals("IN_PROGRESS", t.getString("items[1].status"));
        assertEquals(2, t.<String>getList("items.kind").stream().filter("MILESTONE_CHANGED"::equals).count());

        // the demo department user owns the request review with the office, and reports on it
        String dept = Api.signIn("dept", "dept-demo-pass");
        long section = Api.as(dept).get("/api/v1/me").then().extract().jsonPath().getLong("sectionId");
        JsonPath requests = initiative(office, plan, "協力依頼の整理・削減");
        assertTrue(requests.<Integer>getList("sectionIds").contains((int) section), requests.prettify());
        JsonPath latest = Api.as(dept).get("/api/v1/initiatives/" + requests.getLong("id") + "/progress-reports").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2025, latest.getInt("items[0].fiscalYear"));
        assertTrue(latest.getInt("items[0].indicators.find { it.binding == 'COOPERATION_REQUESTS' }.actual") > 20, latest.prettify());
        assertTrue(latest.getFloat("items[0].indicators.find { it.binding == 'REQUEST_HOURS_CUT' }.actual") > 0, latest.prettify());
        assertEquals(2024, latest.getInt("items[0].indicators.find { it.binding == 'REQUEST_HOURS_CUT' }.baseline.fiscalYear"));
        Api.as(dept).body(Plans.report(2026, 1, "IN_PROGRESS")).post("/api/v1/initiatives/" + requests.getLong("id") + "/progress-reports")
                .then().statusCode(201);
        long forum = initiative(office, plan, "住民自治フォーラム").getLong("id");
        Api.as(dept).body(Plans.report(2026, 1, "IN_PROGRESS")).post("/api/v1/initiatives/" + forum + "/progress-reports").then().statusCode(403);

        // 加入促進 shows the city's join rate of the latest year with figures
        JsonPath join = Api.as(office).get("/api/v1/initiatives/" + initiative(office, plan, "集合住宅入居者").getLong("id")
                + "/progress-reports").then().statusCode(200).extract().jsonPath();
        float rate = join.getFloat("items[0].indicators.find { it.binding == 'JOIN_RATE' && it.scopeLevel == 'CITY' }.actual");
        assertTrue(rate > 10 && rate < 100, join.prettify());
    }
}
