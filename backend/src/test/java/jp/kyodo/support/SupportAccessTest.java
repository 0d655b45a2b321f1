package jp.kyodo.support;

import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.AccessMatrix.OFFICE_ONLY;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.LIAISON;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the support catalogue and the grant cycle × every caller: allowed callers get past security
 * (a case outside their scope answers 404, which is past it), refused ones get 401 (anonymous) or 403. DEPT_OWN
 * belongs to the programs' implementing section, DEPT_OTHER to another; the liaison to the town's district.
 */
@QuarkusTest
class SupportAccessTest {

    static final String DEPT_OWN = "DEPARTMENT_OWN";
    static final String DEPT_OTHER = "DEPARTMENT_OTHER";
    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPT_OWN, DEPT_OTHER, LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> MANAGERS = Set.of(ADMIN, OFFICE, DEPT_OWN);
    static final Set<String> DEPARTMENTS = Set.of(ADMIN, OFFICE, DEPT_OWN, DEPT_OTHER);
    static final Set<String> CASE_READERS = Set.of(ADMIN, OFFICE, DEPT_OWN, DEPT_OTHER, LIAISON);
    static final int FY = 2070;

    static Town town;
    static long section;
    static long program;
    static long grantCase;
    static long event;
    static long facility;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(SupportAccessTest::fixtures);

    static Map<String, Object> programBody(String name) {
        return Api.body("fiscalYear", FY, "name", name, "sectionId", section, "kind", "SUBSIDY", "audience", "COMMUNITY",
                "categories", List.of("FINANCIAL"), "eligibleKinds", List.of("DISTRICT_COUNCIL"), "figuresYear", 2025,
                "amountRule", Map.of("kind", "FLAT", "yen", 100000));
    }

