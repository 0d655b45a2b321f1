package jp.kyodo.registry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class DistrictResourceTest {

    static long ward;
    static long sortWard;
    static long east;
    static long west;
    static long ninety;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(DistrictResourceTest::fixtures);

    static void fixtures() {
        ward = Api.createWard();
        sortWard = Api.createWard();
        east = Api.createDistrict(sortWard, "東浜", "ひがしはま");
        west = Api.createDistrict(sortWard, "西浜", "にしはま");
        ninety = Api.createDistrict(sortWard, "第２３ＰＲ", "だいにじゅうさんぴーあーる");
    }

    @Test
    void search_ignores_half_width_full_width_and_kana_kind() {
        for (String q : List.of("ﾋｶﾞｼ", "ひがし", "ヒガシ", "東浜")) {
            Api.anonymous().queryParam("wardId", sortWard).queryParam("q", q).get("/api/v1/districts")
                    .then().statusCode(200).body("items.id", contains((int) east)).body("total", is(1));
        }
        Api.anonymous().queryParam("wardId", sortWard).queryParam("q", "23pr").get("/api/v1/districts")
                .then().statusCode(200).body("items.id", contains((int) ninety));
    }

    @Test
    void lists_sort_by_kana_reading_and_page_with_a_total() {
        Api.anonymous().queryParam("wardId", sortWard).queryParam("sort", "name").get("/api/v1/districts")
                .then().statusCode(200).body("items.name", contains("第２３ＰＲ", "西浜", "東浜")).body("total", is(3));
        Api.anonymous().queryParam("wardId", sortWard).queryParam("sort", "-name").queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/districts").then().statusCode(200).body("items.name", contains("第２３ＰＲ"))
                .body("total", is(3)).body("page", is(2)).body("size", is(2));
    }

    @Test
    void paging_and_sorting_are_validated() {
        Api.anonymous().queryParam("size", 1000).get("/api/v1/districts").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        Api.anonymous().queryParam("sort", "password").get("/api/v1/districts").then().statusCode(400)
                .body("errors[0].field", is("sort")).body("errors[0].code", is("SortKey"));
    }

    @Test
    void creating_a_district_with_bad_fields_lists_every_field_and_saves_nothing() {
        long before = Api.anonymous().queryParam("wardId", ward).get("/api/v1/districts").jsonPath().getLong("total");
        Api.as(Api.adminToken()).body(Map.of("code", "bad code!", "name", "", "kana", "Kashii", "wardId", ward))
                .post("/api/v1/districts").then().statusCode(400).contentType("application/problem+json")
                .body("type", is("https://kyodo.example.jp/problems/validation"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("code", "name", "kana"));
        Api.as(Api.adminToken()).body(Map.of("code", Api.unique("X"), "name", "幻", "kana", "まぼろし", "wardId", 987654))
                .post("/api/v1/districts").then().statusCode(400).body("errors[0].field", is("wardId"));
        assertEquals(before, Api.anonymous().queryParam("wardId", ward).get("/api/v1/districts").jsonPath().getLong("total"));
    }

    @Test
    void malformed_json_is_a_problem_not_a_crash() {
        Api.as(Api.adminToken()).body("{\"code\": ").post("/api/v1/districts").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400));
        Api.as(Api.adminToken()).body("{\"code\":\"A\",\"name\":\"a\",\"kana\":\"あ\",\"wardId\":\"one\"}")
                .post("/api/v1/districts").then().statusCode(400).body("errors[0].field", is("wardId"));
    }

    @Test
    void an_update_needs_the_current_version_and_a_stale_one_is_refused_with_the_current_state() {
        long d = Api.createDistrict(ward, "版", "はん");
        var get = Api.as(Api.adminToken()).get("/api/v1/districts/" + d);
        String etag = get.header("ETag");
        Map<String, Object> body = Map.of("code", get.jsonPath().getString("code"), "name", "版", "kana", "はん",
                "wardId", ward, "communityHall", "新しい公民館");
        Api.as(Api.adminToken()).body(body).put("/api/v1/districts/" + d).then().statusCode(428)
                .body("type", containsString("version-required"));
        String newTag = Api.as(Api.adminToken()).header("If-Match", etag).body(body).put("/api/v1/districts/" + d)
                .then().statusCode(200).body("communityHall", is("新しい公民館")).extract().header("ETag");
        // a second tab still holding the first version
        Api.as(Api.adminToken()).header("If-Match", etag).body(Map.of("code", body.get("code"), "name", "版", "kana", "はん",
                "wardId", ward, "communityHall", "古い公民館")).put("/api/v1/districts/" + d)
                .then().statusCode(412).header("ETag", is(newTag)).body("current.communityHall", is("新しい公民館"));
        Api.anonymous().get("/api/v1/districts/" + d).then().body("communityHall", is("新しい公民館"));
    }

    @Test
    void history_records_who_changed_what() {
        long d = Api.createDistrict(ward, "歴史", "れきし");
        var get = Api.as(Api.adminToken()).get("/api/v1/districts/" + d);
        Api.as(Api.token(Api.OFFICE)).header("If-Match", get.header("ETag"))
                .body(Map.of("code", get.jsonPath().getString("code"), "name", "歴史", "kana", "れきし", "wardId", ward, "communityHall", "歴史公民館", "note", "メモ"))
                .put("/api/v1/districts/" + d).then().statusCode(200);
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/districts/" + d + "/history").then().statusCode(200)
                .body("total", is(2)).body("items[0].action", is("UPDATE"))
                .body("items[0].actor", containsString("office"))
                .body("items[0].changes", hasSize(1))
                .body("items[0].changes[0].field", is("note")).body("items[0].changes[0].after", is("メモ"))
                .body("items[0].changes[0].before", nullValue())
                .body("items[1].action", is("CREATE"));
    }

    @Test
    void deleting_a_district_with_organizations_is_refused() {
        var town = Api.town("削除", "さくじょ");
        String etag = Api.as(Api.adminToken()).get("/api/v1/districts/" + town.districtId()).header("ETag");
        Api.as(Api.adminToken()).header("If-Match", etag).delete("/api/v1/districts/" + town.districtId())
                .then().statusCode(409).body("detail", containsString("organizations"));
        long empty = Api.createDistrict(ward, "空", "から");
        String tag2 = Api.as(Api.adminToken()).get("/api/v1/districts/" + empty).header("ETag");
        Api.as(Api.adminToken()).header("If-Match", tag2).delete("/api/v1/districts/" + empty).then().statusCode(204);
        Api.anonymous().get("/api/v1/districts/" + empty).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void statistics_per_fiscal_year_and_the_latest_on_the_district() {
        long d = Api.createDistrict(ward, "統計", "とうけい");
        Api.as(Api.token(Api.OFFICE)).body(Map.of("population", 1000, "households", 450))
                .put("/api/v1/districts/" + d + "/statistics/2024").then().statusCode(201);
        Api.as(Api.token(Api.OFFICE)).body(Map.of("population", 990, "households", 455))
                .put("/api/v1/districts/" + d + "/statistics/2025").then().statusCode(201);
        Api.as(Api.token(Api.OFFICE)).body(Map.of("population", 991, "households", 455))
                .put("/api/v1/districts/" + d + "/statistics/2025").then().statusCode(428);
        Api.anonymous().get("/api/v1/districts/" + d).then().body("latestStatistics.fiscalYear", is(2025))
                .body("latestStatistics.population", is(990));
        Api.anonymous().get("/api/v1/districts/" + d + "/statistics").then().body("items.fiscalYear", contains(2025, 2024));
    }

    @Test
    void the_district_shows_its_liaisons_to_staff_only() {
        long d = Api.createDistrict(ward, "担当", "たんとう");
        Api.liaisonFor(d);
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/districts/" + d).then().body("liaisons", hasSize(1))
                .body("liaisons[0].displayName", notNullValue());
        Api.anonymous().get("/api/v1/districts/" + d).then().body("liaisons", nullValue());
    }

    @Test
    void unknown_paths_and_methods_answer_with_problems() {
        Api.anonymous().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        Api.anonymous().get("/api/v1/districts/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("instance", is("/api/v1/districts/999999999"));
        Api.as(Api.adminToken()).patch("/api/v1/wards").then().statusCode(405).contentType("application/problem+json");
    }
}
