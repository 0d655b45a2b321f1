package jp.kyodo.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/** 校区からの報告: liaisons record what their districts send up; the public sees the log but not the internal notes. */
@QuarkusTest
class UpwardReportResourceTest {

    static int count(long districtId) {
        return Api.anonymous().queryParam("districtId", districtId).get("/api/v1/upward-reports").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    @Test
    void a_liaison_records_reports_of_their_own_district_only_and_nothing_else_changes() {
        Town own = Api.town("報告", "ほうこく");
        Town other = Api.town("報告他", "ほうこくた");
        String liaison = Api.liaisonFor(own.districtId());

        Map<String, Object> body = Meetings.report(own.districtId(), "NEWSLETTER", "報告校区だより 第12号", "2025-07-10");
        body.put("organizationId", own.councilId());
        long id = Meetings.createReport(liaison, body);
        Api.as(liaison).get("/api/v1/upward-reports/" + id).then().statusCode(200)
                .body("districtName", is("報告")).body("organizationId", is((int) own.councilId()))
                .body("fiscalYear", is(2025)).body("permissions.canEdit", is(true));

        Api.as(liaison).body(Meetings.report(other.districtId(), "SURVEY_ANSWER", "他校区の回答", "2025-08-01"))
                .post("/api/v1/upward-reports").then().statusCode(403).contentType("application/problem+json");
        assertTrue(count(other.districtId()) == 0);

        long foreign = Meetings.createReport(Api.token(Api.OFFICE),
                Meetings.report(other.districtId(), "ACTIVITY_REPORT", "他校区 実績報告", "2025-06-01"));
        Api.as(liaison).get("/api/v1/upward-reports/" + foreign).then().statusCode(200).body("permissions.canEdit", is(false));
        Api.as(liaison).header("If-Match", "\"0\"").body(Meetings.report(other.districtId(), "ACTIVITY_REPORT", "書き換え", "2025-06-01"))
                .put("/api/v1/upward-reports/" + foreign).then().statusCode(403);
        Api.as(liaison).header("If-Match", "\"0\"").delete("/api/v1/upward-reports/" + foreign).then().statusCode(403);
        Api.anonymous().get("/api/v1/upward-reports/" + foreign).then().body("title", is("他校区 実績報告"));

        // moving their own report to a district they do not serve is refused too
        Api.as(liaison).header("If-Match", "\"0\"").body(Meetings.report(other.districtId(), "NEWSLETTER", "移動", "2025-07-10"))
                .put("/api/v1/upward-reports/" + id).then().statusCode(403);
        Api.anonymous().get("/api/v1/upward-reports/" + id).then().body("districtId", is((int) own.districtId()));

        // an organization of another district is not theirs to name
        Map<String, Object> wrongOrg = Meetings.report(own.districtId(), "NEWSLETTER", "団体違い", "2025-07-10");
        wrongOrg.put("organizationId", other.councilId());
        Api.as(liaison).body(wrongOrg).post("/api/v1/upward-reports").then().statusCode(400)
                .body("errors[0].code", is("SameDistrict"));

        Api.as(liaison).header("If-Match", "\"0\"").delete("/api/v1/upward-reports/" + id).then().statusCode(204);
        assertTrue(count(own.districtId()) == 0);
    }

    @Test
    void the_public_reads_the_log_without_the_internal_note_and_link() {
        Town t = Api.town("公開報告", "こうかいほうこく");
        long id = Meetings.createReport(Api.token(Api.OFFICE),
                Meetings.report(t.districtId(), "ASSEMBLY_DOCUMENTS", "令和7年度 定期総会資料", "2025-05-12"));
        String anonymous = Api.anonymous().get("/api/v1/upward-reports/" + id).then().statusCode(200)
                .body("title", is("令和7年度 定期総会資料")).body("note", nullValue()).body("url", nullValue())
                .body("permissions.canEdit", is(false)).extract().asString();
        assertFalse(anonymous.contains("内部メモ") || anonymous.contains("\"note\"") || anonymous.contains("\"url\""), anonymous);
        Api.anonymous().queryParam("districtId", t.districtId()).get("/api/v1/upward-reports").then()
                .body("items[0].note", nullValue());
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/upward-reports/" + id).then()
                .body("note", is("内部メモ 令和7年度 定期総会資料")).body("url", org.hamcrest.Matchers.startsWith("https://"));
    }

    @Test
    void the_office_keeps_the_log_with_versions_filters_and_history() {
        Town t = Api.town("報告一覧", "ほうこくいちらん");
        String office = Api.token(Api.OFFICE);
        long a = Meetings.createReport(office, Meetings.report(t.districtId(), "NEWSLETTER", "一覧校区だより 3月号", "2026-03-31"));
        Map<String, Object> april = Meetings.report(t.districtId(), "SURVEY_ANSWER", "一覧 防犯アンケート回答", "2026-04-01");
        april.put("sectionName", "生活安全課");
        long b = Meetings.createReport(office, april);

        Api.anonymous().queryParam("districtId", t.districtId()).queryParam("fiscalYear", 2025).get("/api/v1/upward-reports")
                .then().body("total", is(1)).body("items[0].id", is((int) a));
        Api.anonymous().queryParam("districtId", t.districtId()).queryParam("type", "SURVEY_ANSWER").get("/api/v1/upward-reports")
                .then().body("items.id", contains((int) b)).body("items[0].fiscalYear", is(2026));
        Api.anonymous().queryParam("districtId", t.districtId()).queryParam("sectionName", "生活安全課").get("/api/v1/upward-reports")
                .then().body("items.id", contains((int) b));
        Api.anonymous().queryParam("districtId", t.districtId()).queryParam("q", "ｱﾝｹｰﾄ").get("/api/v1/upward-reports")
                .then().body("items.id", contains((int) b));
        Api.anonymous().queryParam("districtId", t.districtId()).get("/api/v1/upward-reports")
                .then().body("items.id", contains((int) b, (int) a));

        Map<String, Object> change = Meetings.report(t.districtId(), "NEWSLETTER", "一覧校区だより 3月号（訂正）", "2026-03-31");
        Api.as(office).body(change).put("/api/v1/upward-reports/" + a).then().statusCode(428);
        Api.as(office).header("If-Match", "\"3\"").body(change).put("/api/v1/upward-reports/" + a).then().statusCode(412)
                .body("current.title", is("一覧校区だより 3月号"));
        Api.as(office).header("If-Match", "\"0\"").body(change).put("/api/v1/upward-reports/" + a).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"1-"));
        Api.as(office).get("/api/v1/upward-reports/" + a + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATE", "CREATE"));

        Map<String, Object> future = Meetings.report(t.districtId(), "NEWSLETTER", "未来", java.time.LocalDate.now().plusDays(3).toString());
        Api.as(office).body(future).post("/api/v1/upward-reports").then().statusCode(400)
                .body("errors[0].field", is("receivedOn"));
        Map<String, Object> invalid = new HashMap<>(Map.of("type", "NEWSLETTER", "districtId", t.districtId(), "receivedOn", "2025-04-01", "url", "javascript:alert(1)"));
        Api.as(office).body(invalid).post("/api/v1/upward-reports").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("url"));
    }
}
