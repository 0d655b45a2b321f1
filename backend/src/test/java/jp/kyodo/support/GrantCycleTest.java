package jp.kyodo.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * 交付案件: the office opens a program's year (amounts computed from the registry), a liaison prepares the cases of
 * their districts, the office decides, pays and settles; steps out of order are 409, other amounts need a reason.
 */
@QuarkusTest
class GrantCycleTest {

    static final LocalDate TODAY = LocalDate.now(JapanClock.ZONE);

    static long program(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/support-programs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response caseOf(String token, long programId, long districtId) {
        Response r = Api.as(token).get("/api/v1/grant-cases?programId=" + programId + "&districtId=" + districtId);
        r.then().statusCode(200);
        long id = r.jsonPath().getLong("items[0].id");
        return Api.as(token).get("/api/v1/grant-cases/" + id);
    }

    static Response step(String token, Response current, String path, Map<String, Object> body) {
        return Api.as(token).header("If-Match", current.getHeader("ETag")).body(body)
                .put("/api/v1/grant-cases/" + current.path("id") + "/" + path);
    }

    @Test
    void the_operating_subsidy_is_computed_from_the_registry_and_goes_through_its_year_in_order() {
        Town town = Api.town("交付", "こうふ");
        Town other = Api.town("交付他", "こうふた");
        long section = Api.createSection("交付局", "交付地域課");
        String office = Api.token(Api.OFFICE);
        String sectionUser = Api.departmentUser(section);
        String liaison = Api.liaisonFor(town.districtId());
        String otherLiaison = Api.liaisonFor(other.districtId());

        // 均等割 200,000 + 加入世帯 × 333 (2025: 90 + 210 = 300 member households), 千円未満切捨て, at most 300,000
        Map<String, Object> rule = Map.of("kind", "COMBINED", "rounding", Map.of("unit", 1000, "mode", "DOWN"), "cap", 300000,
                "parts", List.of(Map.of("kind", "FLAT", "yen", 200000),
                        Map.of("kind", "PER_HOUSEHOLD", "yenPerHousehold", 333, "households", "MEMBERS")));
        long programId = program(sectionUser, Api.body("fiscalYear", 2026, "name", Api.unique("運営費補助"), "sectionId", section,
                "kind", "SUBSIDY", "audience", "COMMUNITY", "categories", List.of("FINANCIAL"), "budgetYen", 100_000_000,
                "eligibleKinds", List.of("DISTRICT_COUNCIL"), "figuresYear", 2025, "planDueOn", "2026-03-13",
                "applicationDueOn", "2026-04-30", "amountRule", rule));

        Api.as(liaison).post("/api/v1/support-programs/" + programId + "/opening").then().statusCode(403);
        JsonPath opened = Api.as(office).post("/api/v1/support-programs/" + programId + "/opening").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(opened.getInt("created") >= 2, "a case for each district council");
        Api.as(office).post("/api/v1/support-programs/" + programId + "/opening").then().statusCode(200)
                .body("created", is(0)).body("existing", is(opened.getInt("created")));

        Response c = caseOf(liaison, programId, town.districtId());
        c.then().body("status", is("AWAITING_PLAN")).body("organizationName", is("交付校区自治協議会"))
                .body("households", is(400)).body("memberHouseholds", is(300)).body("computedYen", is(299000))
                .body("computedSteps", contains("均等割 200,000円", "加入世帯 300世帯 × 333円 = 99,900円", "合計 299,900円",
                        "千円未満切捨て 299,000円"))
                .body("nextDueOn", is("2026-03-13")).body("permissions.canPrepare", is(true)).body("permissions.canDecide", is(false));
        long caseId = c.jsonPath().getLong("id");
        // the liaison sees only their districts' cases
        Api.as(otherLiaison).get("/api/v1/grant-cases/" + caseId).then().statusCode(404);
        Api.as(liaison).get("/api/v1/grant-cases?programId=" + programId).then().statusCode(200).body("total", is(1));
        Api.as(Api.departmentUser(Api.createSection("他局", "他課"))).get("/api/v1/grant-cases/" + caseId).then().statusCode(404);
        Api.as(office).get("/api/v1/grant-cases?programId=" + programId + "&notSubmitted=true&districtId=" + town.districtId())
                .then().statusCode(200).body("total", is(1));

        // out of order: no application before the plan, no decision before the application
        step(liaison, c, "application", Map.of()).then().statusCode(409).contentType("application/problem+json");
        step(office, c, "decision", Map.of()).then().statusCode(409);
        Response planned = step(liaison, c, "plan", Map.of("on", TODAY.minusDays(20).toString()));
        planned.then().statusCode(200).body("status", is("PLAN_RECEIVED")).body("planReceivedOn", is(TODAY.minusDays(20).toString()));
        step(liaison, planned, "plan", Map.of()).then().statusCode(409);
        step(liaison, planned, "application", Map.of("on", TODAY.minusDays(30).toString())).then().statusCode(400)
                .body("errors[0].field", is("on"));
        Response applied = step(liaison, planned, "application", Map.of("on", TODAY.minusDays(10).toString()));
        applied.then().statusCode(200).body("status", is("APPLIED")).body("permissions.canDecide", is(false));

        // the liaison never decides; another amount than computed needs a reason
        step(liaison, applied, "decision", Map.of()).then().statusCode(403);
        step(office, applied, "decision", Map.of("yen", 280000)).then().statusCode(400).body("errors[0].field", is("reason"));
        Response decided = step(office, applied, "decision", Map.of("on", TODAY.minusDays(5).toString()));
        decided.then().statusCode(200).body("status", is("DECIDED")).body("decidedYen", is(299000)).body("overrideReason", is((Object) null));

        // payments: by the section, never beyond the decided amount
        Response paid = Api.as(sectionUser).header("If-Match", decided.getHeader("ETag"))
                .body(Map.of("yen", 150000, "paidOn", TODAY.minusDays(4).toString(), "note", "概算払 第1回"))
                .post("/api/v1/grant-cases/" + caseId + "/payments");
        paid.then().statusCode(200).body("paidYen", is(150000)).body("payments[0].instalment", is(1));
        Api.as(liaison).header("If-Match", paid.getHeader("ETag")).body(Map.of("yen", 1)).post("/api/v1/grant-cases/" + caseId + "/payments")
                .then().statusCode(403);
        Api.as(office).header("If-Match", paid.getHeader("ETag")).body(Map.of("yen", 149001)).post("/api/v1/grant-cases/" + caseId + "/payments")
                .then().statusCode(409);
        paid = Api.as(office).header("If-Match", paid.getHeader("ETag")).body(Map.of("yen", 149000))
                .post("/api/v1/grant-cases/" + caseId + "/payments");
        paid.then().statusCode(200).body("paidYen", is(299000)).body("payments.instalment", contains(1, 2));

        // the office corrects the amount with a reason; never below what was paid
        step(office, paid, "decision", Map.of("yen", 290000, "reason", "誤り")).then().statusCode(409);
        // a correction above keeps the first decision's day and records its own (変更交付決定日)
        step(office, paid, "decision", Map.of("yen", 300000, "reason", "加入世帯数の訂正", "on", TODAY.minusDays(6).toString()))
                .then().statusCode(400).body("errors[0].code", is("InOrder"));
        paid = step(office, paid, "decision", Map.of("yen", 300000, "reason", "加入世帯数の訂正", "on", TODAY.minusDays(3).toString()));
        paid.then().statusCode(200).body("decidedYen", is(300000)).body("decidedOn", is(TODAY.minusDays(5).toString()))
                .body("decisionChangedOn", is(TODAY.minusDays(3).toString()));
        paid = step(office, paid, "decision", Map.of("on", TODAY.minusDays(3).toString()));
        paid.then().statusCode(200).body("decidedYen", is(299000)).body("decidedOn", is(TODAY.minusDays(5).toString()));
        // results report and inspection by the liaison; settlement with a refund by the office
        Response reported = step(liaison, paid, "report", Map.of("on", TODAY.minusDays(2).toString()));
        reported.then().statusCode(200).body("status", is("REPORTED")).body("settlementYen", is(299000));
        Api.as(office).get("/api/v1/grant-cases?programId=" + programId + "&inspectionDue=true&districtId=" + town.districtId())
                .then().body("total", is(1));
        Response inspected = step(liaison, reported, "inspection", Map.of("on", TODAY.minusDays(1).toString(),
                "findings", "領収書1件（12,000円）が対象外経費", "corrections", "対象外経費を除いた額で精算"));
        inspected.then().statusCode(200).body("status", is("INSPECTED")).body("inspectedBy", is("テスト LIAISON"));
        step(liaison, inspected, "settlement", Map.of()).then().statusCode(403);
        step(office, inspected, "settlement", Map.of("yen", 287000)).then().statusCode(400).body("errors[0].field", is("reason"));
        step(office, inspected, "settlement", Map.of("yen", 300000, "reason", "x")).then().statusCode(400);
        Response settled = step(office, inspected, "settlement", Map.of("yen", 287000, "reason", "対象外経費 12,000円を除外"));
        settled.then().statusCode(200).body("status", is("SETTLED")).body("finalYen", is(287000)).body("refundYen", is(12000));

        // the history keeps every step
        Api.as(liaison).get("/api/v1/grant-cases/" + caseId + "/history").then().statusCode(200).body("total", is(11));

        // the office's figures, the payment list and the open data
        JsonPath figures = Api.as(office).get("/api/v1/support-programs/" + programId + "/grant-figures").then().statusCode(200)
                .body("budgetYen", is(100_000_000)).extract().jsonPath();
        assertEquals(299000, figures.getInt("districts.find { it.id == " + town.districtId() + " }.decidedYen"));
        assertEquals(12000, figures.getInt("districts.find { it.id == " + town.districtId() + " }.refundYen"));
        assertEquals(299000, figures.getInt("wards.find { it.id == " + town.wardId() + " }.paidYen"));
        String csv = Api.as(sectionUser).accept("text/csv").get("/api/v1/grant-payments/csv?programId=" + programId).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF支払日,年度,事業コード,事業名,所管課コード,所管課,団体コード,団体名,区,校区,回,支払額,交付決定額,摘要,案件番号", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains(",交付校区自治協議会,") && lines.get(1).contains(",1,150000,299000,概算払 第1回," + caseId), lines.get(1));
        Api.as(liaison).accept("text/csv").get("/api/v1/grant-payments/csv").then().statusCode(403);
        JsonPath open = Api.anonymous().get("/api/v1/public/grants/2026?size=200").then().statusCode(200).extract().jsonPath();
        assertEquals(287000, open.getInt("items.find { it.organization == '交付校区自治協議会' }.finalYen"));
        Api.anonymous().accept("text/csv").get("/api/v1/public/grants/2026/csv").then().statusCode(200)
                .body(containsString("交付校区自治協議会")).body(not(containsString("liaison")));
    }

    @Test
    void street_lights_are_priced_per_unit_and_settled_on_what_was_done() {
        Town town = Api.town("街灯", "がいとう");
        long section = Api.createSection("灯局", "灯課");
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        Map<String, Object> prices = new java.util.LinkedHashMap<>();
        prices.put("NEW", 30000);
        prices.put("LED", 12500);
        Map<String, Object> rule = Map.of("kind", "PER_UNIT", "unitPrices", prices,
                "labels", Map.of("NEW", "新設", "LED", "LED化"), "cap", 100000);
        long programId = program(office, Api.body("fiscalYear", 2026, "name", Api.unique("防犯灯設置費補助"), "sectionId", section,
                "kind", "SUBSIDY", "audience", "COMMUNITY", "categories", List.of("FINANCIAL"),
                "eligibleKinds", List.of("NEIGHBORHOOD_ASSOCIATION"), "amountRule", rule));
        Api.as(office).post("/api/v1/support-programs/" + programId + "/opening").then().statusCode(200);
        Response c = caseOf(liaison, programId, town.districtId());
        c.then().body("computedYen", is(0));
        // no plan step for this program: the application comes first; a unit the rule does not price is refused
        step(liaison, c, "application", Map.of("units", Map.of("SOLAR", 1))).then().statusCode(400)
                .body("errors[0].field", is("units.SOLAR"));
        Response applied = step(liaison, c, "application", Map.of("units", Map.of("NEW", 2, "LED", 5)));
        applied.then().statusCode(200).body("computedYen", is(100000))
                .body("computedSteps", contains("新設 2 × 30,000円 = 60,000円", "LED化 5 × 12,500円 = 62,500円", "計 122,500円", "上限 100,000円"));
        Response decided = step(office, applied, "decision", Map.of());
        decided.then().statusCode(200).body("decidedYen", is(100000));
        Response paid = Api.as(office).header("If-Match", decided.getHeader("ETag")).body(Map.of("yen", 100000))
                .post("/api/v1/grant-cases/" + c.path("id") + "/payments");
        Response reported = step(liaison, paid, "report", Map.of("units", Map.of("NEW", 1, "LED", 4)));
        reported.then().statusCode(200).body("settlementYen", is(80000));
        Response settled = step(office, reported, "settlement", Map.of());
        settled.then().statusCode(200).body("finalYen", is(80000)).body("refundYen", is(20000)).body("finalReason", is((Object) null));
        // a program with cases stays a subsidy and is not deleted
        Response program = Api.as(office).get("/api/v1/support-programs/" + programId);
        Api.as(office).header("If-Match", program.getHeader("ETag")).delete("/api/v1/support-programs/" + programId).then().statusCode(409);
        // the liaison's list of cases shows the district's associations
        Api.as(liaison).get("/api/v1/grant-cases?programId=" + programId).then().statusCode(200).body("total", is(2))
                .body("items.organizationName", hasItem("街灯一丁目町内会"));
    }

    @Test
    void deadlines_reach_the_liaisons_worklist_and_the_districts_calendar() {
        Town town = Api.town("期限", "きげん");
        long section = Api.createSection("期限局", "期限課");
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        LocalDate due = TODAY.plusDays(10);
        long programId = program(office, Api.body("fiscalYear", jp.kyodo.common.web.Japanese.fiscalYearOf(TODAY),
                "name", Api.unique("期限の補助"), "sectionId", section, "kind", "SUBSIDY", "audience", "COMMUNITY",
                "categories", List.of("FINANCIAL"), "eligibleKinds", List.of("DISTRICT_COUNCIL"), "figuresYear", 2025,
                "planDueOn", due.toString(), "amountRule", Map.of("kind", "FLAT", "yen", 100000)));
        Api.as(office).post("/api/v1/support-programs/" + programId + "/opening").then().statusCode(200);
        long caseId = caseOf(liaison, programId, town.districtId()).jsonPath().getLong("id");
        JsonPath home = Api.as(liaison).get("/api/v1/me/districts").then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = home.getMap("worklist.find { it.link == '/grant-cases/" + caseId + "' }");
        assertEquals("GRANT_DEADLINE", item.get("kind"));
        assertEquals(due.toString(), item.get("due"));
        JsonPath month = Api.as(liaison).queryParam("year", due.getYear()).queryParam("month", due.getMonthValue())
                .get("/api/v1/burden-calendar").then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = month.getMap("entries.find { it.kind == 'GRANT_DEADLINE' && it.link == '/grant-cases?programId="
                + programId + "&districtId=" + town.districtId() + "' }");
        assertEquals(due.toString(), entry.get("date"));
        assertTrue(((String) entry.get("title")).endsWith("事業計画の提出期限"));
        // once the plan is in, the item is gone
        step(liaison, Api.as(liaison).get("/api/v1/grant-cases/" + caseId), "plan", Map.of()).then().statusCode(200);
        Api.as(liaison).get("/api/v1/me/districts").then().statusCode(200)
                .body("worklist.findAll { it.link == '/grant-cases/" + caseId + "' }.size()", is(0));
    }
}
