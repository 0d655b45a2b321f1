package jp.kyodo.request;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 区単位の依頼先: a request addressed to whole wards lands on the districts those wards hold when it is read — burden,
 * the district filter, calendars — follows a district moved between wards, combines with chosen districts without
 * counting a district twice, is refused when it names an unknown ward or also says every district, and survives an
 * export and import.
 */
@QuarkusTest
class WardTargetTest {

    /** Ward A with districts A1 (two associations) and A2 (one); ward B with district B1 (one). */
    record City(long wardA, long wardB, long a1, long a2, long b1, long section) {
    }

    static City city(String name) {
        long wardA = Api.createWard();
        long wardB = Api.createWard();
        long a1 = Api.createDistrict(wardA, name + "東", "ひがし");
        long a2 = Api.createDistrict(wardA, name + "西", "にし");
        long b1 = Api.createDistrict(wardB, name + "南", "みなみ");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", a1, null, name + "東一町内会", "ひがしいち");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", a1, null, name + "東二町内会", "ひがしに");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", a2, null, name + "西一町内会", "にしいち");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", b1, null, name + "南一町内会", "みなみいち");
        return new City(wardA, wardB, a1, a2, b1, Api.createSection(name + "局", name + "課"));
    }

    static Map<String, Object> toWards(City c, List<Long> districts, List<Long> wards) {
        Map<String, Object> body = Api.cityRequest(c.section(), 2031, districts, 6);
        body.put("wardIds", wards);
        return body;
    }

    static int organizations(long request) {
        return Api.anonymous().get("/api/v1/city-requests/" + request).then().statusCode(200)
                .extract().jsonPath().getInt("burden.receivingOrganizations");
    }

    static List<Integer> requestsOf(long district) {
        return Api.anonymous().queryParam("districtId", district).queryParam("fiscalYear", 2031).queryParam("size", 200)
                .get("/api/v1/city-requests").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    static void moveDistrict(long district, long toWard) {
        Response get = Api.as(Api.adminToken()).get("/api/v1/districts/" + district);
        JsonPath d = get.jsonPath();
        Api.as(Api.adminToken()).header("If-Match", get.header("ETag"))
                .body(Api.body("code", d.getString("code"), "name", d.getString("name"), "kana", d.getString("kana"),
                        "wardId", toWard, "communityHall", d.getString("communityHall")))
                .put("/api/v1/districts/" + district).then().statusCode(200);
    }

    @Test
    void a_request_to_a_ward_lands_on_exactly_that_wards_districts() {
        City c = city("区依頼");
        long id = Api.createCityRequest(toWards(c, List.of(), List.of(c.wardA())));
        Api.anonymous().get("/api/v1/city-requests/" + id).then().statusCode(200)
                .body("allDistricts", is(false)).body("districtIds", is(List.of())).body("wardIds", contains((int) c.wardA()))
                .body("burden.receivingOrganizations", is(3));
        // burden per district of the two wards: A1 two associations × 1 h, A2 one, B1 none
        JsonPath byDistrict = Api.anonymous().queryParam("groupBy", "DISTRICT").queryParam("fiscalYear", 2031)
                .queryParam("size", 200).get("/api/v1/burden").then().statusCode(200)
                .extract().jsonPath();
        Map<Object, Object> hours = new java.util.HashMap<>();
        for (int i = 0; i < byDistrict.getList("items").size(); i++) {
            hours.put(byDistrict.getLong("items[" + i + "].id"), byDistrict.getFloat("items[" + i + "].annualHours"));
        }
        assertEquals(2.0f, hours.get(c.a1()));
        assertEquals(1.0f, hours.get(c.a2()));
        assertTrue(hours.get(c.b1()) == null || ((Float) hours.get(c.b1())) == 0.0f, "ward B got hours: " + hours);
        // the district filter, the district's burden calendar and the workspace calendar
        assertTrue(requestsOf(c.a2()).contains((int) id));
        assertTrue(!requestsOf(c.b1()).contains((int) id));
        Api.anonymous().queryParam("fiscalYear", 2031).get("/api/v1/districts/" + c.a2() + "/burden-calendar").then()
                .statusCode(200).body("months[2].hours", is(1.0f));
        Api.anonymous().queryParam("fiscalYear", 2031).get("/api/v1/districts/" + c.b1() + "/burden-calendar").then()
                .statusCode(200).body("totalHours", is(0.0f));
        Api.as(Api.token(Api.OFFICE)).queryParam("year", 2031).queryParam("month", 6).queryParam("districtId", c.a2())
                .get("/api/v1/burden-calendar").then().statusCode(200).body("entries.link", hasItem("/requests/" + id));
        Api.as(Api.token(Api.OFFICE)).queryParam("year", 2031).queryParam("month", 6).queryParam("districtId", c.b1())
                .get("/api/v1/burden-calendar").then().statusCode(200).body("entries.link", not(hasItem("/requests/" + id)));
    }

    @Test
    void a_district_moved_into_the_ward_is_covered_and_one_moved_out_is_not() {
        City c = city("区移動");
        long id = Api.createCityRequest(toWards(c, List.of(), List.of(c.wardA())));
        assertEquals(3, organizations(id));
        moveDistrict(c.b1(), c.wardA());
        assertEquals(4, organizations(id));
        assertTrue(requestsOf(c.b1()).contains((int) id));
        Api.as(Api.token(Api.OFFICE)).queryParam("year", 2031).queryParam("month", 6).queryParam("districtId", c.b1())
                .get("/api/v1/burden-calendar").then().statusCode(200).body("entries.link", hasItem("/requests/" + id));
        moveDistrict(c.a1(), c.wardB());
        assertEquals(2, organizations(id));
        assertTrue(!requestsOf(c.a1()).contains((int) id));
        // the stored targets did not change: still the ward
        Api.anonymous().get("/api/v1/city-requests/" + id).then().body("wardIds", contains((int) c.wardA()))
                .body("districtIds", is(List.of()));
    }

    @Test
    void districts_and_wards_combine_and_no_district_counts_twice() {
        City c = city("区併用");
        // B1 by name, ward A whole: 2 + 1 + 1
        long id = Api.createCityRequest(toWards(c, List.of(c.b1()), List.of(c.wardA())));
        assertEquals(4, organizations(id));
        // A1 named and inside ward A: still counted once
        long overlap = Api.createCityRequest(toWards(c, List.of(c.a1()), List.of(c.wardA())));
        assertEquals(3, organizations(overlap));
        moveDistrict(c.b1(), c.wardA());
        assertEquals(4, organizations(id));
    }

    @Test
    void an_unknown_ward_or_wards_beside_every_district_are_refused_naming_the_field() {
        City c = city("区検証");
        Api.as(Api.adminToken()).body(toWards(c, List.of(), List.of(987654321L))).post("/api/v1/city-requests").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("wardIds"))
                .body("errors.code", contains("Exists"));
        Map<String, Object> everyDistrict = toWards(c, List.of(), List.of(c.wardA()));
        everyDistrict.put("allDistricts", true);
        Api.as(Api.adminToken()).body(everyDistrict).post("/api/v1/city-requests").then().statusCode(400)
                .body("errors.field", contains("wardIds")).body("errors.code", contains("AllDistricts"));
        Api.as(Api.adminToken()).body(toWards(c, List.of(), List.of())).post("/api/v1/city-requests").then().statusCode(400)
                .body("errors.field", contains("districtIds"));
        Map<String, Object> badId = toWards(c, List.of(), List.of(c.wardA()));
        badId.put("wardIds", List.of(-1));
        Api.as(Api.adminToken()).body(badId).post("/api/v1/city-requests").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("wardIds")));
    }

    @Test
    void ward_targets_are_exported_as_ward_codes_and_import_back_unchanged() {
        City c = city("区取込");
        String wardCode = Api.anonymous().get("/api/v1/wards/" + c.wardA()).jsonPath().getString("code");
        String wardName = Api.anonymous().get("/api/v1/wards/" + c.wardB()).jsonPath().getString("name");
        long id = Api.createCityRequest(toWards(c, List.of(), List.of(c.wardA())));
        String code = Api.anonymous().get("/api/v1/city-requests/" + id).jsonPath().getString("code");
        String dept = Api.departmentUser(c.section());
        String export = Api.as(dept).accept("text/csv").queryParam("sectionId", c.section())
                .get("/api/v1/exports/city-requests").then().statusCode(200).extract().asString();
        assertTrue(export.contains("districtCodes,wardCodes,"), export);
        assertTrue(export.contains("," + wardCode + ","), export);
        post(dept, export, false).then().statusCode(200).body("rows.action", everyItem(is("UNCHANGED")));
        // Japanese headers; a ward named by its name; blank districts with a ward are not "every district"
        String sectionCode = Api.anonymous().get("/api/v1/sections/" + c.section()).jsonPath().getString("code");
        String newCode = Api.unique("WRD");
        String csv = "code,件名,課コード,年度,区分,依頼内容,依頼先,校区コード,区コード,経路,実施月,人数,時間\r\n"
                + newCode + ",区単位の回覧," + sectionCode + ",2031,協力依頼,回覧,自治会・町内会,," + wardName + ",班回覧,6,1,1\r\n"
                + code + ",区単位の回覧," + sectionCode + ",2031,協力依頼,回覧,自治会・町内会,," + wardCode + ";no-such-ward,班回覧,6,1,1\r\n";
        post(dept, csv, true).then().statusCode(422).body("errors.column", contains("wardCodes"))
                .body("errors.code", contains("Exists"));
        // the existing request gets its new title and channel: its ward stays
        post(dept, csv.replace(";no-such-ward", ""), false).then().statusCode(200).body("rows.action", contains("CREATE", "UPDATE"))
                .body("rows[1].changed", not(hasItem("wardCodes"))).body("rows[1].changed", not(hasItem("districtCodes")));
        Api.anonymous().get("/api/v1/city-requests/" + id).then().body("wardIds", contains((int) c.wardA()));
        long created = Api.anonymous().queryParam("q", newCode).get("/api/v1/city-requests").jsonPath().getLong("items[0].id");
        Api.anonymous().get("/api/v1/city-requests/" + created).then().body("allDistricts", is(false))
                .body("wardIds", contains((int) c.wardB())).body("burden.receivingOrganizations", is(1));
        // the import moved the kept burden figures like the API does
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(true));
    }

    static Response post(String token, String csv, boolean dryRun) {
        return Api.as(token).contentType("text/csv").accept("application/json")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/city-requests?dryRun=" + dryRun);
    }
}
