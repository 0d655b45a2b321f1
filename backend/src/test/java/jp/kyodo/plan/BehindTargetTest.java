package jp.kyodo.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 目標に対する遅れ: each rule fires once the year of its target has ended (asOf after 31 March) and clears when
 * the progress it asks for is reported. Hand-made initiatives on a plan of their own.
 */
@QuarkusTest
class BehindTargetTest {

    private static String office;
    private static long planId;
    private static long measureId;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(BehindTargetTest::fixtures);

    static void fixtures() {
        office = Plans.office();
        planId = Plans.plan(2009, 2012);
        long pillar = Plans.node(planId, null, "PILLAR", "Ⅰ", "遅れの検出");
        measureId = Plans.node(planId, pillar, "MEASURE", "(1)", "目標の年度");
    }

    private static JsonPath standing(long initiativeId, String asOf) {
        return Api.as(Api.token(Api.COMMITTEE)).queryParam("asOf", asOf).get("/api/v1/initiatives/" + initiativeId).then()
                .statusCode(200).extract().jsonPath();
    }

    private static List<String> reasons(long initiativeId, String asOf) {
        return standing(initiativeId, asOf).getList("behindReasons.code");
    }

    @Test
    void a_completion_target_is_overdue_once_its_year_ends_until_it_is_reported_completed() {
        long id = Plans.initiativeId(planId, measureId, "手引書の作成", List.of(Plans.target("COMPLETE", 2009)));
        assertEquals(List.of(), reasons(id, "2010-03-31"));
        assertEquals(List.of("COMPLETE_OVERDUE"), reasons(id, "2010-04-01"));
        JsonPath s = standing(id, "2010-04-01");
        assertEquals(true, s.getBoolean("behind"));
        assertEquals(2009, s.getInt("behindReasons[0].fiscalYear"));
        assertEquals("完了目標の年度を過ぎても完了していません", s.getString("behindReasons[0].ja"));

        Plans.report(id, 2009, 0, "IN_PROGRESS");
        assertEquals(List.of("COMPLETE_OVERDUE"), reasons(id, "2010-04-01"));
        Plans.report(id, 2010, 0, "COMPLETED");
        assertEquals(List.of(), reasons(id, "2010-04-01"));
        assertEquals("COMPLETED", standing(id, "2011-04-01").getString("status"));
        // as of a date in FY2009 the FY2010 report is not known yet
        assertEquals("IN_PROGRESS", standing(id, "2010-03-31").getString("status"));
    }

    @Test
    void begin_and_start_targets_need_some_progress_after_their_year() {
        long begin = Plans.initiativeId(planId, measureId, "見直しに着手", List.of(Plans.target("BEGIN", 2009)));
        long start = Plans.initiativeId(planId, measureId, "講座を実施", List.of(Plans.target("START", 2010)));
        assertEquals(List.of("BEGIN_NO_PROGRESS"), reasons(begin, "2010-04-01"));
        assertEquals(List.of(), reasons(start, "2011-03-31"));
        assertEquals(List.of("START_NO_PROGRESS"), reasons(start, "2011-04-01"));
        assertEquals(2010, standing(start, "2011-04-01").getInt("behindReasons[0].fiscalYear"));

        // 未着手 is no progress
        Plans.report(begin, 2009, 0, "NOT_STARTED");
        assertEquals(List.of("BEGIN_NO_PROGRESS"), reasons(begin, "2010-04-01"));
        Plans.report(begin, 2010, 1, "IN_PROGRESS");
        assertEquals(List.of(), reasons(begin, "2010-04-01"));
        Plans.report(start, 2010, 0, "CARRIED_OUT");
        assertEquals(List.of(), reasons(start, "2011-04-01"));

        // the initiative list filters by it
        Api.as(office).queryParam("planId", planId).queryParam("behind", true).queryParam("asOf", "2011-04-01").get("/api/v1/initiatives")
                .then().body("items.id", not(hasItem((int) begin))).body("items.id", not(hasItem((int) start)));
    }

