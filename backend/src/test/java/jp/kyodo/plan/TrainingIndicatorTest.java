package jp.kyodo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 研修等への参加 as live indicators: the districts represented at the year's trainings and events and the people
 * who attended follow the attendance recorded, per ward and district.
 */
@QuarkusTest
class TrainingIndicatorTest {

    static final int YEAR = 1985;

    @Test
    void districts_represented_and_attendance_follow_the_attendance_recorded() {
        String office = Plans.office();
        Api.Town east = Api.town("研修東", "けんしゅうひがし");
        long second = Api.createDistrict(east.wardId(), "研修西", "けんしゅうにし");
        long third = Api.createDistrict(east.wardId(), "研修南", "けんしゅうみなみ");
        long section = Api.createSection("研修局", "研修推進課");
        long event = Api.as(office).body(Api.body("title", "補助金等説明会", "kind", "BRIEFING", "heldOn", YEAR + "-05-20",
                "audience", "COMMUNITY", "sectionId", section)).post("/api/v1/support-events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        attend(office, event, east.districtId(), 2, 2);
        attend(office, event, second, 1, 0);           // registered, nobody came: not represented
        long training = Api.as(office).body(Api.body("title", "事務局研修", "kind", "TRAINING", "heldOn", (YEAR + 1) + "-02-10",
                "audience", "COMMUNITY", "sectionId", section)).post("/api/v1/support-events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        attend(office, training, east.districtId(), 1, 1);
        attend(office, training, third, 3, 3);

        long plan = Plans.plan(YEAR, YEAR + 1);
        long pillar = Plans.node(plan, null, "PILLAR", "Ⅰ", "人材育成");
        long initiative = Plans.initiativeId(plan, pillar, "研修の充実", List.of(Plans.target("CONTINUE", null)));
        Map<String, Object> body = Plans.report(YEAR, 0, "CONTINUING");
        body.put("indicators", List.of(Plans.indicator("TRAINING_DISTRICTS", "WARD", east.wardId(), 3),
                Plans.indicator("TRAINING_ATTENDANCE", "WARD", east.wardId(), 10),
                Plans.indicator("TRAINING_ATTENDANCE", "DISTRICT", east.districtId(), 2),
                Plans.indicator("TRAINING_DISTRICTS", "CITY", null, 100)));
        long report = Plans.report(office, initiative, body);

        JsonPath r = Api.as(office).get("/api/v1/progress-reports/" + report).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> indicators = r.getList("indicators");
        Map<String, Object> wardDistricts = indicators.get(0);
        assertEquals("研修等に参加した校区の数", wardDistricts.get("name"));
        assertEquals("校区", wardDistricts.get("unit"));
        assertEquals(2, ((Number) wardDistricts.get("actual")).intValue(), "the district with someone present and the third");
        assertEquals(6, ((Number) indicators.get(1).get("actual")).intValue(), "2 + 0 + 1 + 3 people in the year");
        assertEquals(3, ((Number) indicators.get(2).get("actual")).intValue());
        assertTrue(((Number) indicators.get(3).get("actual")).intValue() >= 2);

        // the attendance is corrected: the second district did come after all
        attend(office, event, second, 1, 1);
        r = Api.as(office).get("/api/v1/progress-reports/" + report).then().statusCode(200).extract().jsonPath();
        assertEquals(3, ((Number) r.getList("indicators", Map.class).get(0).get("actual")).intValue());
    }

    static void attend(String token, long event, long district, int registered, int attended) {
        String tag = Api.as(token).get("/api/v1/support-events/" + event).then().statusCode(200).extract().header("ETag");
        Map<String, Object> row = new HashMap<>();
        row.put("registered", registered);
        row.put("attended", attended);
        Api.as(token).header("If-Match", tag).body(Map.of("rows", List.of(row)))
                .put("/api/v1/support-events/" + event + "/attendance/" + district).then().statusCode(200);
    }
}
