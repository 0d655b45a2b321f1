package jp.kyodo.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** 支援策一覧: programs per edition, the printed matrix, the carry-over into the next year and what changed. */
@QuarkusTest
class SupportCatalogTest {

    /** An edition no other test writes. */
    static final int FY = 2031;

    static Map<String, Object> program(long section, String name, String kind, List<String> categories) {
        return Api.body("fiscalYear", FY, "name", name, "sectionId", section, "kind", kind, "audience", "COMMUNITY",
                "categories", categories);
    }

    @Test
    void an_edition_reads_as_the_printed_matrix_and_carries_over_with_its_changes() {
        long community = Api.createSection("支援局", "支援地域コミュニティ課");
        long civic = Api.createSection("支援局2", "支援協働推進課");
        String office = Api.token(Api.OFFICE);
        String communityUser = Api.departmentUser(community);

        Map<String, Object> subsidy = program(community, "校区コミュニティ組織運営費補助", "SUBSIDY", List.of("FINANCIAL"));
        subsidy.put("budgetYen", 12_000_000);
        subsidy.put("eligibleKinds", List.of("DISTRICT_COUNCIL"));
        subsidy.put("documents", List.of("事業計画書", "収支予算書"));
        subsidy.put("planDueOn", "2031-03-13");
        subsidy.put("applicationDueOn", "2031-04-30");
        subsidy.put("paperworkHours", 6.5);
        subsidy.put("amountRule", Map.of("kind", "FLAT", "yen", 200000));
        Response created = Api.as(communityUser).body(subsidy).post("/api/v1/support-programs");
        created.then().statusCode(201).body("sectionName", is("支援地域コミュニティ課")).body("categories", contains("FINANCIAL"))
                .body("amountRule.kind", is("FLAT")).body("amountRule.yen", is(200000)).body("figuresYear", is(FY))
                .body("documents", contains("事業計画書", "収支予算書")).body("canEdit", is(true));
        long subsidyId = created.jsonPath().getLong("id");
        Map<String, Object> meeting = program(community, "補助金等説明会", "TRAINING", List.of("INFORMATION", "HUMAN_RESOURCES"));
        meeting.put("sortOrder", 20);
        Api.as(office).body(meeting).post("/api/v1/support-programs").then().statusCode(201);
        Map<String, Object> forum = program(civic, "市民活動フォーラム開催", "TRAINING", List.of("COOPERATION"));
        forum.put("audience", "CIVIC");
        Api.as(office).body(forum).post("/api/v1/support-programs").then().statusCode(201);

        // another section's user cannot add to this section; a liaison and the public cannot add at all
        Api.as(communityUser).body(forum).post("/api/v1/support-programs").then().statusCode(403);
        Api.as(Api.token(Api.LIAISON)).body(meeting).post("/api/v1/support-programs").then().statusCode(403);
        Api.anonymous().body(meeting).post("/api/v1/support-programs").then().statusCode(401);
        // the same name twice in a section and edition
        Api.as(office).body(meeting).post("/api/v1/support-programs").then().statusCode(409);

        // the matrix, read by anyone: sections as rows, seven columns, a program in each column it names
        JsonPath m = Api.anonymous().get("/api/v1/support-catalog/" + FY).then().statusCode(200)
                .body("categories", contains("HUMAN_RESOURCES", "PUBLICITY", "INFORMATION", "PLACE", "COOPERATION", "FINANCIAL", "OTHER"))
                .body("programs", is(3)).extract().jsonPath();
        Map<String, Object> row = m.getMap("rows.find { it.sectionId == " + community + " }");
        assertEquals("支援地域コミュニティ課", row.get("sectionName"));
        assertEquals(List.of("補助金等説明会"), m.getList("rows.find { it.sectionId == " + community + " }.cells[0].programs.name"));
        assertEquals(List.of("補助金等説明会"), m.getList("rows.find { it.sectionId == " + community + " }.cells[2].programs.name"));
        assertEquals(List.of("校区コミュニティ組織運営費補助"), m.getList("rows.find { it.sectionId == " + community + " }.cells[5].programs.name"));
        assertEquals(List.of("CIVIC"), m.getList("rows.find { it.sectionId == " + civic + " }.audiences"));
        Api.anonymous().get("/api/v1/support-programs?fiscalYear=" + FY + "&category=INFORMATION").then().statusCode(200)
                .body("items.name", contains("補助金等説明会"));
        Api.anonymous().get("/api/v1/support-programs?fiscalYear=" + FY + "&q=ﾌｫｰﾗﾑ").then().statusCode(200)
                .body("items.name", contains("市民活動フォーラム開催"));

        // carried over: each program once, however often it is asked
        Api.as(communityUser).post("/api/v1/support-catalog/" + FY + "/carry-over").then().statusCode(403);
        Api.as(office).post("/api/v1/support-catalog/" + FY + "/carry-over").then().statusCode(200)
                .body("fiscalYear", is(FY + 1)).body("carried", is(3)).body("skipped", is(0));
        Api.as(office).post("/api/v1/support-catalog/" + FY + "/carry-over").then().statusCode(200)
                .body("carried", is(0)).body("skipped", is(3));
        JsonPath next = Api.anonymous().get("/api/v1/support-programs?fiscalYear=" + (FY + 1) + "&kind=SUBSIDY").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].carriedFromId", is((int) subsidyId))
                .body("items[0].planDueOn", is("2032-03-13")).body("items[0].figuresYear", is(FY + 1)).extract().jsonPath();
        long copy = next.getLong("items[0].id");

