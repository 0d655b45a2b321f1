package jp.kyodo.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/** 地図: boundaries imported from GeoJSON and served as GeoJSON, and the figures the map colours districts by. */
@QuarkusTest
class MapResourceTest {

    static final String GEO = "application/geo+json";

    static byte[] sample() throws IOException {
        try (InputStream in = MapResourceTest.class.getResourceAsStream("/map/boundaries-sample.geojson")) {
            return in.readAllBytes();
        }
    }

    static Response importFile(String token, byte[] body, String query) {
        return given().header("Authorization", "Bearer " + token).contentType(GEO).accept("application/json")
                .body(body).post("/api/v1/districts/boundaries/import?" + query);
    }

    static String polygon(String code, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}").getBytes();
    }

    static final String SQUARE = "[[130.4,33.6],[130.41,33.6],[130.41,33.61],[130.4,33.61],[130.4,33.6]]";

    @Test
    void a_school_district_file_is_matched_by_name_within_the_ward_checked_first_then_saved_and_served_as_geojson() throws IOException {
        long ward = Api.createWard();
        long east = Api.createDistrict(ward, "東浜", "ひがしはま");
        long west = Api.createDistrict(ward, "西浜", "にしはま");
        long none = Api.createDistrict(ward, "北浜", "きたはま");
        String office = Api.token(Api.OFFICE);

        JsonPath dry = importFile(office, sample(), "dryRun=true&property=A27_003&matchBy=NAME&wardId=" + ward)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(true, dry.getBoolean("dryRun"));
        assertEquals(3, dry.getInt("features"));
        assertEquals(2, dry.getInt("created"));
        assertEquals(1, dry.getInt("skipped"));
        assertEquals("遠方小学校", dry.getString("items[2].key"));
        assertEquals("SKIP", dry.getString("items[2].action"));
        assertEquals(List.of("北浜"), dry.getList("districtsWithoutBoundary"));
        given().header("Authorization", "Bearer " + office).accept(GEO).get("/api/v1/districts/boundaries?wardId=" + ward)
                .then().statusCode(200).contentType(GEO).body("features.size()", is(0));

        importFile(office, sample(), "property=A27_003&matchBy=NAME&wardId=" + ward).then().statusCode(200)
                .body("applied", is(true)).body("created", is(2)).body("items[0].districtId", is((int) east));
        Response served = given().header("Authorization", "Bearer " + Api.token(Api.LIAISON)).accept(GEO)
                .get("/api/v1/districts/boundaries?wardId=" + ward);
        served.then().statusCode(200).contentType(GEO).header("ETag", notNullValue())
                .body("type", is("FeatureCollection"))
                .body("features.properties.name", contains("東浜", "西浜"))
                .body("features[0].id", is((int) east))
                .body("features[0].geometry.type", is("Polygon"))
                .body("features[1].geometry.type", is("MultiPolygon"))
                .body("features[0].geometry.coordinates[0][1]", contains(130.42f, 33.6f))
                .body("bbox", contains(130.37f, 33.6f, 130.42f, 33.635f));
        String etag = served.header("ETag");
        given().header("Authorization", "Bearer " + office).header("If-None-Match", etag).accept(GEO)
                .get("/api/v1/districts/boundaries?wardId=" + ward).then().statusCode(304);

        // the same file again replaces; the ETag stays while the content does not change
        importFile(office, sample(), "property=A27_003&matchBy=NAME&wardId=" + ward).then().statusCode(200)
                .body("replaced", is(2)).body("created", is(0));
        given().header("Authorization", "Bearer " + office).header("If-None-Match", etag).accept(GEO)
                .get("/api/v1/districts/boundaries?wardId=" + ward).then().statusCode(304);
        assertTrue(none > west);
    }

    @Test
    void invalid_geometry_is_refused_with_the_path_of_the_value_and_nothing_changes() {
        long ward = Api.createWard();
        long d = Api.createDistrict(ward, "検査", "けんさ");
        String code = Api.as(Api.adminToken()).get("/api/v1/districts/" + d).then().extract().jsonPath().getString("code");
        String office = Api.token(Api.OFFICE);
        String open = "[[130.4,33.6],[130.41,33.6],[130.41,33.61],[130.4,33.61]]";
        String latLon = "[[33.6,130.4],[33.6,130.41],[33.61,130.41],[33.6,130.4]]";

        importFile(office, collection(polygon(code, SQUARE), polygon(code, open)), "property=code").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("features[1].geometry.coordinates[0]")).body("errors[0].code", is("ClosedRing"));
        importFile(office, collection(polygon(code, latLon)), "property=code").then().statusCode(400)
                .body("errors[0].field", is("features[0].geometry.coordinates[0][0]")).body("errors[0].code", is("LonLatRange"));
        importFile(office, collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[130.4,33.6]}}"),
                "property=code").then().statusCode(400).body("errors[0].code", is("PolygonType"));
        importFile(office, "not json".getBytes(), "property=code").then().statusCode(400).body("errors[0].field", is("body"));
        importFile(office, collection(polygon("NO-SUCH-CODE", SQUARE)), "property=code").then().statusCode(400)
                .body("errors[0].code", is("NoMatch"));
        importFile(office, collection(polygon(code, SQUARE)), "property=code&dryRun=maybe").then().statusCode(400);
        importFile(office, collection(polygon(code, SQUARE)), "dryRun=true").then().statusCode(400)
                .body("errors[0].field", is("property"));
        given().header("Authorization", "Bearer " + office).accept(GEO).get("/api/v1/districts/boundaries?wardId=" + ward)
                .then().statusCode(200).body("features.size()", is(0));

        // by code, outside a ward: the liaison may not import, the office may
        importFile(Api.liaisonFor(d), collection(polygon(code, SQUARE)), "property=code").then().statusCode(403);
        importFile(office, collection(polygon(code, SQUARE)), "property=code").then().statusCode(200)
                .body("created", is(1)).body("items[0].districtName", is("検査"));
        given().accept(GEO).get("/api/v1/districts/boundaries").then().statusCode(401);
    }

    @Test
    void metrics_give_each_district_its_join_rate_change_hours_and_no_visits_without_an_activity_log() {
        Town t = Api.town("地図", "ちず");
        long section = Api.createSection("地図局", "地図課");
        String liaison = Api.liaisonFor(t.districtId());
        // other tests' requests for every district land here too: measure what this request adds
        float hoursBefore = Api.as(liaison).get("/api/v1/map/metrics?fiscalYear=2025&wardId=" + t.wardId()).then()
                .statusCode(200).extract().jsonPath().getFloat("districts[0].burdenHours");
        Api.createCityRequest(Api.cityRequest(section, 2025, List.of(t.districtId()), 6, 9));

        JsonPath m = Api.as(liaison).get("/api/v1/map/metrics?fiscalYear=2025&wardId=" + t.wardId()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2025, m.getInt("fiscalYear"));
        Map<String, Object> d = m.getMap("districts[0]");
        assertEquals("地図", d.get("name"));
        assertEquals(0.75f, ((Number) d.get("joinRate")).floatValue());
        assertEquals(0.575f, ((Number) d.get("previousJoinRate")).floatValue());
        assertEquals(0.175f, ((Number) d.get("joinRateChange")).floatValue());
        // two associations × 2 occurrences × 1 person × 1 hour
        assertEquals(4.0f, ((Number) d.get("burdenHours")).floatValue() - hoursBefore);
        assertEquals(true, d.get("mine"));
        assertEquals(false, d.get("hasBoundary"));
        if (!m.getBoolean("visitsRecorded")) {
            assertEquals(null, d.get("daysSinceLastVisit"));
        }
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/map/metrics?fiscalYear=2024&wardId=" + t.wardId()).then().statusCode(200)
                .body("districts[0].joinRateChange", nullValue()).body("districts[0].mine", is(false));
        Api.anonymous().get("/api/v1/map/metrics").then().statusCode(401);
        Api.as(liaison).get("/api/v1/map/metrics?wardId=999999999").then().statusCode(400).body("errors[0].field", is("wardId"));
    }

    @Test
    void the_profile_reads_trend_requests_reports_of_the_year_in_one_call() {
        Town t = Api.town("カルテ", "かるて");
        long section = Api.createSection("カルテ局", "カルテ課");
        float hoursBefore = Api.as(Api.token(Api.OFFICE)).get("/api/v1/districts/" + t.districtId() + "/profile?fiscalYear=2025")
                .then().statusCode(200).extract().jsonPath().getFloat("requestHours");
        long request = Api.createCityRequest(Api.cityRequest(section, 2025, List.of(t.districtId()), 5));
        Api.as(Api.token(Api.OFFICE)).body(Map.of("type", "NEWSLETTER", "title", "カルテ校区だより", "districtId", t.districtId(),
                "receivedOn", "2025-07-10")).post("/api/v1/upward-reports").then().statusCode(201);

        Api.as(Api.liaisonFor(t.districtId())).get("/api/v1/districts/" + t.districtId() + "/profile?fiscalYear=2025")
                .then().statusCode(200)
                .body("fiscalYear", is(2025))
                .body("joinRates.fiscalYear", contains(2024, 2025))
                .body("joinRates[1].joinRate", is(0.75f))
                .body("associations.name", contains("カルテ一丁目町内会", "カルテ二丁目町内会"))
                .body("associations[0].years.joinRate", contains(0.8f, 0.9f))
                // other tests' requests for every district land here too: find this one
                .body("requests.find { it.id == " + request + " }.sectionName", is("カルテ課"))
                .body("requests.find { it.id == " + request + " }.organizations", is(2))
                .body("requestHours", is(hoursBefore + 2.0f))
                .body("reports.title", hasItem("カルテ校区だより"))
                .body("meetings.size()", is(0)).body("initiatives.size()", is(0));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/districts/999999999/profile").then().statusCode(404);
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/profile").then().statusCode(401);
    }
}
