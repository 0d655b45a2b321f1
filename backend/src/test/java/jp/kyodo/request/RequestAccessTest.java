package jp.kyodo.request;

import static jp.kyodo.testing.AccessMatrix.ADMIN_ONLY;
import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.AccessMatrix.OFFICE_ONLY;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.LIAISON;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of departments, requests, burden, rules and review × every caller: allowed callers get past
 * security, refused ones get 401 (anonymous) or 403. DEPT_OWN belongs to the section that issues the fixtures'
 * requests, DEPT_OTHER to another section.
 */
@QuarkusTest
class RequestAccessTest {

    static final String DEPT_OWN = "DEPARTMENT_OWN";
    static final String DEPT_OTHER = "DEPARTMENT_OTHER";
    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPT_OWN, DEPT_OTHER, LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = AccessMatrix.signedIn(CALLERS);
    static final Set<String> WRITERS = Set.of(ADMIN, OFFICE, DEPT_OWN);
    /** Departments with a section may import (rows of their own section only, checked per row). */
    static final AtomicInteger YEARS = new AtomicInteger(2060);

    static Town town;
    static long section;
    static long request;
    static long assessed;
    static long decided;
    static long cycle;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(RequestAccessTest::fixtures);

    static void fixtures() {
        town = Api.town("権限依頼", "けんげんいらい");
        section = Api.createSection("権限局", "権限課");
        tokens.put(ANONYMOUS, null);
        tokens.put(ADMIN, Api.adminToken());
        tokens.put(OFFICE, Api.token(OFFICE));
        tokens.put(DEPT_OWN, Api.departmentUser(section));
        tokens.put(DEPT_OTHER, Api.departmentUser(Api.createSection("他権限局", "他権限課")));
        tokens.put(LIAISON, Api.liaisonFor(town.districtId()));
        tokens.put(COMMITTEE, Api.token(COMMITTEE));
        request = Api.createCityRequest(Api.cityRequest(section, 2050, List.of(town.districtId()), 6));
        assessed = Api.createCityRequest(Api.cityRequest(section, 2050, List.of(town.districtId()), 7));
        decided = Api.createCityRequest(Api.cityRequest(section, 2050, List.of(town.districtId()), 8));
        cycle = Api.as(Api.adminToken()).body(Map.of("fiscalYear", 2050, "baselineYear", 2049, "title", "権限"))
                .post("/api/v1/review-cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.adminToken()).header("If-Match", "\"0\"").body(Map.of("selfAssessment", "継続"))
                .put("/api/v1/review-cycles/" + cycle + "/items/" + decided + "/self-assessment").then().statusCode(200);
    }

