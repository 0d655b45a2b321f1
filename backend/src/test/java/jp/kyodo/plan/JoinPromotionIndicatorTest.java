package jp.kyodo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kyodo.participation.JoinPromotionTest;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/** 加入促進 as live indicators: units joined through new buildings and the buildings whose developer cooperated, by the outcome's year. */
@QuarkusTest
class JoinPromotionIndicatorTest {

    @Test
    void units_joined_and_cooperating_buildings_are_live_indicators() {
        int year = 1986;
        String office = Plans.office();
        Town east = Api.town("加入東", "かにゅうひがし");
        long second = Api.createDistrict(east.wardId(), "加入西", "かにゅうにし");
        long a = Api.as(office).body(JoinPromotionTest.building(east.districtId(), null, "東の建物", year + "-05-01", 40)).post("/api/v1/new-buildings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long b = Api.as(office).body(JoinPromotionTest.building(second, null, "西の建物", year + "-06-01", 20)).post("/api/v1/new-buildings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long c = Api.as(office).body(JoinPromotionTest.building(second, null, "断られた建物", year + "-06-01", 20)).post("/api/v1/new-buildings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JoinPromotionTest.outcome(office, a, "BLOCK_JOIN", year + "-09-01", 40);
        JoinPromotionTest.outcome(office, b, "INDIVIDUAL", (year + 1) + "-02-01", 7);
        JoinPromotionTest.outcome(office, c, "DECLINED", year + "-09-01", 0);
        long plan = Plans.plan(year, year + 1);
        long pillar = Plans.node(plan, null, "PILLAR", "Ⅱ", "加入促進");
        long initiative = Plans.initiativeId(plan, pillar, "新築集合住宅への働きかけ", List.of(Plans.target("CONTINUE", null)));
        Map<String, Object> body = Plans.report(year, 0, "CONTINUING");
        body.put("indicators", List.of(Plans.indicator("NEW_BUILDING_UNITS_JOINED", "WARD", east.wardId(), 50),
                Plans.indicator("NEW_BUILDINGS_COOPERATING", "WARD", east.wardId(), 3),
                Plans.indicator("NEW_BUILDING_UNITS_JOINED", "DISTRICT", second, 10)));
        long report = Plans.report(office, initiative, body);
        JsonPath r = Api.as(office).get("/api/v1/progress-reports/" + report).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> indicators = r.getList("indicators");
        assertEquals(47, ((Number) indicators.get(0).get("actual")).intValue());
        assertEquals("戸", indicators.get(0).get("unit"));
        assertEquals(2, ((Number) indicators.get(1).get("actual")).intValue());
        assertEquals(7, ((Number) indicators.get(2).get("actual")).intValue());
    }

}
