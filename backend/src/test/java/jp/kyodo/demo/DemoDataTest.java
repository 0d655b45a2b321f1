package jp.kyodo.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/**
 * The demo city as the application loads it at startup (kyodo.demo-data=true), checked through the API.
 *
 * <p>Runs under its own profile, so the application restarts once for this class. On H2 the profile uses its
 * own in-memory database ({@code kyodo-demo}), so the data of other test classes neither blocks the load nor
 * sees the demo city; on PostgreSQL (pgtest) the restart cleans the database (flyway clean-at-start) and the
 * {@code %pgtest} URL wins over the {@code %test} one given here. The assertions look at the demo codes only.
 */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoDataTest {

    static final Set<String> WARDS = Set.of("HGS", "HKT", "CHO", "MNM", "JNN", "SWR", "NSI");

    @Inject
    DemoDataLoader loader;

    static String signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/sessions").then().statusCode(201).extract().cookie("kyodo_session");
    }

    static JsonPath get(String token, String path, Object... params) {
        var s = given().accept(ContentType.JSON);
        if (token != null) {
            s = s.cookie("kyodo_session", token);
        }
        for (int i = 0; i < params.length; i += 2) {
            s = s.queryParam((String) params[i], params[i + 1]);
        }
        return s.get(path).then().statusCode(200).extract().jsonPath();
    }

    static boolean demoDistrict(String code) {
        return code.matches("(HGS|HKT|CHO|MNM|JNN|SWR|NSI)-\\d\\d");
    }

    @Test
    void demoCityIsLoaded() {
        String office = signIn("office", "office-demo-pass");

        List<String> wardCodes = get(office, "/api/v1/wards", "size", 200).getList("items.code", String.class);
        assertEquals(WARDS, wardCodes.stream().filter(WARDS::contains).collect(Collectors.toSet()));

        List<Map<String, Object>> districts = get(office, "/api/v1/districts", "size", 200, "sort", "code")
                .getList("items");
        List<Map<String, Object>> demo = districts.stream().filter(d -> demoDistrict((String) d.get("code"))).toList();
        assertEquals(20, demo.size());
        for (Map<String, Object> d : demo) {
            long id = ((Number) d.get("id")).longValue();
            assertEquals(1, get(office, "/api/v1/organizations", "districtId", id, "kind", "DISTRICT_COUNCIL")
                    .getInt("total"), d.get("code") + " council");
            JsonPath assoc = get(office, "/api/v1/organizations", "districtId", id, "kind", "NEIGHBORHOOD_ASSOCIATION",
                    "size", 50);
            int n = assoc.getInt("total");
            assertTrue(n >= 5 && n <= 15, d.get("code") + " has " + n + " associations");
            long first = assoc.getLong("items[0].id");
            List<Integer> years = get(office, "/api/v1/organizations/" + first + "/membership-figures")
                    .getList("items.fiscalYear", Integer.class);
            // five years of figures; the liaisons' districts also have most of this year's (the workspace's demo)
            assertTrue(Set.copyOf(years).containsAll(Set.of(2021, 2022, 2023, 2024, 2025)), d.get("code") + " " + years);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
            int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            assertTrue(Set.of(2021, 2022, 2023, 2024, 2025, thisYear).containsAll(years), d.get("code") + " " + years);
            assertTrue(Set.of(2025, thisYear).contains(((Number) d.get("fiscalYear")).intValue()), d.get("code") + " year");
            assertTrue(d.get("joinRate") != null, d.get("code") + " has a join rate");
        }

        // half-width katakana finds 香椎東 (かしいひがし)
        List<String> found = get(null, "/api/v1/districts", "q", "ﾋｶﾞｼ").getList("items.code", String.class);
        assertTrue(found.contains("HGS-02"), "q=ﾋｶﾞｼ found " + found);

        // the mayor's letters of thanks: council chairs whose term ended in FY2024
        assertTrue(get(office, "/api/v1/officers", "role", "CHAIR", "organizationKind", "DISTRICT_COUNCIL",
                "termEndedInFiscalYear", 2024).getInt("total") > 0);

        JsonPath tree = get(office, "/api/v1/districts/" + ((Number) demo.get(0).get("id")).longValue()
                + "/organization-tree");
        assertEquals("DISTRICT_COUNCIL", tree.getString("items[0].kind"));
    }

    @Test
    void demoAccountsCanSignIn() {
        Map<String, String> hgs = codesById();
        List<Object> liaisonDistricts = given().contentType(ContentType.JSON)
                .body(Map.of("username", "liaison", "password", "liaison-demo-pass")).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath().getList("user.districtIds");
        assertEquals(4, liaisonDistricts.size());
        assertTrue(liaisonDistricts.stream().allMatch(id -> hgs.get(id.toString()).startsWith("HGS-")));
        assertTrue(liaisonDistricts.stream().anyMatch(id -> hgs.get(id.toString()).equals("HGS-02")));

        String liaison2 = signIn("liaison2", "liaison2-demo-pass");
        List<Object> west = get(liaison2, "/api/v1/me").getList("districtIds");
        assertEquals(4, west.size());
        assertTrue(west.stream().allMatch(id -> hgs.get(id.toString()).startsWith("NSI-")));

        assertEquals("DEPARTMENT", get(signIn("dept", "dept-demo-pass"), "/api/v1/me").getString("role"));
        assertEquals("COMMITTEE", get(signIn("committee", "committee-demo-pass"), "/api/v1/me").getString("role"));
        assertEquals("OFFICE", get(signIn("office", "office-demo-pass"), "/api/v1/me").getString("role"));
    }

    @Test
    void loaderSkipsARegistryWithData() {
        assertTrue(loader.loadIfEmpty(DemoScale.DEMO).isEmpty());
    }

    private static Map<String, String> codesById() {
        return get(signIn("office", "office-demo-pass"), "/api/v1/districts", "size", 200).getList("items", Map.class)
                .stream().collect(Collectors.toMap(m -> m.get("id").toString(), m -> (String) m.get("code")));
    }
}