    static void fixtures() {
        town = Api.town("権限支援", "けんげんしえん");
        section = Api.createSection("権限支援局", "権限支援課");
        tokens.put(ANONYMOUS, null);
        tokens.put(ADMIN, Api.adminToken());
        tokens.put(OFFICE, Api.token(OFFICE));
        tokens.put(DEPT_OWN, Api.departmentUser(section));
        tokens.put(DEPT_OTHER, Api.departmentUser(Api.createSection("他権限支援局", "他権限支援課")));
        tokens.put(LIAISON, Api.liaisonFor(town.districtId()));
        tokens.put(COMMITTEE, Api.token(COMMITTEE));
        program = Api.as(Api.adminToken()).body(programBody("権限の補助")).post("/api/v1/support-programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(Api.adminToken()).post("/api/v1/support-programs/" + program + "/opening").then().statusCode(200);
        grantCase = Api.as(Api.adminToken()).get("/api/v1/grant-cases?programId=" + program + "&districtId=" + town.districtId())
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        event = Api.as(Api.adminToken()).body(eventBody()).post("/api/v1/support-events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        facility = Api.as(Api.adminToken()).body(facilityBody()).post("/api/v1/facilities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> eventBody() {
        return Api.body("title", "権限の説明会", "kind", "BRIEFING", "heldOn", FY + "-05-01", "audience", "COMMUNITY", "sectionId", section);
    }

    static Map<String, Object> facilityBody() {
        return Api.body("name", "権限センター", "kind", "COMMUNITY_CENTER", "districtId", town.districtId(), "owner", "CITY");
    }

    List<Op> operations() {
        String p = "/api/v1/support-programs/" + program;
        String c = "/api/v1/grant-cases/" + grantCase;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listSupportPrograms", EVERYONE, s -> s.get("/api/v1/support-programs?fiscalYear=" + FY)));
        ops.add(new Op("getSupportProgram", EVERYONE, s -> s.get(p)));
        ops.add(new Op("getSupportCatalog", EVERYONE, s -> s.get("/api/v1/support-catalog/" + FY)));
        ops.add(new Op("getSupportCatalogChanges", EVERYONE, s -> s.get("/api/v1/support-catalog/" + (FY + 1) + "/changes")));
        ops.add(new Op("createSupportProgram", MANAGERS, s -> s.body(programBody(Api.unique("権限の新規"))).post("/api/v1/support-programs")));
        ops.add(new Op("updateSupportProgram", MANAGERS, s -> s.header("If-Match", "*").body(programBody("権限の補助")).put(p)));
        ops.add(new Op("deleteSupportProgram", MANAGERS, s -> {
            long id = Api.as(Api.adminToken()).body(programBody(Api.unique("権限の削除"))).post("/api/v1/support-programs").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            return s.header("If-Match", "*").delete("/api/v1/support-programs/" + id);
        }));
        ops.add(new Op("getSupportProgramHistory", DEPARTMENTS, s -> s.get(p + "/history")));
        ops.add(new Op("carryOverSupportCatalog", OFFICE_ONLY, s -> s.post("/api/v1/support-catalog/" + FY + "/carry-over")));
        ops.add(new Op("openGrantYear", MANAGERS, s -> s.post(p + "/opening")));
        ops.add(new Op("decideGrants", MANAGERS, s -> s.body(Map.of()).post(p + "/decisions")));
        ops.add(new Op("getGrantFigures", MANAGERS, s -> s.get(p + "/grant-figures")));
        ops.add(new Op("listGrantCases", CASE_READERS, s -> s.get("/api/v1/grant-cases?programId=" + program)));
        ops.add(new Op("getGrantCase", CASE_READERS, s -> s.get(c)));
        ops.add(new Op("getGrantCaseHistory", CASE_READERS, s -> s.get(c + "/history")));
        ops.add(new Op("receiveGrantPlan", CASE_READERS, s -> s.header("If-Match", "*").body(Map.of()).put(c + "/plan")));
        ops.add(new Op("receiveGrantApplication", CASE_READERS, s -> s.header("If-Match", "*").body(Map.of()).put(c + "/application")));
        ops.add(new Op("receiveGrantReport", CASE_READERS, s -> s.header("If-Match", "*").body(Map.of()).put(c + "/report")));
        ops.add(new Op("recordGrantInspection", CASE_READERS, s -> s.header("If-Match", "*").body(Map.of()).put(c + "/inspection")));
        ops.add(new Op("decideGrant", DEPARTMENTS, s -> s.header("If-Match", "*").body(Map.of()).put(c + "/decision")));
        ops.add(new Op("addGrantPayment", DEPARTMENTS, s -> s.header("If-Match", "*").body(Map.of("yen", 1)).post(c + "/payments")));
        ops.add(new Op("settleGrant", DEPARTMENTS, s -> s.header("If-Match", "*").body(Map.of()).put(c + "/settlement")));
        ops.add(new Op("exportGrantPayments", DEPARTMENTS, s -> s.accept("text/csv").get("/api/v1/grant-payments/csv?fiscalYear=" + FY)));
        ops.add(new Op("getPublicGrants", EVERYONE, s -> s.get("/api/v1/public/grants/" + FY)));
        ops.add(new Op("getPublicGrantsCsv", EVERYONE, s -> s.accept("text/csv").get("/api/v1/public/grants/" + FY + "/csv")));
        String e = "/api/v1/support-events/" + event;
        String f = "/api/v1/facilities/" + facility;
        Set<String> attendance = Set.of(ADMIN, OFFICE, DEPT_OWN, LIAISON);
        Set<String> facilityEditors = Set.of(ADMIN, OFFICE, LIAISON);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        ops.add(new Op("listSupportEvents", CASE_READERS, s -> s.get("/api/v1/support-events?fiscalYear=" + FY)));
        ops.add(new Op("getSupportEvent", CASE_READERS, s -> s.get(e)));
        ops.add(new Op("createSupportEvent", MANAGERS, s -> s.body(eventBody()).post("/api/v1/support-events")));
        ops.add(new Op("updateSupportEvent", MANAGERS, s -> s.header("If-Match", "*").body(eventBody()).put(e)));
        ops.add(new Op("deleteSupportEvent", MANAGERS, s -> s.header("If-Match", "*").delete(e)));
        ops.add(new Op("recordSupportEventAttendance", attendance, s -> s.header("If-Match", "*").body(Map.of("rows", List.of()))
                .put(e + "/attendance/" + town.districtId())));
        ops.add(new Op("getSupportEventHistory", CASE_READERS, s -> s.get(e + "/history")));
        ops.add(new Op("listSupportEventFiles", CASE_READERS, s -> s.get(e + "/files")));
        ops.add(new Op("uploadSupportEventFile", MANAGERS, s -> s.contentType("application/pdf").body(pdf).queryParam("filename", "a.pdf")
                .post(e + "/files")));
        ops.add(new Op("downloadSupportEventFile", CASE_READERS, s -> s.get(e + "/files/999999999/content")));
        ops.add(new Op("deleteSupportEventFile", MANAGERS, s -> s.delete(e + "/files/999999999")));
        ops.add(new Op("listFacilities", CASE_READERS, s -> s.get("/api/v1/facilities?districtId=" + town.districtId())));
        ops.add(new Op("getFacility", CASE_READERS, s -> s.get(f)));
        ops.add(new Op("createFacility", facilityEditors, s -> s.body(facilityBody()).post("/api/v1/facilities")));
        ops.add(new Op("updateFacility", facilityEditors, s -> s.header("If-Match", "*").body(facilityBody()).put(f)));
        ops.add(new Op("deleteFacility", facilityEditors, s -> s.header("If-Match", "*").delete(f)));
        ops.add(new Op("getFacilityHistory", CASE_READERS, s -> s.get(f + "/history")));
        ops.add(new Op("listGrantCaseFiles", CASE_READERS, s -> s.get(c + "/files")));
        ops.add(new Op("uploadGrantCaseFile", CASE_READERS, s -> s.contentType("application/pdf").body(pdf).queryParam("step", "PLAN")
                .queryParam("filename", "a.pdf").post(c + "/files")));
        ops.add(new Op("downloadGrantCaseFile", CASE_READERS, s -> s.get(c + "/files/999999999/content")));
        ops.add(new Op("deleteGrantCaseFile", CASE_READERS, s -> s.delete(c + "/files/999999999")));
        return ops;
    }

    @Test
    void every_operation_admits_exactly_the_roles_it_declares() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
