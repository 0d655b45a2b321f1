package jp.kyodo.registry;

import static jp.kyodo.testing.AccessMatrix.ADMIN_ONLY;
import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.AccessMatrix.OFFICE_ONLY;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.DEPARTMENT;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every registry operation × every role: allowed callers get past security, refused ones get 401 (anonymous)
 * or 403 — and a liaison is scoped to the districts assigned to them.
 */
@QuarkusTest
class RegistryAccessTest {

    static final String OWN_LIAISON = "LIAISON_OWN";
    static final String OTHER_LIAISON = "LIAISON_OTHER";
    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPARTMENT, OWN_LIAISON, OTHER_LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = AccessMatrix.signedIn(CALLERS);
    static final Set<String> REGISTRY_EDITORS = Set.of(ADMIN, OFFICE, OWN_LIAISON);

    static Town town;
    static Town otherTown;
    static Map<String, String> tokens = new LinkedHashMap<>();
    static long officerId;
    static long apiTokenId;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(RegistryAccessTest::fixtures);

    static void fixtures() {
        town = Api.town("権限", "けんげん");
        otherTown = Api.town("他区", "たく");
        tokens.put(ANONYMOUS, null);
        tokens.put(ADMIN, Api.token(ADMIN));
        tokens.put(OFFICE, Api.token(OFFICE));
        tokens.put(DEPARTMENT, Api.token(DEPARTMENT));
        tokens.put(COMMITTEE, Api.token(COMMITTEE));
        tokens.put(OWN_LIAISON, Api.liaisonFor(town.districtId()));
        tokens.put(OTHER_LIAISON, Api.liaisonFor(otherTown.districtId()));
        officerId = Api.as(Api.adminToken()).body(Map.of("role", "CHAIR", "personName", "権限 太郎", "termStart", "2023-04-01"))
                .post("/api/v1/organizations/" + town.councilId() + "/officers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long system = Api.as(Api.adminToken()).body(Map.of("username", Api.unique("access-system"), "displayName", "権限連携",
                "role", "OFFICE")).post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        apiTokenId = Api.as(Api.adminToken()).body(Map.of("name", "権限連携", "userId", system, "validDays", 30))
                .post("/api/v1/api-tokens").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String etag(String path) {
        return Api.as(Api.adminToken()).get(path).then().statusCode(200).extract().header("ETag");
    }

