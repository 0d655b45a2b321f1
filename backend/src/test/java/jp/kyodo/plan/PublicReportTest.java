package jp.kyodo.plan;

import static io.restassured.RestAssured.given;
import static jp.kyodo.plan.EvaluationFixtures.evaluationOf;
import static jp.kyodo.plan.EvaluationFixtures.finalizeSheet;
import static jp.kyodo.plan.EvaluationFixtures.publish;
import static jp.kyodo.plan.EvaluationFixtures.row;
import static jp.kyodo.plan.EvaluationFixtures.save;
import static jp.kyodo.plan.EvaluationFixtures.sheet;
import static jp.kyodo.plan.EvaluationFixtures.sheetPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kyodo.plan.EvaluationFixtures.TestPlan;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The office publishes a year; the public reads the report and its open data without signing in — and never sees a
 * draft, a person's name or contact, or a username.
 */
@QuarkusTest
class PublicReportTest {

    static final int FY = 2016;
    static final String HEADER = "年度,体系番号,参照キー,取り組み,区分,実施目標,進捗状況,実施内容,評価,評価の区分,評価コメント,提言,評価の版";
    private static String office;
    private static String committee;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(PublicReportTest::fixtures);

    static void fixtures() {
        office = Api.token(Api.OFFICE);
        committee = Api.token(Api.COMMITTEE);
    }

    static void report(String token, long initiativeId, int fiscalYear, int half, String status, String done,
            List<Map<String, Object>> indicators) {
        Map<String, Object> body = Api.body("fiscalYear", fiscalYear, "half", half, "status", status, "done", done,
                "evidence", List.of(Map.of("label", "開催結果", "url", "https://www.city.example.jp/report.html")),
                "indicators", indicators);
        Api.as(token).body(body).post("/api/v1/initiatives/" + initiativeId + "/progress-reports").then().statusCode(201);
    }

    private static String publicPath(TestPlan p, int fy) {
        return "/api/v1/public/reports/" + p.code() + "/" + fy;
    }

