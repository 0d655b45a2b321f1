package jp.kyodo.registry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/** 加入世帯数 and 加入率: entry rules, stale versions, and the sums the database computes. */
@QuarkusTest
class MembershipTest {

    @Test
    void join_rates_are_summed_per_district_ward_and_year() {
        Town t = Api.town("集計", "しゅうけい");
        // 2024: (80 + 150) / (100 + 300) = 0.575; 2025: (90 + 210) / 400 = 0.75
        Api.anonymous().queryParam("level", "DISTRICT").queryParam("districtId", t.districtId()).get("/api/v1/join-rates")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items.fiscalYear", contains(2024, 2025))
                .body("items.households", contains(400, 400))
                .body("items.memberHouseholds", contains(230, 300))
                .body("items.joinRate", contains(0.575f, 0.75f))
                .body("items[0].associations", is(2));
        Api.anonymous().queryParam("level", "WARD").queryParam("wardId", t.wardId()).queryParam("fromYear", 2025)
                .get("/api/v1/join-rates").then().body("items", hasSize(1)).body("items[0].joinRate", is(0.75f));
        Api.anonymous().queryParam("wardId", t.wardId()).queryParam("fiscalYear", 2024).get("/api/v1/districts")
                .then().body("items[0].joinRate", is(0.575f)).body("items[0].memberHouseholds", is(230));
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/organization-tree").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", is("DISTRICT_COUNCIL")).body("items[0].children", hasSize(2))
                .body("items[0].children.joinRate", contains(0.9f, 0.7f));
    }

    @Test
    void editing_member_households_changes_the_join_rate_and_the_history() {
        Town t = Api.town("編集", "へんしゅう");
        long a = t.associationIds().get(0);
        String path = "/api/v1/organizations/" + a + "/membership-figures/2025";
        String etag = Api.anonymous().get(path).then().statusCode(200).body("joinRate", is(0.9f)).extract().header("ETag");
        Api.putFigures(Api.token(Api.OFFICE), a, 2025, 100, 95, etag).then().statusCode(200)
                .body("memberHouseholds", is(95)).body("joinRate", is(0.95f));
        Api.anonymous().queryParam("level", "DISTRICT").queryParam("districtId", t.districtId()).queryParam("fromYear", 2025)
                .get("/api/v1/join-rates").then().body("items[0].memberHouseholds", is(305));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/organizations/" + a + "/history").then().statusCode(200)
                .body("items[0].entityType", is("MembershipFigure")).body("items[0].action", is("UPDATE"))
                .body("items[0].changes.field", org.hamcrest.Matchers.hasItems("memberHouseholds", "joinRate"));
        // the second tab, still on the old version, is refused and nothing changes
        Api.putFigures(Api.token(Api.OFFICE), a, 2025, 100, 10, etag).then().statusCode(412)
                .body("current.memberHouseholds", is(95)).body("detail", containsString("Someone else"));
        Api.anonymous().get(path).then().body("memberHouseholds", is(95));
    }

    @Test
    void members_above_households_and_non_associations_are_refused() {
        Town t = Api.town("検証", "けんしょう");
        long a = t.associationIds().get(0);
        Api.putFigures(Api.adminToken(), a, 2023, 100, 101, null).then().statusCode(400)
                .body("errors[0].field", is("memberHouseholds")).body("errors[0].code", is("NotAboveHouseholds"));
        Api.as(Api.adminToken()).body(Map.of("households", -1, "areaCountMethod", "GUESS"))
                .put("/api/v1/organizations/" + a + "/membership-figures/2023").then().statusCode(400);
        Api.as(Api.adminToken()).body(Map.of("households", -1, "memberHouseholds", 0, "areaCountMethod", "SURVEY"))
                .put("/api/v1/organizations/" + a + "/membership-figures/2023").then().statusCode(400)
                .body("errors[0].field", is("households"));
        Api.putFigures(Api.adminToken(), t.councilId(), 2023, 100, 50, null).then().statusCode(400)
                .body("errors[0].code", is("HasMembership"));
        Api.anonymous().get("/api/v1/organizations/" + a + "/membership-figures/2023").then().statusCode(404);
    }

    @Test
    void city_level_trend_has_one_row_per_year() {
        Api.town("全市", "ぜんし");
        Api.anonymous().queryParam("level", "CITY").queryParam("fromYear", 2024).queryParam("toYear", 2025)
                .get("/api/v1/join-rates").then().statusCode(200).body("items.fiscalYear", contains(2024, 2025))
                .body("items[0].level", is("CITY"));
    }

    @Test
    void districts_sort_by_join_rate_computed_by_the_database() {
        long ward = Api.createWard();
        long high = Api.createDistrict(ward, "高率", "こうりつ");
        long low = Api.createDistrict(ward, "低率", "ていりつ");
        long none = Api.createDistrict(ward, "無数", "むすう");
        long a1 = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", high, null, "高率町内会", "こうりつちょうないかい");
        long a2 = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", low, null, "低率町内会", "ていりつちょうないかい");
        Api.putFigures(Api.adminToken(), a1, 2025, 100, 95, null).then().statusCode(201);
        Api.putFigures(Api.adminToken(), a2, 2025, 100, 40, null).then().statusCode(201);
        Api.anonymous().queryParam("wardId", ward).queryParam("fiscalYear", 2025).queryParam("sort", "-joinRate")
                .get("/api/v1/districts").then().statusCode(200)
                .body("items.id", contains((int) high, (int) low, (int) none))
                .body("items.joinRate", contains(0.95f, 0.4f, null));
        Api.anonymous().queryParam("wardId", ward).queryParam("fiscalYear", 2025).queryParam("sort", "joinRate")
                .get("/api/v1/districts").then().body("items.id", contains((int) low, (int) high, (int) none));
        Api.anonymous().queryParam("wardId", ward).queryParam("fiscalYear", 2025).queryParam("sort", "name")
                .get("/api/v1/districts").then().body("items.id", contains((int) high, (int) low, (int) none))
                .body("items.memberHouseholds", contains(95, 40, null)).body("items.associations", contains(1, 1, 0));
    }
}
