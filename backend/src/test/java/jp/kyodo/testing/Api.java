package jp.kyodo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helpers that talk to the running app through its public API only: sign in as a role, and build
 * fixtures (ward → district → council → association) with unique codes so test classes never collide, on
 * H2 or on a shared PostgreSQL.
 */
public final class Api {

    public static final String ADMIN = "ADMIN";
    public static final String OFFICE = "OFFICE";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String LIAISON = "LIAISON";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String PASSWORD = "test-password-123";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100000, 36);

    private Api() {
    }

    /**
     * A JSON body from pairs of field name and value: {@code body("name", name, "parentId", null)}. Unlike
     * Map.of it keeps null values (sent as JSON null) and may be changed afterwards.
     */
    public static Map<String, Object> body(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /** A unique suffix for codes and usernames. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    public static String adminToken() {
        return TOKENS.computeIfAbsent("admin", k -> signIn("admin", "admin-test-pass"));
    }

    public static String signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/sessions").then().statusCode(201)
                .extract().cookie("kyodo_session");
    }

    /** A session token for a fresh user of the role (cached per role; liaisons via {@link #liaisonFor}). */
    public static String token(String role) {
        if (role.equals(ADMIN)) {
            return adminToken();
        }
        return TOKENS.computeIfAbsent(role, r -> {
            String username = createUser(r);
            return signIn(username, PASSWORD);
        });
    }

    public static String createUser(String role) {
        String username = unique(role.toLowerCase());
        as(adminToken()).body(Map.of("username", username, "displayName", "テスト " + role, "role", role,
                "password", PASSWORD)).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    public static long userId(String username) {
        return as(adminToken()).queryParam("q", username).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    /** A new liaison assigned (from today) to the given districts; returns their session token. */
    public static String liaisonFor(long... districtIds) {
        String username = createUser(LIAISON);
        long id = userId(username);
        for (long d : districtIds) {
            as(adminToken()).body(Map.of("userId", id, "startsOn", java.time.LocalDate.now().minusDays(1).toString()))
                    .post("/api/v1/districts/" + d + "/liaison-assignments").then().statusCode(201);
        }
        return signIn(username, PASSWORD);
    }

    public static RequestSpecification as(String token) {
        RequestSpecification s = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        return token == null ? s : s.header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static long createWard() {
        String code = unique("W").replace("-", "");
        return as(adminToken()).body(Map.of("code", code, "name", "テスト区" + code, "kana", "てすとく"))
                .post("/api/v1/wards").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createDistrict(long wardId, String name, String kana) {
        Map<String, Object> body = body("code", unique("D"), "name", name, "kana", kana, "wardId", wardId,
                "communityHall", name + "公民館");
        return as(adminToken()).body(body).post("/api/v1/districts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long createOrganization(String kind, long districtId, Long parentId, String name, String kana) {
        Map<String, Object> body = body("kind", kind, "name", name, "kana", kana, "districtId", districtId);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as(adminToken()).body(body).post("/api/v1/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Response putFigures(String token, long orgId, int fy, int households, int members, String ifMatch) {
        RequestSpecification s = as(token);
        if (ifMatch != null) {
            s = s.header("If-Match", ifMatch);
        }
        // Fixtures set figures freely; the large-change confirmation has tests of its own (MembershipTest).
        return s.body(Map.of("households", households, "memberHouseholds", members, "areaCountMethod",
                "RESIDENT_REGISTRY", "confirmLargeChange", true))
                .put("/api/v1/organizations/" + orgId + "/membership-figures/" + fy);
    }

    /** A small district: council with two associations, each with figures for two years. */
    public record Town(long wardId, long districtId, long councilId, List<Long> associationIds) {
    }

    public static Town town(String name, String kana) {
        long ward = createWard();
        long district = createDistrict(ward, name, kana);
        long council = createOrganization("DISTRICT_COUNCIL", district, null, name + "校区自治協議会", kana + "こうくじちきょうぎかい");
        long a1 = createOrganization("NEIGHBORHOOD_ASSOCIATION", district, council, name + "一丁目町内会", kana + "いっちょうめちょうないかい");
        long a2 = createOrganization("NEIGHBORHOOD_ASSOCIATION", district, council, name + "二丁目町内会", kana + "にちょうめちょうないかい");
        putFigures(adminToken(), a1, 2024, 100, 80, null).then().statusCode(201);
        putFigures(adminToken(), a2, 2024, 300, 150, null).then().statusCode(201);
        putFigures(adminToken(), a1, 2025, 100, 90, null).then().statusCode(201);
        putFigures(adminToken(), a2, 2025, 300, 210, null).then().statusCode(201);
        return new Town(ward, district, council, List.of(a1, a2));
    }

    // ---- city organization and requests (issue 3) ------------------------------------------------

    /** A new bureau → department → section with unique codes; returns the section id. */
    public static long createSection(String bureauName, String sectionName) {
        String b = unique("B").replace("-", "");
        long bureau = as(adminToken()).body(Map.of("code", b, "name", bureauName, "kana", "きょく"))
                .post("/api/v1/bureaus").then().statusCode(201).extract().jsonPath().getLong("id");
        long department = as(adminToken()).body(Map.of("bureauId", bureau, "code", b + "D", "name", bureauName + "部", "kana", "ぶ"))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        return as(adminToken()).body(Map.of("departmentId", department, "code", b + "S", "name", sectionName, "kana", "か"))
                .post("/api/v1/sections").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new DEPARTMENT user of the section; returns the session token. */
    public static String departmentUser(long sectionId) {
        String username = unique("dept");
        as(adminToken()).body(Map.of("username", username, "displayName", "原課 " + username, "role", DEPARTMENT,
                "password", PASSWORD, "sectionId", sectionId)).post("/api/v1/users").then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    /** A request body: a cooperation request to the associations of the given districts, in the given months. */
    public static Map<String, Object> cityRequest(long sectionId, int fiscalYear, List<Long> districtIds, int... months) {
        Map<String, Object> body = body("title", "テスト依頼 " + unique("R"), "sectionId", sectionId,
                "fiscalYear", fiscalYear, "kind", "COOPERATION", "asks", List.of("CIRCULATION"),
                "receiverKinds", List.of("NEIGHBORHOOD_ASSOCIATION"), "allDistricts", false,
                "districtIds", districtIds, "channel", "DIRECT");
        List<Map<String, Object>> schedule = new java.util.ArrayList<>();
        for (int m : months) {
            schedule.add(Map.of("month", m, "times", 1));
        }
        body.put("schedule", schedule);
        body.put("people", 1);
        body.put("hoursPerPerson", 1);
        body.put("mandatory", false);
        body.put("status", "ACTIVE");
        return body;
    }

    public static long createCityRequest(Map<String, Object> body) {
        return as(adminToken()).body(body).post("/api/v1/city-requests").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