    @Test
    void each_overdue_milestone_is_a_reason_until_it_is_done() {
        JsonPath d = Plans.initiative(planId, measureId, "主催事業の見直し", List.of(Plans.target("CONTINUE", null)),
                List.of(Plans.milestone("現状の検証", 2009), Plans.milestone("方向の決定", 2010), Plans.milestone("見直し実施", null)), List.of());
        long id = d.getLong("id");
        long first = d.getLong("milestones[0].id");
        long second = d.getLong("milestones[1].id");
        assertEquals(List.of(), reasons(id, "2010-03-31"));
        JsonPath s = standing(id, "2010-04-01");
        assertEquals(List.of("MILESTONE_OVERDUE"), s.getList("behindReasons.code"));
        assertEquals(first, s.getLong("behindReasons[0].milestoneId"));
        assertEquals(List.of("MILESTONE_OVERDUE", "MILESTONE_OVERDUE"), reasons(id, "2011-04-01"));

        Api.as(office).header("If-Match", "\"0\"").body(Map.of("status", "DONE", "doneOn", "2010-03-20"))
                .put("/api/v1/milestones/" + first).then().statusCode(200);
        s = standing(id, "2011-04-01");
        assertEquals(List.of("MILESTONE_OVERDUE"), s.getList("behindReasons.code"));
        assertEquals(second, s.getLong("behindReasons[0].milestoneId"));
        Api.as(office).header("If-Match", "\"0\"").body(Map.of("status", "DONE")).put("/api/v1/milestones/" + second).then().statusCode(200);
        assertEquals(List.of(), reasons(id, "2011-04-01"));
    }

    @Test
    void a_delayed_report_is_behind_until_a_later_period_says_otherwise() {
        long id = Plans.initiativeId(planId, measureId, "補助金の交付", List.of(Plans.target("CONTINUE", null)));
        Plans.report(id, 2010, 0, "DELAYED");
        assertEquals(List.of("REPORTED_DELAYED"), reasons(id, "2011-01-15"));
        assertEquals(2010, standing(id, "2011-01-15").getInt("behindReasons[0].fiscalYear"));
        Plans.report(id, 2011, 1, "CONTINUING");
        assertEquals(List.of(), reasons(id, "2011-10-01"));
        // as of FY2010 the later report does not count yet
        assertEquals(List.of("REPORTED_DELAYED"), reasons(id, "2011-01-15"));
        // the dashboard lists it as of then, not as of now
        Api.as(office).queryParam("asOf", "2011-01-15").get("/api/v1/plans/" + planId + "/dashboard").then().statusCode(200)
                .body("behind.id", hasItem((int) id));
        Api.as(office).queryParam("asOf", "2011-10-01").get("/api/v1/plans/" + planId + "/dashboard").then()
                .body("behind.id", not(hasItem((int) id)));
    }

    @Test
    void reasons_add_up_in_rule_order() {
        long id = Plans.initiative(planId, measureId, "改訂と完了", List.of(Plans.target("START", 2009), Plans.target("COMPLETE", 2010)),
                List.of(Plans.milestone("改訂案", 2009)), List.of()).getLong("id");
        assertEquals(List.of("START_NO_PROGRESS", "MILESTONE_OVERDUE"), reasons(id, "2010-06-01"));
        Plans.report(id, 2010, 0, "DELAYED");
        assertEquals(List.of("COMPLETE_OVERDUE", "MILESTONE_OVERDUE", "REPORTED_DELAYED"), reasons(id, "2011-06-01"));
        Api.as(office).queryParam("planId", planId).queryParam("behind", false).queryParam("asOf", "2011-06-01")
                .get("/api/v1/initiatives").then().body("items.id", not(hasItem((int) id)));
        Api.as(office).queryParam("planId", planId).queryParam("behind", true).queryParam("asOf", "2011-06-01")
                .get("/api/v1/initiatives").then().body("items.id", hasItem((int) id)).body("items", not(empty()));
        Api.as(office).queryParam("planId", planId).queryParam("q", "改訂と完了").get("/api/v1/initiatives").then()
                .body("items.title", contains("改訂と完了")).body("items[0].status", is("DELAYED"));
    }
}