    List<Op> operations() {
        long d = town.districtId();
        String req = "/api/v1/city-requests/" + request;
        String items = "/api/v1/review-cycles/" + cycle + "/items/";
        Map<String, Object> body = Api.cityRequest(section, 2050, List.of(d), 6);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listBureaus", EVERYONE, s -> s.get("/api/v1/bureaus")));
        var sectionRead = Api.anonymous().get("/api/v1/sections/" + section).then().statusCode(200).extract().jsonPath();
        ops.add(new Op("getBureau", EVERYONE, s -> s.get("/api/v1/bureaus/" + sectionRead.getLong("bureauId"))));
        ops.add(new Op("getDepartment", EVERYONE, s -> s.get("/api/v1/departments/" + sectionRead.getLong("departmentId"))));
        ops.add(new Op("createBureau", ADMIN_ONLY, s -> s.body(Map.of("code", Api.unique("AB").replace("-", ""), "name", "新局", "kana", "しんきょく")).post("/api/v1/bureaus")));
        ops.add(new Op("listSections", EVERYONE, s -> s.get("/api/v1/sections?q=権限")));
        ops.add(new Op("getSection", EVERYONE, s -> s.get("/api/v1/sections/" + section)));
        ops.add(new Op("updateSection", ADMIN_ONLY, s -> {
            var cur = Api.anonymous().get("/api/v1/sections/" + section).jsonPath();
            return s.header("If-Match", "*").body(Map.of("departmentId", cur.getLong("departmentId"), "code", cur.getString("code"),
                    "name", "権限課", "kana", "けんげんか")).put("/api/v1/sections/" + section);
        }));
        ops.add(new Op("listCityRequests", EVERYONE, s -> s.get("/api/v1/city-requests?districtId=" + d)));
        ops.add(new Op("getCityRequest", EVERYONE, s -> s.get(req)));
        ops.add(new Op("createCityRequest", WRITERS, s -> s.body(body).post("/api/v1/city-requests")));
        ops.add(new Op("updateCityRequest", WRITERS, s -> s.header("If-Match", "*").body(body).put(req)));
        ops.add(new Op("deleteCityRequest", WRITERS, s -> {
            long id = Api.createCityRequest(Api.cityRequest(section, 2050, List.of(d), 9));
            return s.header("If-Match", "*").delete("/api/v1/city-requests/" + id);
        }));
        ops.add(new Op("getCityRequestHistory", SIGNED_IN, s -> s.get(req + "/history")));
        ops.add(new Op("getCityRequestBurden", EVERYONE, s -> s.get(req + "/burden")));
        ops.add(new Op("getCityRequestCompensation", SIGNED_IN, s -> s.get(req + "/compensation?flatPerOrganization=100")));
        ops.add(new Op("listCityRequestRules", EVERYONE, s -> s.get("/api/v1/city-request-rules")));
        ops.add(new Op("listCityRequestWarnings", SIGNED_IN, s -> s.get("/api/v1/city-request-warnings?fiscalYear=2050")));
        ops.add(new Op("getRequestRuleSettings", EVERYONE, s -> s.get("/api/v1/settings/request-rules")));
        ops.add(new Op("updateRequestRuleSettings", ADMIN_ONLY, s -> {
            var cur = Api.anonymous().get("/api/v1/settings/request-rules").jsonPath();
            return s.header("If-Match", "*").body(Map.of("minDeadlineDays", cur.getInt("minDeadlineDays"),
                    "effortThresholdHours", cur.getFloat("effortThresholdHours"))).put("/api/v1/settings/request-rules");
        }));
        ops.add(new Op("getBurden", EVERYONE, s -> s.get("/api/v1/burden?groupBy=DISTRICT&fiscalYear=2050&wardId=" + town.wardId())));
        ops.add(new Op("getDistrictBurdenCalendar", EVERYONE, s -> s.get("/api/v1/districts/" + d + "/burden-calendar?fiscalYear=2050")));
        ops.add(new Op("getOrganizationBurdenCalendar", EVERYONE, s -> s.get("/api/v1/organizations/" + town.associationIds().get(0) + "/burden-calendar?fiscalYear=2050")));
        ops.add(new Op("listReviewCycles", SIGNED_IN, s -> s.get("/api/v1/review-cycles")));
        ops.add(new Op("createReviewCycle", OFFICE_ONLY, s -> {
            int y = YEARS.incrementAndGet();
            return s.body(Map.of("fiscalYear", y, "baselineYear", y - 1, "title", "年度" + y)).post("/api/v1/review-cycles");
        }));
        ops.add(new Op("getReviewCycle", SIGNED_IN, s -> s.get("/api/v1/review-cycles/" + cycle)));
        ops.add(new Op("updateReviewCycle", OFFICE_ONLY, s -> s.header("If-Match", "*")
                .body(Map.of("fiscalYear", 2050, "baselineYear", 2049, "title", "権限")).put("/api/v1/review-cycles/" + cycle)));
        ops.add(new Op("listReviewItems", SIGNED_IN, s -> s.get("/api/v1/review-cycles/" + cycle + "/items")));
        ops.add(new Op("getReviewItem", SIGNED_IN, s -> s.get(items + request)));
        ops.add(new Op("putReviewSelfAssessment", WRITERS, s -> s.header("If-Match", "*").body(Map.of("selfAssessment", "自己評価"))
                .put(items + assessed + "/self-assessment")));
        ops.add(new Op("putReviewDecision", OFFICE_ONLY, s -> s.header("If-Match", "*")
                .body(Map.of("decision", "KEEP", "reason", "継続", "effectiveYear", 2050)).put(items + decided + "/decision")));
        ops.add(new Op("getReviewDashboard", EVERYONE, s -> s.get("/api/v1/review-cycles/" + cycle + "/dashboard")));
        ops.add(new Op("completeReviewItem", OFFICE_ONLY, s -> s.body(Map.of()).post(items + decided + "/completion")));
        ops.add(new Op("exportCityRequests", SIGNED_IN, s -> s.accept("text/csv").get("/api/v1/exports/city-requests?fiscalYear=2050")));
        ops.add(new Op("getCityRequestImportTemplate", SIGNED_IN, s -> s.accept("text/csv").get("/api/v1/imports/city-requests/template")));
        ops.add(new Op("importCityRequests", Set.of(ADMIN, OFFICE, DEPT_OWN, DEPT_OTHER), s -> s.contentType("text/csv").accept("application/json")
                .body("code,title\r\n").post("/api/v1/imports/city-requests?dryRun=true")));
        ops.add(new Op("getMe", SIGNED_IN, s -> s.get("/api/v1/me")));
        return ops;
    }

    @Test
    void every_operation_admits_exactly_the_roles_it_declares() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void a_department_user_sees_its_section_in_me_and_users() {
        String username = Api.unique("deptme");
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "displayName", "課員", "role", "DEPARTMENT",
                "password", Api.PASSWORD, "sectionId", section));
        Api.as(Api.adminToken()).body(user).post("/api/v1/users").then().statusCode(201)
                .body("sectionId", org.hamcrest.Matchers.is((int) section));
        Api.as(Api.signIn(username, Api.PASSWORD)).get("/api/v1/me").then().statusCode(200)
                .body("sectionId", org.hamcrest.Matchers.is((int) section));
        // only a DEPARTMENT user has a section, and it must exist
        user.put("username", Api.unique("deptme"));
        user.put("role", "OFFICE");
        Api.as(Api.adminToken()).body(user).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("sectionId"));
        user.put("role", "DEPARTMENT");
        user.put("sectionId", 99_999_999);
        Api.as(Api.adminToken()).body(user).post("/api/v1/users").then().statusCode(400);
    }
}
