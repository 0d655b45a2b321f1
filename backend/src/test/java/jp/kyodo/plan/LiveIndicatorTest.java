package jp.kyodo.plan;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 連動指標: a bound indicator's actual follows the data it is bound to — membership figures, 協力依頼 of the
 * inventory, the review cycle's baseline. Uses fiscal years 1993 and 1994, which no other test touches, so the
 * city-wide figures are this test's own (hand-computed below).
 */
@QuarkusTest
class LiveIndicatorTest {

    static final int BASE = 1993;
    static final int YEAR = 1994;

    private static Map<String, Object> request(long section, long district, int fy, String kind, int people, double hours, int... months) {
        Map<String, Object> b = Api.cityRequest(section, fy, List.of(district), months);
        b.put("kind", kind);
        b.put("people", people);
        b.put("hoursPerPerson", hours);
        return b;
    }

    /** The report's indicators by name. */
    private static Map<String, Map<String, Object>> indicators(long reportId) {
        JsonPath r = Api.as(Api.token(Api.LIAISON)).get("/api/v1/progress-reports/" + reportId).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (Map<String, Object> i : r.<Map<String, Object>>getList("indicators")) {
            out.put((String) i.get("name"), i);
        }
        return out;
    }

    private static Object actual(long reportId, String name) {
        return indicators(reportId).get(name).get("actual");
    }

    private static Map<String, Object> named(Map<String, Object> indicator, String name) {
        Map<String, Object> m = new HashMap<>(indicator);
        m.put("name", name);
        return m;
    }

