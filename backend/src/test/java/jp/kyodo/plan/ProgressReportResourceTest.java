package jp.kyodo.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 進捗報告: the office and an initiative's own section (所管課) report progress per period; everyone signed in reads it;
 * invalid or duplicate reports and stale edits change nothing.
 */
@QuarkusTest
class ProgressReportResourceTest {

    private static String office;
    private static long planId;
    private static long measureId;
    private static long ownSection;
    private static String ownDept;
    private static String otherDept;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(ProgressReportResourceTest::fixtures);

    static void fixtures() {
        office = Plans.office();
        planId = Plans.plan(2009, 2010);
        long pillar = Plans.node(planId, null, "PILLAR", "Ⅰ", "自治の確立");
        measureId = Plans.node(planId, pillar, "MEASURE", "(1)", "市民の理解促進");
        ownSection = Api.createSection("進捗局", "進捗推進課");
        ownDept = Api.departmentUser(ownSection);
        otherDept = Api.departmentUser(Api.createSection("他局", "他課"));
    }

    private static long initiative(String title) {
        return Plans.initiative(planId, measureId, title, List.of(Plans.target("START", 2009)), List.of(), List.of(ownSection))
                .getLong("id");
    }

    private static String reports(long initiativeId) {
        return "/api/v1/initiatives/" + initiativeId + "/progress-reports";
    }