    @Test
    void a_year_with_nothing_to_publish_is_refused_and_an_unpublished_year_is_not_found() {
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 2);
        publish(office, p.id(), FY, null).then().statusCode(422)
                .body("rule", is("publication-nothing-to-publish"));
        // drafts alone are nothing to publish either
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "A", "下書き", null, null)))).then().statusCode(200);
        publish(office, p.id(), FY, null).then().statusCode(422);
        Api.anonymous().get(publicPath(p, FY)).then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", is("https://kyodo.example.jp/problems/not-found"));
        given().accept("text/csv").get(publicPath(p, FY) + "/initiatives/csv").then().statusCode(404);
        Api.anonymous().get(publicPath(p, FY) + "/initiatives").then().statusCode(404);
        Api.anonymous().get("/api/v1/public/reports/no-such-plan/" + FY).then().statusCode(404);

        // a progress report is enough: the year's progress is published without evaluations
        report(office, p.initiative(1), FY, 0, "IN_PROGRESS", "検討を始めた。", List.of());
        publish(office, p.id(), FY, null).then().statusCode(201).body("revision", is(1));
        JsonPath r = Api.anonymous().get(publicPath(p, FY)).then().statusCode(200).extract().jsonPath();
        assertEquals(1, r.getInt("revision"));
        Api.anonymous().queryParam("revision", 2).get(publicPath(p, FY)).then().statusCode(404);
        Api.anonymous().get(publicPath(p, FY + 1)).then().statusCode(404);
        Api.anonymous().queryParam("size", 200).get("/api/v1/public/reports").then().statusCode(200)
                .body("items.find { it.planCode == '" + p.code() + "' }.fiscalYear", is(FY))
                .body("items.find { it.planCode == '" + p.code() + "' }.planName", is("評価テスト計画 " + p.code()));
        // the draft stayed a draft
        assertEquals("DRAFT", evaluationOf(Api.as(office).get(sheetPath(p.id(), FY)).then().extract().jsonPath(), p.initiative(0))
                .get("state"));
    }

    @Test
    void the_public_report_holds_no_draft_and_no_personal_data() {
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 3);
        String marker = "未公表メモ" + Api.unique("m").replace("-", "");
        String memberName = "公表 太郎" + Api.unique("n").replace("-", "");
        String email = Api.unique("member").replace("-", "") + "@example.jp";
        String phone = "092-" + (100 + (int) (System.nanoTime() % 800)) + "-5555";
        Map<String, Object> member = CommitteeResourceTest.member(memberName, "こうひょう たろう", "公表テスト所属", "2015-04-01", null);
        member.put("email", email);
        member.put("phone", phone);
        long memberId = Api.as(office).body(member).post("/api/v1/committee-members").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(office).body(Map.of("planId", p.id(), "heldOn", "2017-07-20", "agenda", "評価の確定", "minutes", memberName + "委員から意見があった。",
                "attendeeIds", List.of(memberId))).post("/api/v1/committee-meetings").then().statusCode(201);

        report(office, p.initiative(0), FY, 0, "CARRIED_OUT", "予定どおり開催した。", List.of());
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "A", "公表するコメント", "=SUM(A1)で始まる提言", null)),
                Map.of("comment", "公表する総評"))).then().statusCode(200);
        finalizeSheet(committee, p.id(), FY).then().statusCode(200);
        // written after finalization: drafts, including the opinion's correction
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(1), "D", marker, marker, null)))).then().statusCode(200);

        // the preview shows what would be published: the finalized rows, not the draft
        String preview = Api.as(committee).get("/api/v1/plans/" + p.id() + "/reports/" + FY + "/preview").then().statusCode(200)
                .body("revision", is(1)).extract().asString();
        assertTrue(preview.contains("公表するコメント"));
        assertFalse(preview.contains(marker));
        Api.as(office).get("/api/v1/plans/" + p.id() + "/reports").then().statusCode(200).body("items.size()", is(0));

        publish(office, p.id(), FY, "公表します").then().statusCode(201);

        String json = Api.anonymous().get(publicPath(p, FY)).then().statusCode(200).extract().asString();
        String rows = Api.anonymous().get(publicPath(p, FY) + "/initiatives").then().statusCode(200).extract().asString();
        String csv = new String(given().accept("text/csv").get(publicPath(p, FY) + "/initiatives/csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        String officeName = Api.as(office).get("/api/v1/me").then().extract().jsonPath().getString("username");
        String committeeName = Api.as(committee).get("/api/v1/me").then().extract().jsonPath().getString("username");
        for (String body : List.of(json, rows, csv)) {
            assertTrue(body.contains("公表するコメント"), body);
            for (String hidden : List.of(marker, memberName, email, phone, officeName, committeeName, "テスト OFFICE", "テスト COMMITTEE",
                    "writtenBy", "publishedBy", "reportedBy", "finalizedBy")) {
                assertFalse(body.contains(hidden), hidden + " leaked into " + body);
            }
        }
        assertTrue(json.contains("公表する総評"));
        // staff see who published it
        Api.as(committee).get("/api/v1/plans/" + p.id() + "/reports").then().statusCode(200)
                .body("items[0].publishedBy", is(officeName)).body("items[0].note", is("公表します"));
    }

    @Test
    void open_data_has_one_row_per_initiative_and_a_japanese_header() {
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 3);
        report(office, p.initiative(0), FY, 1, "IN_PROGRESS", "上半期に準備した。", List.of());
        report(office, p.initiative(0), FY, 2, "CARRIED_OUT", "下半期に開催した。", List.of());
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "A", "予定どおり, \"好評\"だった。", "=継続されたい", null),
                row(p.initiative(1), "C", "遅れている。", null, null)))).then().statusCode(200);
        finalizeSheet(committee, p.id(), FY).then().statusCode(200);
        publish(office, p.id(), FY, null).then().statusCode(201);

        ExtractableResponse<Response> file = given().accept("text/csv").get(publicPath(p, FY) + "/initiatives/csv").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"" + p.code() + "-" + FY + "-r1-initiatives.csv\""))
                .extract();
        byte[] bytes = file.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")));
        assertEquals(HEADER, lines.get(0));
        assertEquals(4, lines.size(), text); // the 【再掲】 placement is not a second row
        assertEquals(FY + ",Ⅰ-1-(1)-ア," + refKey(p, 0) + ",取り組みア " + p.code() + ",新規,2015年度実施,実施済,"
                + "\"【上半期】上半期に準備した。\n【下半期】下半期に開催した。\",A,順調,\"予定どおり, \"\"好評\"\"だった。\",'=継続されたい,1", lines.get(1));
        assertTrue(lines.get(2).startsWith(FY + ",Ⅰ-1-(1)-イ,"), lines.get(2));
        assertTrue(lines.get(2).contains(",充実,(2015年度実施),,,C,やや遅れ,遅れている。,,1"), lines.get(2));
        assertTrue(lines.get(3).endsWith(",,,,,,,"), lines.get(3));

        JsonPath rows = Api.anonymous().queryParam("size", 200).get(publicPath(p, FY) + "/initiatives").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, rows.getList("items").size());
        assertEquals("Ⅰ-1-(1)-ア", rows.getString("items[0].path"));
        assertEquals("NEW", rows.getString("items[0].tag"));
        assertEquals("CARRIED_OUT", rows.getString("items[0].status"));
        assertEquals("A", rows.getString("items[0].rating"));
        assertEquals("順調", rows.getString("items[0].ratingLabel"));
        assertEquals("=継続されたい", rows.getString("items[0].recommendation"));
        assertEquals(1, rows.getInt("items[0].revision"));
        assertNull(rows.get("items[2].rating"));
    }

    private static String refKey(TestPlan p, int k) {
        return Api.as(office).get("/api/v1/initiatives/" + p.initiative(k)).then().extract().jsonPath().getString("refKey");
    }

    @Test
    void live_indicators_are_frozen_at_publication_and_the_request_review_is_summarized() {
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 1);
        String admin = Api.adminToken();
        JsonPath cycles = Api.as(admin).queryParam("size", 200).get("/api/v1/review-cycles").then().statusCode(200)
                .extract().jsonPath();
        if (!cycles.getList("items.fiscalYear").contains(FY)) {
            Api.as(admin).body(Map.of("fiscalYear", FY, "baselineYear", FY - 1, "title", "平成28年度 依頼等の見直し"))
                    .post("/api/v1/review-cycles").then().statusCode(201);
        }
        long section = Api.createSection("公表局", "公表課");
        Api.Town town = Api.town("公表", "こうひょう");
        Api.createCityRequest(Api.cityRequest(section, FY - 1, List.of(town.districtId()), 5, 9));
        Api.createCityRequest(Api.cityRequest(section, FY, List.of(town.districtId()), 6));
        report(office, p.initiative(0), FY, 0, "CONTINUING", "依頼を見直した。", List.of(
                Map.of("binding", "COOPERATION_REQUESTS", "target", 10), Map.of("name", "説明会", "unit", "回", "target", 3, "actual", 2)));
        publish(office, p.id(), FY, null).then().statusCode(201);

        JsonPath stored = Api.anonymous().get(publicPath(p, FY)).then().statusCode(200).extract().jsonPath();
        assertEquals(FY, stored.getInt("requestReview.fiscalYear"));
        assertEquals(FY - 1, stored.getInt("requestReview.baselineYear"));
        assertTrue(stored.getLong("requestReview.cooperationRequests") >= 1);
        assertTrue(stored.getLong("requestReview.baselineCooperationRequests") >= 1);
        assertNotNull(stored.get("requestReview.hours"));
        Map<String, Object> live = indicator(stored, "協力依頼");
        assertEquals(true, live.get("live"));
        BigDecimal frozen = new BigDecimal(live.get("actual").toString());
        assertTrue(frozen.compareTo(BigDecimal.ONE) >= 0);
        Map<String, Object> typed = indicator(stored, "説明会");
        assertEquals(false, typed.get("live"));
        assertEquals(2, ((Number) typed.get("actual")).intValue());

        // one more request in the year: the published figure stays, the preview follows the data
        Api.createCityRequest(Api.cityRequest(section, FY, List.of(town.districtId()), 7));
        JsonPath again = Api.anonymous().get(publicPath(p, FY)).then().statusCode(200).extract().jsonPath();
        assertEquals(0, frozen.compareTo(new BigDecimal(indicator(again, "協力依頼").get("actual").toString())));
        JsonPath preview = Api.as(office).get("/api/v1/plans/" + p.id() + "/reports/" + FY + "/preview").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, frozen.add(BigDecimal.ONE).compareTo(new BigDecimal(indicator(preview, "協力依頼").get("actual").toString())));
        assertEquals(2, preview.getInt("revision"));
        assertEquals(List.of(1), preview.getList("revisions.revision"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicator(JsonPath report, String namePart) {
        Map<String, Object> initiative = EvaluationLifecycleTest.initiativeIn(report,
                report.getString("nodes[0].children[0].children[0].children[0].initiative.title"));
        for (Map<String, Object> period : (List<Map<String, Object>>) initiative.get("progress")) {
            for (Map<String, Object> i : (List<Map<String, Object>>) period.get("indicators")) {
                if (((String) i.get("name")).contains(namePart)) {
                    return i;
                }
            }
        }
        throw new AssertionError("no indicator " + namePart + " in " + initiative);
    }

    @Test
    void the_public_pages_are_spa_routes_and_the_public_api_needs_no_sign_in() {
        given().accept("text/html").get("/public").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("spa"));
        given().accept("text/html").get("/public/reports/fukuoka-2009/2009/print").then().statusCode(200)
                .contentType(containsString("text/html"));
        // the API under /api/v1/public is not caught by the SPA: a bad path is a problem, not the page
        given().accept("text/html, application/json").get("/api/v1/public/nothing-here").then().statusCode(404);
        Api.anonymous().get("/api/v1/public/reports").then().statusCode(200);
        Api.anonymous().get("/api/v1/rating-grades").then().statusCode(200).body("grades.code", hasItem("A"));
        // a wrong token is treated as no sign-in on public data
        given().header("Authorization", "Bearer nonsense").accept("application/json").get("/api/v1/public/reports").then().statusCode(200);
    }
}
