package jp.kyodo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** 進捗の概況: counts per pillar, the behind list and the trend of a small plan, against hand-counted figures. */
@QuarkusTest
class PlanDashboardTest {

    static Map<String, Object> counts(long notReported, long notStarted, long inProgress, long carriedOut, long completed,
            long continuing, long delayed) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (notReported >= 0) {
            m.put("NOT_REPORTED", (int) notReported);
        }
        m.put("NOT_STARTED", (int) notStarted);
        m.put("IN_PROGRESS", (int) inProgress);
        m.put("CARRIED_OUT", (int) carriedOut);
        m.put("COMPLETED", (int) completed);
        m.put("CONTINUING", (int) continuing);
        m.put("DELAYED", (int) delayed);
        return m;
    }

    @Test
    void pillars_count_each_initiative_once_by_its_latest_status() {
        long plan = Plans.plan(2009, 2010);
        long p1 = Plans.node(plan, null, "PILLAR", "Ⅰ", "自治の確立");
        long m1 = Plans.node(plan, p1, "MEASURE", "(1)", "理解促進");
        long m2 = Plans.node(plan, p1, "MEASURE", "(2)", "人材育成");
        long p2 = Plans.node(plan, null, "PILLAR", "Ⅱ", "共働");
        long m3 = Plans.node(plan, p2, "MEASURE", "(1)", "依頼の見直し");
        long empty = Plans.node(plan, null, "PILLAR", "Ⅲ", "推進体制");

        long a = Plans.initiativeId(plan, m1, "フォーラム", List.of(Plans.target("START", 2009)));
        long b = Plans.initiativeId(plan, m1, "ハンドブック", List.of(Plans.target("COMPLETE", 2009)));
        long c = Plans.initiativeId(plan, m2, "補助金", List.of(Plans.target("CONTINUE", null)));
        long d = Plans.initiativeId(plan, m3, "依頼の整理", List.of(Plans.target("BEGIN", 2009)));
        Plans.relist(plan, m2, a);   // twice under Ⅰ: counted once there
        Plans.relist(plan, m3, a);   // and once under Ⅱ

        Plans.report(a, 2009, 0, "CARRIED_OUT");
        Plans.report(b, 2009, 1, "IN_PROGRESS");
        Plans.report(b, 2009, 2, "DELAYED");
        Plans.report(c, 2009, 0, "CONTINUING");
        Plans.report(c, 2010, 0, "CONTINUING");
        // d: nothing reported

        // as of FY2011: b is late (COMPLETE 2009, reported delayed), d never began
        JsonPath x = Api.as(Api.token(Api.DEPARTMENT)).queryParam("asOf", "2011-04-01").get("/api/v1/plans/" + plan + "/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("2011-04-01", x.getString("asOf"));
        assertEquals(4, x.getInt("plan.initiatives"));
        assertEquals(List.of((int) p1, (int) p2, (int) empty), x.getList("pillars.nodeId"));
        assertEquals(List.of("Ⅰ", "Ⅱ", "Ⅲ"), x.getList("pillars.code"));
        assertEquals(List.of(3, 2, 0), x.getList("pillars.initiatives"));
        assertEquals(counts(0, 0, 0, 1, 0, 1, 1), x.getMap("pillars[0].byStatus"));
        assertEquals(counts(1, 0, 0, 1, 0, 0, 0), x.getMap("pillars[1].byStatus"));
        assertEquals(counts(0, 0, 0, 0, 0, 0, 0), x.getMap("pillars[2].byStatus"));
        assertEquals(List.of(1, 1, 0), x.getList("pillars.behind"));
        assertEquals(List.of((int) b, (int) d), x.getList("behind.id"));
        assertEquals(List.of("COMPLETE_OVERDUE", "REPORTED_DELAYED"), x.getList("behind[0].behindReasons.code"));
        assertEquals("Ⅰ-(1)", x.getString("behind[0].path"));
        // the trend: each initiative once per year, by the latest period of the year
        assertEquals(List.of(2009, 2010), x.getList("trend.fiscalYear"));
        assertEquals(List.of(3, 1), x.getList("trend.reported"));
        assertEquals(counts(-1, 0, 0, 1, 0, 1, 1), x.getMap("trend[0].byStatus"));
        assertEquals(counts(-1, 0, 0, 0, 0, 1, 0), x.getMap("trend[1].byStatus"));
        assertTrue(x.<String, Integer>getMap("trend[0].ratings").values().stream().allMatch(n -> n == 0), x.prettify());

        // as of FY2009 nothing is overdue yet; b's delay is reported all the same
        JsonPath early = Api.as(Plans.office()).queryParam("asOf", "2010-03-31").get("/api/v1/plans/" + plan + "/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) b), early.getList("behind.id"));
        assertEquals(List.of("REPORTED_DELAYED"), early.getList("behind[0].behindReasons.code"));
        assertEquals(List.of(2009), early.getList("trend.fiscalYear"));
        assertEquals(counts(0, 0, 0, 1, 0, 1, 1), early.getMap("pillars[0].byStatus"));

        Api.as(Plans.office()).get("/api/v1/plans/-1/dashboard").then().statusCode(404);
        Api.anonymous().get("/api/v1/plans/" + plan + "/dashboard").then().statusCode(401);
    }
}