    @Test
    void the_owner_section_reports_progress_and_other_roles_only_read_it() {
        long id = initiative("フォーラムの開催");
        Map<String, Object> body = Plans.report(2009, 0, "CARRIED_OUT");
        body.put("done", "平成22年2月にフォーラムを開催し、420人が参加した。");
        body.put("evidence", List.of(Map.of("label", "開催結果", "url", "https://www.city.example.jp/forum.html")));
        body.put("indicators", List.of(Map.of("name", "参加者数", "unit", "人", "target", 300, "actual", 420)));

        for (String role : List.of(Api.LIAISON, Api.COMMITTEE)) {
            Api.as(Api.token(role)).body(body).post(reports(id)).then().statusCode(403).contentType("application/problem+json");
        }
        Api.as(otherDept).body(body).post(reports(id)).then().statusCode(403).body("type", endsWith("/forbidden"));
        Api.anonymous().body(body).post(reports(id)).then().statusCode(401);
        Api.as(office).get(reports(id)).then().statusCode(200).body("total", is(0));

        io.restassured.response.Response created = Api.as(ownDept).body(body).post(reports(id));
        created.then().statusCode(201)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"0-")).body("initiativeId", is((int) id)).body("fiscalYear", is(2009)).body("half", is(0))
                .body("status", is("CARRIED_OUT")).body("evidence[0].url", is("https://www.city.example.jp/forum.html"))
                .body("indicators[0].name", is("参加者数")).body("indicators[0].actual", is(420)).body("indicators[0].live", is(false))
                .body("indicators[0].binding", nullValue()).body("reportedBy", notNullValue()).body("reportedAt", notNullValue());
        long report = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/v1/progress-reports/" + report));

        // every signed-in role reads it; nobody else changes it
        for (String role : List.of(Api.LIAISON, Api.COMMITTEE, Api.DEPARTMENT)) {
            Api.as(Api.token(role)).get(reports(id)).then().statusCode(200).body("total", is(1)).body("items[0].id", is((int) report));
            Api.as(Api.token(role)).get("/api/v1/progress-reports/" + report).then().statusCode(200).header("ETag", org.hamcrest.Matchers.startsWith("\"0-"));
        }
        Api.anonymous().get("/api/v1/progress-reports/" + report).then().statusCode(401);
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("status", "COMPLETED");
        Api.as(otherDept).header("If-Match", "\"0\"").body(changed).put("/api/v1/progress-reports/" + report).then().statusCode(403);
        Api.as(Api.token(Api.LIAISON)).header("If-Match", "\"0\"").body(changed).put("/api/v1/progress-reports/" + report).then().statusCode(403);
        Api.as(otherDept).header("If-Match", "\"0\"").delete("/api/v1/progress-reports/" + report).then().statusCode(403);
        Api.as(Api.token(Api.COMMITTEE)).header("If-Match", "\"0\"").delete("/api/v1/progress-reports/" + report).then().statusCode(403);
        Api.as(office).get("/api/v1/progress-reports/" + report).then().body("status", is("CARRIED_OUT")).body("version", is(0));

        // the office may change any initiative's reports, the owner section its own
        Api.as(office).header("If-Match", "\"0\"").body(changed).put("/api/v1/progress-reports/" + report).then().statusCode(200)
                .body("status", is("COMPLETED")).header("ETag", org.hamcrest.Matchers.startsWith("\"1-"));
        changed.put("done", "追記");
        Api.as(ownDept).header("If-Match", "\"1\"").body(changed).put("/api/v1/progress-reports/" + report).then().statusCode(200)
                .body("done", is("追記")).body("version", is(2));

        // the initiative's history shows every change
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/initiatives/" + id + "/history").then().statusCode(200)
                .body("items.findAll { it.entityType == 'ProgressReport' }.action", contains("UPDATE", "UPDATE", "CREATE"))
                .body("items[1].changes.find { it.field == 'status' }.after", is("COMPLETED"));
        Api.as(ownDept).header("If-Match", "\"2\"").delete("/api/v1/progress-reports/" + report).then().statusCode(204);
        Api.as(office).get("/api/v1/progress-reports/" + report).then().statusCode(404).contentType("application/problem+json");
        Api.as(office).get("/api/v1/initiatives/" + id + "/history").then()
                .body("items[0].action", is("DELETE")).body("items[0].entityType", is("ProgressReport"));
    }

    @Test
    void invalid_reports_are_refused_with_every_field_error_and_nothing_is_saved() {
        long id = initiative("ハンドブックの改善");
        Map<String, Object> shape = Plans.report(2009, 3, null);
        shape.put("evidence", List.of(Map.of("label", "x", "url", "ftp://files.example.jp/x")));
        Api.as(office).body(shape).post(reports(id)).then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("half", "status", "evidence[0].url"));

        Map<String, Object> rules = Plans.report(2008, 0, "IN_PROGRESS");
        Map<String, Object> computed = Plans.indicator("JOIN_RATE", "CITY", null, 80);
        computed.put("actual", 75);
        Map<String, Object> unnamed = new HashMap<>();
        unnamed.put("target", 3);
        rules.put("indicators", List.of(computed, unnamed, Plans.indicator("JOIN_RATE", "DISTRICT", null, 80),
                Plans.indicator("COOPERATION_REQUESTS", "WARD", 1L, 30), Plans.indicator("JOIN_RATE", "DISTRICT", 99_999_999L, 80)));
        Api.as(office).body(rules).post(reports(id)).then().statusCode(400)
                .body("errors.field", contains("fiscalYear", "indicators[0].actual", "indicators[1].name", "indicators[2].scopeId",
                        "indicators[3].scopeLevel", "indicators[4].scopeId"))
                .body("errors.code", contains("PlanYears", "Computed", "NotBlank", "NotNull", "ScopeLevel", "Exists"));

        int next = jp.kyodo.common.web.Japanese.fiscalYearOf(LocalDate.now(jp.kyodo.common.web.Japanese.ZONE)) + 1;
        Api.as(office).body(Plans.report(next + 1, 0, "IN_PROGRESS")).post(reports(id)).then().statusCode(400)
                .body("errors[0].field", is("fiscalYear"));
        Api.as(office).body(Plans.report(next, 0, "NOT_STARTED")).post(reports(id)).then().statusCode(201);
        Api.as(office).body(Map.of("fiscalYear", 2009, "half", 0, "status", "SOMETIME")).post(reports(id)).then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.as(office).get(reports(id)).then().body("total", is(1)).body("items.fiscalYear", contains(next));
        Api.as(office).body(Plans.report(2009, 0, "IN_PROGRESS")).post(reports(-1)).then().statusCode(404);
    }

    @Test
    void one_report_per_period_and_a_stale_edit_changes_nothing() {
        long id = initiative("研修の実施");
        long whole = Plans.report(id, 2009, 0, "IN_PROGRESS");
        Api.as(office).body(Plans.report(2009, 0, "CARRIED_OUT")).post(reports(id)).then().statusCode(409)
                .body("type", endsWith("/conflict"));
        long firstHalf = Plans.report(id, 2010, 1, "IN_PROGRESS");
        Plans.report(id, 2010, 2, "CARRIED_OUT");
        // newest period first
        Api.as(office).get(reports(id)).then().body("items.half", contains(2, 1, 0)).body("items.fiscalYear", contains(2010, 2010, 2009));
        Api.as(office).queryParam("sort", "period").get(reports(id)).then().body("items.id", contains((int) whole, (int) firstHalf,
                Api.as(office).get(reports(id)).jsonPath().getInt("items[0].id")));
        Api.as(office).queryParam("sort", "colour").get(reports(id)).then().statusCode(400);

        String path = "/api/v1/progress-reports/" + whole;
        Map<String, Object> body = Plans.report(2009, 0, "CARRIED_OUT");
        Api.as(office).body(body).put(path).then().statusCode(428).body("type", endsWith("/version-required"));
        Api.as(office).header("If-Match", "\"7\"").body(body).put(path).then().statusCode(412)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"0-")).body("current.status", is("IN_PROGRESS"));
        // moving it onto a period that has a report
        Api.as(office).header("If-Match", "\"0\"").body(Plans.report(2010, 1, "CARRIED_OUT")).put(path).then().statusCode(409);
        Api.as(office).get(path).then().body("status", is("IN_PROGRESS")).body("version", is(0)).body("fiscalYear", is(2009));
        Api.as(office).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200).header("ETag", org.hamcrest.Matchers.startsWith("\"1-"));
        // a change of evidence alone is a new version too
        body.put("evidence", List.of(Map.of("url", "https://www.city.example.jp/a.pdf")));
        Api.as(office).header("If-Match", "\"1\"").body(body).put(path).then().statusCode(200).body("version", is(2))
                .body("evidence[0].url", is("https://www.city.example.jp/a.pdf")).body("evidence[0].label", nullValue());
        Api.as(office).header("If-Match", "\"1\"").delete(path).then().statusCode(412);
        Api.as(office).get(path).then().statusCode(200);
    }

    @Test
    void a_retried_creation_with_the_same_idempotency_key_creates_one_report() {
        long id = initiative("チラシの作成");
        String key = Api.unique("idem");
        Map<String, Object> body = Plans.report(2009, 0, "CARRIED_OUT");
        int first = Api.as(office).header("Idempotency-Key", key).body(body).post(reports(id)).then().statusCode(201)
                .extract().jsonPath().getInt("id");
        Api.as(office).header("Idempotency-Key", key).body(body).post(reports(id)).then().statusCode(201)
                .header("Idempotent-Replayed", is("true")).header("Location", endsWith("/api/v1/progress-reports/" + first))
                .body("id", is(first));
        body.put("status", "COMPLETED");
        Api.as(office).header("Idempotency-Key", key).body(body).post(reports(id)).then().statusCode(422);
        Api.as(office).get(reports(id)).then().body("total", is(1)).body("items.status", not(hasItem("COMPLETED")));
    }

    @Test
    void the_nine_bindings_are_listed_with_their_units_and_scopes() {
        Api.as(Api.token(Api.LIAISON)).get("/api/v1/indicator-bindings").then().statusCode(200)
                .body("items.code", contains("JOIN_RATE", "COOPERATION_REQUESTS", "COOPERATION_REQUESTS_CUT", "REQUEST_HOURS", "REQUEST_HOURS_CUT",
                        "TRAINING_DISTRICTS", "TRAINING_ATTENDANCE", "NEW_BUILDING_UNITS_JOINED", "NEW_BUILDINGS_COOPERATING"))
                .body("items.find { it.code == 'NEW_BUILDING_UNITS_JOINED' }.unit", is("戸"))
                .body("items.find { it.code == 'TRAINING_DISTRICTS' }.scopeLevels", contains("CITY", "WARD"))
                .body("items.find { it.code == 'TRAINING_ATTENDANCE' }.unit", is("人"))
                .body("items.find { it.code == 'JOIN_RATE' }.scopeLevels", contains("CITY", "WARD", "DISTRICT"))
                .body("items.find { it.code == 'JOIN_RATE' }.unit", is("%"))
                .body("items.find { it.code == 'REQUEST_HOURS' }.scopeLevels", contains("CITY"))
                .body("items.find { it.code == 'COOPERATION_REQUESTS' }.ja", is("協力依頼の件数"));
        Api.anonymous().get("/api/v1/indicator-bindings").then().statusCode(401);
    }
}