    List<Op> operations() {
        long d = town.districtId();
        long council = town.councilId();
        long assoc = town.associationIds().get(0);
        Map<String, Object> orgBody = Map.of("kind", "RESIDENT_GROUP", "subKind", "CHILDREN", "name", "権限子供会",
                "kana", "けんげんこどもかい", "districtId", d, "parentId", council);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listWards", EVERYONE, s -> s.get("/api/v1/wards")));
        ops.add(new Op("getWard", EVERYONE, s -> s.get("/api/v1/wards/" + town.wardId())));
        ops.add(new Op("createWard", OFFICE_ONLY, s -> s.body(Map.of("code", Api.unique("AW").replace("-", ""), "name", "新区", "kana", "しんく")).post("/api/v1/wards")));
        ops.add(new Op("listDistricts", EVERYONE, s -> s.get("/api/v1/districts")));
        ops.add(new Op("getDistrict", EVERYONE, s -> s.get("/api/v1/districts/" + d)));
        ops.add(new Op("createDistrict", OFFICE_ONLY, s -> s.body(Map.of("code", Api.unique("AD"), "name", "新校区", "kana", "しんこうく", "wardId", town.wardId())).post("/api/v1/districts")));
        ops.add(new Op("updateDistrict", OFFICE_ONLY, s -> s.header("If-Match", etag("/api/v1/districts/" + d))
                .body(Map.of("code", Api.as(Api.adminToken()).get("/api/v1/districts/" + d).jsonPath().getString("code"), "name", "権限", "kana", "けんげん", "wardId", town.wardId()))
                .put("/api/v1/districts/" + d)));
        ops.add(new Op("getOrganizationTree", EVERYONE, s -> s.get("/api/v1/districts/" + d + "/organization-tree")));
        ops.add(new Op("listDistrictStatistics", EVERYONE, s -> s.get("/api/v1/districts/" + d + "/statistics")));
        ops.add(new Op("putDistrictStatistics", OFFICE_ONLY, s -> s.header("If-Match", "*").body(Map.of("population", 1000, "households", 400)).put("/api/v1/districts/" + d + "/statistics/2025")));
        ops.add(new Op("getDistrictStatistics", EVERYONE, s -> s.get("/api/v1/districts/" + d + "/statistics/2025")));
        ops.add(new Op("listLiaisonAssignments", SIGNED_IN, s -> s.get("/api/v1/districts/" + d + "/liaison-assignments")));
        long assignment = Api.as(Api.adminToken()).get("/api/v1/districts/" + d + "/liaison-assignments").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        ops.add(new Op("getLiaisonAssignment", SIGNED_IN, s -> s.get("/api/v1/liaison-assignments/" + assignment)));
        ops.add(new Op("getDistrictHistory", SIGNED_IN, s -> s.get("/api/v1/districts/" + d + "/history")));
        ops.add(new Op("listOrganizationKinds", EVERYONE, s -> s.get("/api/v1/organization-kinds")));
        ops.add(new Op("listOrganizations", EVERYONE, s -> s.get("/api/v1/organizations?districtId=" + d)));
        ops.add(new Op("getOrganization", EVERYONE, s -> s.get("/api/v1/organizations/" + assoc)));
        ops.add(new Op("createOrganization", REGISTRY_EDITORS, s -> s.body(orgBody).post("/api/v1/organizations")));
        ops.add(new Op("updateOrganization", REGISTRY_EDITORS, s -> s.header("If-Match", etag("/api/v1/organizations/" + assoc))
                .body(Map.of("kind", "NEIGHBORHOOD_ASSOCIATION", "name", "権限一丁目町内会", "kana", "けんげんいっちょうめちょうないかい", "districtId", d, "parentId", council))
                .put("/api/v1/organizations/" + assoc)));
        ops.add(new Op("getOrganizationHistory", SIGNED_IN, s -> s.get("/api/v1/organizations/" + assoc + "/history")));
        ops.add(new Op("listOrganizationOfficers", SIGNED_IN, s -> s.get("/api/v1/organizations/" + council + "/officers")));
        ops.add(new Op("createOfficer", REGISTRY_EDITORS, s -> s.body(Map.of("role", "AUDITOR", "personName", "監事 花子", "termStart", "2024-04-01")).post("/api/v1/organizations/" + council + "/officers")));
        ops.add(new Op("getOfficer", SIGNED_IN, s -> s.get("/api/v1/officers/" + officerId)));
        ops.add(new Op("updateOfficer", REGISTRY_EDITORS, s -> s.header("If-Match", etag("/api/v1/officers/" + officerId))
                .body(Map.of("role", "CHAIR", "personName", "権限 太郎", "termStart", "2023-04-01")).put("/api/v1/officers/" + officerId)));
        ops.add(new Op("listOfficers", OFFICE_ONLY, s -> s.get("/api/v1/officers?role=CHAIR")));
        ops.add(new Op("listMembershipFigures", EVERYONE, s -> s.get("/api/v1/organizations/" + assoc + "/membership-figures")));
        ops.add(new Op("getMembershipFigure", EVERYONE, s -> s.get("/api/v1/organizations/" + assoc + "/membership-figures/2025")));
        ops.add(new Op("putMembershipFigure", REGISTRY_EDITORS, s -> s.header("If-Match", "*")
                .body(Map.of("households", 100, "memberHouseholds", 90, "areaCountMethod", "SURVEY")).put("/api/v1/organizations/" + assoc + "/membership-figures/2025")));
        ops.add(new Op("listJoinRates", EVERYONE, s -> s.get("/api/v1/join-rates?level=WARD")));
        ops.add(new Op("listUsers", OFFICE_ONLY, s -> s.get("/api/v1/users")));
        ops.add(new Op("createUser", ADMIN_ONLY, s -> s.body(Map.of("username", Api.unique("u"), "displayName", "新人", "role", "DEPARTMENT", "password", "long-enough-pass")).post("/api/v1/users")));
        ops.add(new Op("listApiTokens", ADMIN_ONLY, s -> s.get("/api/v1/api-tokens")));
        ops.add(new Op("checkKeptFigures", ADMIN_ONLY, s -> s.get("/api/v1/kept-figures/check")));
        ops.add(new Op("rebuildKeptFigures", ADMIN_ONLY, s -> s.post("/api/v1/kept-figures/rebuild")));
        ops.add(new Op("getApiToken", ADMIN_ONLY, s -> s.get("/api/v1/api-tokens/" + apiTokenId)));
        ops.add(new Op("getMe", SIGNED_IN, s -> s.get("/api/v1/me")));
        return ops;
    }

    @Test
    void every_operation_admits_exactly_the_roles_it_declares() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void a_liaison_cannot_edit_an_association_of_another_district_and_nothing_changes() {
        long foreign = otherTown.associationIds().get(0);
        String liaison = tokens.get(OWN_LIAISON);
        Supplier<Integer> members = () -> Api.anonymous().get("/api/v1/organizations/" + foreign + "/membership-figures/2025")
                .jsonPath().getInt("memberHouseholds");
        int before = members.get();
        String tag = etag("/api/v1/organizations/" + foreign + "/membership-figures/2025");
        Api.putFigures(liaison, foreign, 2025, 100, 1, tag).then().statusCode(403);
        assertEquals(before, members.get());
        // …and the API tells the UI not to offer it
        Api.as(liaison).get("/api/v1/organizations/" + foreign).then().statusCode(200)
                .body("permissions.canEdit", org.hamcrest.Matchers.is(false));
        Api.as(liaison).get("/api/v1/organizations/" + town.associationIds().get(1)).then().statusCode(200)
                .body("permissions.canEdit", org.hamcrest.Matchers.is(true));
    }

    @Test
    void officers_personal_data_is_shown_only_to_roles_that_need_it() {
        String path = "/api/v1/officers/" + officerId;
        Api.as(tokens.get(OFFICE)).get(path).then().statusCode(200).body("personName", org.hamcrest.Matchers.is("権限 太郎"));
        Api.as(tokens.get(OWN_LIAISON)).get(path).then().statusCode(200).body("personName", org.hamcrest.Matchers.is("権限 太郎"));
        for (String caller : List.of(OTHER_LIAISON, DEPARTMENT, COMMITTEE)) {
            String body = Api.as(tokens.get(caller)).get(path).then().statusCode(200).extract().asString();
            assertTrue(!body.contains("権限 太郎") && !body.contains("personName"), caller + " saw " + body);
        }
        // history redacts it too
        String history = Api.as(tokens.get(DEPARTMENT)).get("/api/v1/organizations/" + town.councilId() + "/history")
                .then().statusCode(200).extract().asString();
        assertTrue(!history.contains("権限 太郎") && history.contains("***"), history);
    }
}