        // a change in the new edition shows against the old one; the deadlines a year later are no change
        Response current = Api.as(communityUser).get("/api/v1/support-programs/" + copy);
        Map<String, Object> changed = new java.util.HashMap<>(subsidy);
        changed.put("fiscalYear", FY + 1);
        changed.put("budgetYen", 12_600_000);
        changed.put("planDueOn", "2032-03-13");
        changed.put("applicationDueOn", "2032-04-30");
        Api.as(communityUser).header("If-Match", current.getHeader("ETag")).body(changed).put("/api/v1/support-programs/" + copy)
                .then().statusCode(200).body("budgetYen", is(12_600_000));
        JsonPath changes = Api.anonymous().get("/api/v1/support-catalog/" + (FY + 1) + "/changes").then().statusCode(200)
                .body("previousFiscalYear", is(FY)).extract().jsonPath();
        assertEquals("CHANGED", changes.getString("changes.find { it.programId == " + copy + " }.change"));
        assertEquals(List.of("budgetYen"), changes.getList("changes.find { it.programId == " + copy + " }.fields.field"));
        assertEquals("12000000", changes.getString("changes.find { it.programId == " + copy + " }.fields[0].before"));
        assertEquals("UNCHANGED", changes.getString("changes.find { it.name == '補助金等説明会' }.change"));
    }

    @Test
    void a_rule_is_checked_as_data_and_only_a_subsidy_or_consignment_has_one() {
        long section = Api.createSection("規則局", "規則課");
        String office = Api.token(Api.OFFICE);
        Map<String, Object> p = program(section, "規則の検査", "SUBSIDY", List.of("FINANCIAL"));
        p.put("amountRule", Map.of("kind", "COST_SHARE", "share", 1.5, "cap", -1));
        Api.as(office).body(p).post("/api/v1/support-programs").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amountRule.share")).body("errors.field", hasItem("amountRule.cap"));
        p.put("amountRule", Map.of("kind", "PER_HOUSEHOLD", "yenPerHousehold", 300, "households", "SOME"));
        Api.as(office).body(p).post("/api/v1/support-programs").then().statusCode(400).contentType("application/problem+json");
        p.put("amountRule", Map.of("kind", "UNKNOWN", "yen", 1));
        Api.as(office).body(p).post("/api/v1/support-programs").then().statusCode(400).contentType("application/problem+json");
        p.put("amountRule", Map.of("kind", "COMBINED", "parts", List.of(Map.of("kind", "COMBINED", "parts", List.of(Map.of("kind", "FLAT", "yen", 1))))));
        Api.as(office).body(p).post("/api/v1/support-programs").then().statusCode(400).body("errors.field", hasItem("amountRule.parts[0]"));
        Map<String, Object> training = program(section, "研修", "TRAINING", List.of("HUMAN_RESOURCES"));
        training.put("amountRule", Map.of("kind", "FLAT", "yen", 1000));
        Api.as(office).body(training).post("/api/v1/support-programs").then().statusCode(400).body("errors.field", hasItem("amountRule"));
        training.remove("amountRule");
        training.put("budgetYen", 1000);
        Api.as(office).body(training).post("/api/v1/support-programs").then().statusCode(400).body("errors.field", hasItem("kind"));
        p.put("amountRule", Map.of("kind", "FLAT", "yen", 1000));
        p.put("eligibleKinds", List.of("NO_SUCH_KIND"));
        Api.as(office).body(p).post("/api/v1/support-programs").then().statusCode(400).body("errors.field", hasItem("eligibleKinds"));
        Api.as(office).get("/api/v1/support-programs?q=規則の検査").then().statusCode(200).body("total", is(0));
    }

    @Test
    void a_programs_paperwork_counts_as_a_request_in_the_burden_ledger() {
        long section = Api.createSection("事務局", "事務補助課");
        String user = Api.departmentUser(section);
        Map<String, Object> p = program(section, "事務の補助", "SUBSIDY", List.of("FINANCIAL"));
        p.put("eligibleKinds", List.of("DISTRICT_COUNCIL"));
        p.put("planDueOn", "2031-03-13");
        p.put("applicationDueOn", "2031-04-30");
        p.put("paperworkHours", 6.5);
        Response created = Api.as(user).body(p).post("/api/v1/support-programs");
        created.then().statusCode(201);
        long requestId = created.jsonPath().getLong("paperworkRequestId");
        Api.as(user).get("/api/v1/city-requests/" + requestId).then().statusCode(200)
                .body("title", is("事務の補助の申請等の事務")).body("kind", is("COOPERATION")).body("fiscalYear", is(FY))
                .body("sectionId", is((int) section)).body("receiverKinds", contains("DISTRICT_COUNCIL"))
                .body("schedule.month", contains(4, 3)).body("hoursPerPerson", is(3.25f))
                .body("burden.hoursPerOrganizationPerYear", is(6.5f));
        // fewer hours: the request follows; no hours: it goes
        Map<String, Object> less = new java.util.HashMap<>(p);
        less.put("paperworkHours", 2);
        Response updated = Api.as(user).header("If-Match", created.getHeader("ETag")).body(less)
                .put("/api/v1/support-programs/" + created.path("id"));
        updated.then().statusCode(200).body("paperworkRequestId", is((int) requestId));
        Api.as(user).get("/api/v1/city-requests/" + requestId).then().statusCode(200).body("hoursPerPerson", is(1.0f));
        less.remove("paperworkHours");
        Api.as(user).header("If-Match", updated.getHeader("ETag")).body(less).put("/api/v1/support-programs/" + created.path("id"))
                .then().statusCode(200).body("paperworkRequestId", is((Object) null));
        Api.as(user).get("/api/v1/city-requests/" + requestId).then().statusCode(404);
    }
}
