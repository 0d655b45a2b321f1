package jp.kyodo.integrity;

import static jp.kyodo.testing.Api.adminToken;
import static jp.kyodo.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** References must exist, single-holder roles and assignments may not overlap, large figure changes are confirmed. */
@QuarkusTest
class IntegrityTest {

    @Test
    void an_agenda_item_names_requests_and_a_section_that_exist() {
        long body = as(adminToken()).body(Map.of("code", Api.unique("IB").replace("-", ""), "nameJa", "整合会議",
                "nameEn", "Integrity", "kind", "BOARD")).post("/api/v1/council-bodies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long meeting = as(adminToken()).body(Map.of("bodyId", body, "heldOn", "2025-05-20")).post("/api/v1/council-meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long section = Api.createSection("整合局", "整合課");
        Map<String, Object> req = Api.cityRequest(section, 2025, List.of(), 6);
        req.put("allDistricts", true);
        long request = Api.createCityRequest(req);
        String items = "/api/v1/council-meetings/" + meeting + "/agenda-items";
        as(adminToken()).body(Map.of("title", "存在しない依頼", "requestIds", List.of(request, 999_999_999)))
                .post(items).then().statusCode(400).body("errors.field", hasItem("requestIds[1]"));
        as(adminToken()).body(Map.of("title", "存在しない課", "sectionId", 999_999_999)).post(items).then().statusCode(400)
                .body("errors.field", hasItem("sectionId"));
        as(adminToken()).body(Map.of("title", "依頼の説明", "sectionId", section, "requestIds", List.of(request)))
                .post(items).then().statusCode(201).body("requestIds", is(List.of((int) request)));
    }

    @Test
    void a_liaison_is_assigned_to_a_district_once_per_period() {
        long district = Api.createDistrict(Api.createWard(), "整合校区", "せいごうこうく");
        long user = Api.userId(Api.createUser(Api.LIAISON));
        String path = "/api/v1/districts/" + district + "/liaison-assignments";
        Map<String, Object> first = new HashMap<>(Map.of("userId", user, "startsOn", "2024-04-01", "endsOn", "2025-03-31"));
        as(adminToken()).body(first).post(path).then().statusCode(201);
        as(adminToken()).body(first).post(path).then().statusCode(409).body("rule", is("assignment-overlap"));
        as(adminToken()).body(Map.of("userId", user, "startsOn", "2025-01-01")).post(path).then().statusCode(409);
        as(adminToken()).body(Map.of("userId", user, "startsOn", "2025-04-01")).post(path).then().statusCode(201);
        as(adminToken()).get(path).then().statusCode(200).body("total", is(2));
    }

    @Test
    void a_chair_has_one_holder_at_a_time() {
        Api.Town town = Api.town("会長整合", "かいちょうせいごう");
        String path = "/api/v1/organizations/" + town.councilId() + "/officers";
        as(adminToken()).body(officer("CHAIR", "一代 目", "2023-04-01", "2025-03-31")).post(path).then().statusCode(201);
        as(adminToken()).body(officer("CHAIR", "重複 者", "2024-04-01", null)).post(path).then().statusCode(409)
                .body("rule", is("single-holder"));
        as(adminToken()).body(officer("CHAIR", "二代 目", "2025-04-01", null)).post(path).then().statusCode(201);
        // 副会長 and 監事 may be several at once
        as(adminToken()).body(officer("VICE_CHAIR", "副 一", "2024-04-01", null)).post(path).then().statusCode(201);
        as(adminToken()).body(officer("VICE_CHAIR", "副 二", "2024-04-01", null)).post(path).then().statusCode(201);
    }

    private static Map<String, Object> officer(String role, String name, String from, String to) {
        Map<String, Object> m = new HashMap<>(Map.of("role", role, "personName", name, "termStart", from));
        if (to != null) {
            m.put("termEnd", to);
        }
        return m;
    }

    @Test
    void a_large_change_of_figures_is_saved_only_when_confirmed() {
        Api.Town town = Api.town("大変化", "だいへんか");
        long association = town.associationIds().get(0);
        String fy2026 = "/api/v1/organizations/" + association + "/membership-figures/2026";
        // a new year against last year's (2025: 100 households, 90 members)
        as(adminToken()).body(figures(281, 200, null)).put(fy2026).then().statusCode(422).body("rule", is("large-change"))
                .body("errors.field", hasItem("households"));
        as(adminToken()).body(figures(281, 200, true)).put(fy2026).then().statusCode(201);
        // replacing the stored year: 281 → 120 asks for confirmation, nothing is saved until then
        String etag = as(adminToken()).get(fy2026).then().statusCode(200).extract().header("ETag");
        as(adminToken()).header("If-Match", etag).body(figures(120, 100, null)).put(fy2026).then().statusCode(422)
                .body("errors.find { it.field == 'households' }.message", containsString("281 to 120"));
        as(adminToken()).header("If-Match", etag).body(figures(120, 100, false)).put(fy2026).then().statusCode(422);
        as(adminToken()).get(fy2026).then().statusCode(200).body("households", is(281));
        as(adminToken()).header("If-Match", etag).body(figures(120, 100, true)).put(fy2026).then().statusCode(200)
                .body("households", is(120));
        // a small change needs no confirmation
        String etag2 = as(adminToken()).get(fy2026).then().extract().header("ETag");
        as(adminToken()).header("If-Match", etag2).body(figures(125, 101, null)).put(fy2026).then().statusCode(200);
    }

    private static Map<String, Object> figures(int households, int members, Boolean confirm) {
        Map<String, Object> m = new HashMap<>(Map.of("households", households, "memberHouseholds", members,
                "areaCountMethod", "RESIDENT_REGISTRY"));
        if (confirm != null) {
            m.put("confirmLargeChange", confirm);
        }
        return m;
    }
}