    @Test
    void indicators_follow_membership_figures_requests_and_the_review_baseline() {
        String office = Plans.office();
        long plan = Plans.plan(1990, 1995);
        long pillar = Plans.node(plan, null, "PILLAR", "Ⅰ", "連動指標");
        long measure = Plans.node(plan, pillar, "MEASURE", "(1)", "加入促進と依頼の削減");
        long initiative = Plans.initiativeId(plan, measure, "加入促進と依頼の整理", List.of(Plans.target("CONTINUE", null)));

        // the registry: one district of a new ward with two associations; figures of 1993 = the city's
        Api.Town town = Api.town("連動", "れんどう");
        long a1 = town.associationIds().get(0);
        long a2 = town.associationIds().get(1);
        Api.putFigures(Api.adminToken(), a1, BASE, 100, 60, null).then().statusCode(201);
        Api.putFigures(Api.adminToken(), a2, BASE, 300, 150, null).then().statusCode(201);

        Map<String, Object> body = Plans.report(BASE, 0, "CONTINUING");
        body.put("indicators", List.of(
                named(Plans.indicator("JOIN_RATE", "CITY", null, 60), "加入率（市）"),
                named(Plans.indicator("JOIN_RATE", "WARD", town.wardId(), 60), "加入率（区）"),
                named(Plans.indicator("JOIN_RATE", "DISTRICT", town.districtId(), 60), "加入率（校区）"),
                Plans.indicator("COOPERATION_REQUESTS", null, null, 1),
                Plans.indicator("REQUEST_HOURS", "CITY", null, null),
                Plans.indicator("COOPERATION_REQUESTS_CUT", null, null, 10),
                Map.of("name", "説明会の開催", "unit", "回", "target", 2, "actual", 3)));
        long base = Plans.report(office, initiative, body);

        // (60 + 150) ÷ (100 + 300) = 52.5 %, the same figure as /join-rates
        Map<String, Map<String, Object>> i = indicators(base);
        assertEquals(52.5f, i.get("加入率（市）").get("actual"));
        assertEquals(52.5f, i.get("加入率（区）").get("actual"));
        assertEquals(52.5f, i.get("加入率（校区）").get("actual"));
        assertEquals("市全体", i.get("加入率（市）").get("scopeName"));
        assertEquals("連動", i.get("加入率（校区）").get("scopeName"));
        assertEquals(true, i.get("加入率（校区）").get("live"));
        assertEquals("%", i.get("加入率（校区）").get("unit"));
        assertEquals(0.525f, Api.anonymous().queryParam("level", "CITY").queryParam("fromYear", BASE).queryParam("toYear", BASE)
                .get("/api/v1/join-rates").then().extract().jsonPath().getFloat("items[0].joinRate"));
        // no requests in 1993 yet, no review cycle of 1993: nothing to show
        assertFalse(i.get("協力依頼の件数").containsKey("actual"));
        assertEquals("件", i.get("協力依頼の件数").get("unit"));
        assertFalse(i.get("協力依頼の削減率（基準年度比）").containsKey("actual"));
        assertFalse(i.get("協力依頼の削減率（基準年度比）").containsKey("baseline"));
        assertEquals(3, i.get("説明会の開催").get("actual"));
        assertEquals(false, i.get("説明会の開催").get("live"));

        // a figure changes: 90 members instead of 60 → (90 + 150) ÷ 400 = 60 %
        Api.putFigures(Api.adminToken(), a1, BASE, 100, 90, "\"0\"").then().statusCode(200);
        assertEquals(60, actual(base, "加入率（市）"));
        assertEquals(60, actual(base, "加入率（校区）"));

        // 1993: two 協力依頼 and one 連絡・提案 to the district's two associations
        long section = Api.createSection("連動局", "連動課");
        Api.createCityRequest(request(section, town.districtId(), BASE, "COOPERATION", 2, 1.5, 6, 9)); // 2 × 2 × 1.5 × 2 orgs = 12 h
        Api.createCityRequest(request(section, town.districtId(), BASE, "COOPERATION", 1, 1, 7));       // 1 × 1 × 1 × 2 = 2 h
        Api.createCityRequest(request(section, town.districtId(), BASE, "NOTICE", 1, 1, 5));            // 2 h
        Map<String, Object> draft = request(section, town.districtId(), BASE, "COOPERATION", 9, 9, 4);
        draft.put("status", "DRAFT");                                                                   // not counted
        Api.createCityRequest(draft);
        assertEquals(2, actual(base, "協力依頼の件数"));
        assertEquals(16, actual(base, "依頼等による地域の負担時間"));
        assertFalse(indicators(base).get("協力依頼の削減率（基準年度比）").containsKey("actual"));

        // 1994 is reviewed against 1993: one 協力依頼 of 2 h
        Api.as(office).body(Map.of("fiscalYear", YEAR, "baselineYear", BASE, "title", "平成6年度 依頼等の見直し"))
                .post("/api/v1/review-cycles").then().statusCode(201);
        Api.createCityRequest(request(section, town.districtId(), YEAR, "COOPERATION", 1, 1, 6));
        Map<String, Object> year = Plans.report(YEAR, 0, "CONTINUING");
        year.put("indicators", List.of(Plans.indicator("COOPERATION_REQUESTS", "CITY", null, 1),
                Plans.indicator("COOPERATION_REQUESTS_CUT", "CITY", null, 50),
                Plans.indicator("REQUEST_HOURS", "CITY", null, null),
                Plans.indicator("REQUEST_HOURS_CUT", "CITY", null, 80)));
        long now = Plans.report(office, initiative, year);
        Map<String, Map<String, Object>> y = indicators(now);
        assertEquals(1, y.get("協力依頼の件数").get("actual"));
        assertEquals(Map.of("fiscalYear", BASE, "value", 2), y.get("協力依頼の件数").get("baseline"));
        assertEquals(50, y.get("協力依頼の削減率（基準年度比）").get("actual"));               // (2 − 1) ÷ 2
        assertEquals(2, y.get("依頼等による地域の負担時間").get("actual"));
        assertEquals(Map.of("fiscalYear", BASE, "value", 16), y.get("依頼等による地域の負担時間").get("baseline"));
        assertEquals(87.5f, y.get("負担時間の削減率（基準年度比）").get("actual"));             // (16 − 2) ÷ 16

        // another 協力依頼 in 1994, then deleted as entered in error
        long extra = Api.createCityRequest(request(section, town.districtId(), YEAR, "COOPERATION", 1, 1, 8));
        y = indicators(now);
        assertEquals(2, y.get("協力依頼の件数").get("actual"));
        assertEquals(0, y.get("協力依頼の削減率（基準年度比）").get("actual"));
        assertEquals(75, y.get("負担時間の削減率（基準年度比）").get("actual"));               // (16 − 4) ÷ 16
        String tag = Api.as(office).get("/api/v1/city-requests/" + extra).then().extract().header("ETag");
        Api.as(office).header("If-Match", tag).delete("/api/v1/city-requests/" + extra).then().statusCode(204);
        assertEquals(1, actual(now, "協力依頼の件数"));
        assertEquals(87.5f, actual(now, "負担時間の削減率（基準年度比）"));

        // the list computes every report's indicators, newest first
        JsonPath list = Api.as(office).get("/api/v1/initiatives/" + initiative + "/progress-reports").then().statusCode(200)
                .body("total", is(2)).extract().jsonPath();
        assertEquals(List.of(YEAR, BASE), list.getList("items.fiscalYear"));
        assertEquals(87.5f, list.getFloat("items[0].indicators.find { it.binding == 'REQUEST_HOURS_CUT' }.actual"));
        assertEquals(60, list.getInt("items[1].indicators.find { it.name == '加入率（区）' }.actual"));
        assertNull(list.get("items[1].indicators.find { it.binding == 'COOPERATION_REQUESTS_CUT' }.actual"));
    }
}
