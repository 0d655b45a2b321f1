package jp.kyodo.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.kyodo.activity.service.FollowUpReminders;
import jp.kyodo.common.calendar.CalendarSource;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.common.workspace.LastVisitSource;
import jp.kyodo.common.workspace.WorkItem;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/** 活動記録: liaisons log what they did in their districts, with follow-ups and files; who reads what. */
@QuarkusTest
class ActivityResourceTest {

    @Inject
    jakarta.enterprise.inject.Instance<WorkItemSource> workItems;

    @Inject
    jakarta.enterprise.inject.Instance<LastVisitSource> lastVisits;

    @Inject
    jakarta.enterprise.inject.Instance<CalendarSource> calendars;

    @Inject
    FollowUpReminders reminders;

    @Inject
    NoticeRecorder recorder;

    static final LocalDate TODAY = LocalDate.now(jp.kyodo.common.time.JapanClock.ZONE);

    static Map<String, Object> record(String type, LocalDate on, List<Long> districts, String summary) {
        return Api.body("type", type, "occurredOn", on.toString(), "startsAt", "10:00", "endsAt", "11:30",
                "districtIds", districts, "summary", summary);
    }

    static long create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/activities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long me(String token) {
        return Api.as(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    @Test
    void a_liaison_records_a_visit_in_their_districts_only_and_a_retry_with_the_same_key_records_it_once() {
        Town own = Api.town("活動", "かつどう");
        Town other = Api.town("活動他", "かつどうた");
        String liaison = Api.liaisonFor(own.districtId());
        long myId = me(liaison);

        Map<String, Object> body = record("VISIT", TODAY, List.of(own.districtId()), "会長と防犯灯の件を相談した。");
        body.put("organizationIds", List.of(own.councilId()));
        body.put("staff", List.of(Map.of("userId", myId), Map.of("name", "区役所 田中")));
        body.put("followUps", List.of(Api.body("description", "防犯灯の要望を道路課へ伝える", "responsibleId", myId,
                "dueOn", TODAY.plusDays(3).toString())));
        String key = java.util.UUID.randomUUID().toString();
        var first = Api.as(liaison).header("Idempotency-Key", key).body(body).post("/api/v1/activities").then()
                .statusCode(201).body("districts[0].name", is("活動")).body("organizations[0].name", is("活動校区自治協議会"))
                .body("staff.name", hasItem("区役所 田中")).body("followUps[0].status", is("OPEN"))
                .body("openFollowUps", is(1)).body("fiscalYear", is(jp.kyodo.common.web.Japanese.fiscalYearOf(TODAY)))
                .body("startsAt", is("10:00")).body("permissions.canEdit", is(true)).extract();
        long id = first.jsonPath().getLong("id");
        Api.as(liaison).header("Idempotency-Key", key).body(body).post("/api/v1/activities").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is((int) id));
        Api.as(liaison).queryParam("districtId", own.districtId()).get("/api/v1/activities").then().statusCode(200)
                .body("total", is(1));

        // another district's record: refused, also when only one of two districts is theirs
        Api.as(liaison).body(record("VISIT", TODAY, List.of(other.districtId()), "他校区")).post("/api/v1/activities")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(liaison).body(record("VISIT", TODAY, List.of(own.districtId(), other.districtId()), "両方"))
                .post("/api/v1/activities").then().statusCode(403);
        // an organization of another district, a future day, times in the wrong order
        Map<String, Object> wrong = record("VISIT", TODAY.plusDays(1), List.of(own.districtId()), "誤り");
        wrong.put("organizationIds", List.of(other.councilId()));
        wrong.put("endsAt", "09:00");
        Api.as(liaison).body(wrong).post("/api/v1/activities").then().statusCode(400)
                .body("errors.field", hasItem("organizationIds[0]")).body("errors.field", hasItem("occurredOn"))
                .body("errors.field", hasItem("endsAt"));

        // the office's record in both districts: readable by the liaison, not editable
        long both = create(Api.token(Api.OFFICE), record("MEETING", TODAY, List.of(own.districtId(), other.districtId()), "合同会議"));
        Api.as(liaison).get("/api/v1/activities/" + both).then().statusCode(200).body("permissions.canEdit", is(false));
        Api.as(liaison).header("If-Match", "\"0\"").body(record("MEETING", TODAY, List.of(own.districtId()), "書換"))
                .put("/api/v1/activities/" + both).then().statusCode(403);
        long foreign = create(Api.token(Api.OFFICE), record("VISIT", TODAY, List.of(other.districtId()), "他校区の訪問"));
        Api.as(liaison).get("/api/v1/activities/" + foreign).then().statusCode(404);
    }

    @Test
    void versions_history_and_marking_a_follow_up_done() {
        Town t = Api.town("活動版", "かつどうはん");
        String liaison = Api.liaisonFor(t.districtId());
        long myId = me(liaison);
        Map<String, Object> body = record("CONSULTATION", TODAY.minusDays(2), List.of(t.districtId()), "相談対応の記録");
        body.put("followUps", List.of(Api.body("description", "資料を送る", "responsibleId", myId, "dueOn", TODAY.toString())));
        long id = create(liaison, body);
        long fu = Api.as(liaison).get("/api/v1/activities/" + id).then().extract().jsonPath().getLong("followUps[0].id");

        Api.as(liaison).body(Map.of("status", "DONE")).put("/api/v1/activities/" + id + "/follow-ups/" + fu + "/status")
                .then().statusCode(428);
        Api.as(liaison).header("If-Match", "\"0\"").body(Map.of("status", "DONE"))
                .put("/api/v1/activities/" + id + "/follow-ups/" + fu + "/status").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"1-")).body("followUps[0].status", is("DONE"))
                .body("followUps[0].doneOn", is(TODAY.toString())).body("openFollowUps", is(0));
        Api.as(liaison).header("If-Match", "\"0\"").body(body).put("/api/v1/activities/" + id).then().statusCode(412)
                .body("current.followUps[0].status", is("DONE"));
        // PUT keeps the follow-up by id; a follow-up not sent is deleted
        Map<String, Object> change = record("CONSULTATION", TODAY.minusDays(2), List.of(t.districtId()), "相談対応の記録（追記）");
        change.put("followUps", List.of(Api.body("id", fu, "description", "資料を送る", "responsibleId", myId,
                "dueOn", TODAY.toString(), "status", "DONE")));
        Api.as(liaison).header("If-Match", "\"1\"").body(change).put("/api/v1/activities/" + id).then().statusCode(200)
                .body("followUps[0].id", is((int) fu)).body("followUps[0].doneOn", is(TODAY.toString()));
        Api.as(liaison).get("/api/v1/activities/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATE", "UPDATE", "CREATE"));
        // the history names the responsible person, so a reader sees a name, not an account number
        String myName = Api.as(liaison).get("/api/v1/me").then().extract().path("displayName");
        Api.as(liaison).get("/api/v1/activities/" + id + "/history").then().statusCode(200)
                .body("items[2].changes.find { it.field == 'followUps' }.after[0].responsibleName", is(myName))
                .body("items[2].changes.find { it.field == 'followUps' }.after[0].description", is("資料を送る"));
        Api.as(liaison).header("If-Match", "\"2\"").delete("/api/v1/activities/" + id).then().statusCode(204);
        Api.as(liaison).get("/api/v1/activities/" + id).then().statusCode(404);
    }

    @Test
    void search_by_text_district_type_period_and_mine_and_who_reads_what() {
        Town t = Api.town("活動検索", "かつどうけんさく");
        long section = Api.createSection("活動局", "活動推進課");
        long otherSection = Api.createSection("活動局二", "別の課");
        String liaison = Api.liaisonFor(t.districtId());
        Map<String, Object> a = record("STUDY_SESSION", TODAY.minusDays(10), List.of(t.districtId()), "ＰＲ動画の学習会を支援（ボウサイ）");
        a.put("sectionIds", List.of(section));
        long first = create(liaison, a);
        long second = create(Api.token(Api.OFFICE), record("EVENT", TODAY.minusDays(1), List.of(t.districtId()), "夏祭りに参加"));

        Api.as(liaison).queryParam("q", "pr").queryParam("districtId", t.districtId()).get("/api/v1/activities").then()
                .body("items.id", contains((int) first));
        Api.as(liaison).queryParam("q", "ぼうさい").queryParam("districtId", t.districtId()).get("/api/v1/activities").then()
                .body("items.id", contains((int) first));
        Api.as(liaison).queryParam("districtId", t.districtId()).get("/api/v1/activities").then()
                .body("items.id", contains((int) second, (int) first));
        Api.as(liaison).queryParam("districtId", t.districtId()).queryParam("type", "EVENT").get("/api/v1/activities")
                .then().body("items.id", contains((int) second));
        Api.as(liaison).queryParam("districtId", t.districtId()).queryParam("from", TODAY.minusDays(12).toString())
                .queryParam("to", TODAY.minusDays(5).toString()).get("/api/v1/activities").then()
                .body("items.id", contains((int) first));
        Api.as(liaison).queryParam("mine", true).queryParam("districtId", t.districtId()).get("/api/v1/activities").then()
                .body("items.id", contains((int) first));
        Api.as(liaison).queryParam("from", "2026-12-10").queryParam("to", "2026-12-01").get("/api/v1/activities").then()
                .statusCode(400).body("errors[0].field", is("to"));

        String dept = Api.departmentUser(section);
        Api.as(dept).queryParam("districtId", t.districtId()).get("/api/v1/activities").then().statusCode(200)
                .body("items.id", contains((int) first));
        Api.as(dept).get("/api/v1/activities/" + second).then().statusCode(404);
        Api.as(Api.departmentUser(otherSection)).get("/api/v1/activities/" + first).then().statusCode(404);
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/activities").then().statusCode(403);
        Api.anonymous().get("/api/v1/activities/" + first).then().statusCode(401);
        Api.as(dept).body(record("VISIT", TODAY, List.of(t.districtId()), "原課")).post("/api/v1/activities").then().statusCode(403);
    }

    @Test
    void files_are_kept_by_content_type_with_their_japanese_name_and_a_size_limit() throws Exception {
        Town t = Api.town("活動添付", "かつどうてんぷ");
        String liaison = Api.liaisonFor(t.districtId());
        long id = create(liaison, record("MEETING", TODAY, List.of(t.districtId()), "会議資料あり"));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        long att = RestAssured.given().header("Authorization", "Bearer " + liaison).contentType("application/pdf")
                .queryParam("filename", "会議資料 第3回.pdf").body(pdf).post("/api/v1/activities/" + id + "/attachments")
                .then().statusCode(201).body("mediaType", is("application/pdf")).body("sizeBytes", is(pdf.length))
                .extract().jsonPath().getLong("id");
        var download = RestAssured.given().header("Authorization", "Bearer " + liaison)
                .get("/api/v1/activities/" + id + "/attachments/" + att + "/content").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("filename*=UTF-8''%E4%BC%9A%E8%AD%B0"))
                .extract().asByteArray();
        assertEquals(pdf.length, download.length);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        RestAssured.given().header("Authorization", "Bearer " + liaison).contentType("application/pdf")
                .queryParam("filename", "偽物.pdf").body(png).post("/api/v1/activities/" + id + "/attachments").then()
                .statusCode(415).contentType("application/problem+json").body("errors[0].field", is("file"));
        RestAssured.given().header("Authorization", "Bearer " + liaison).contentType("application/octet-stream")
                .queryParam("filename", "写真.png").body(png).post("/api/v1/activities/" + id + "/attachments").then()
                .statusCode(201).body("mediaType", is("image/png"));
        // a zip is not a .docx; a real one (with its parts) is
        RestAssured.given().header("Authorization", "Bearer " + liaison).contentType("application/octet-stream")
                .queryParam("filename", "報告.docx").body(zip("data.txt")).post("/api/v1/activities/" + id + "/attachments")
                .then().statusCode(415);
        RestAssured.given().header("Authorization", "Bearer " + liaison).contentType("application/octet-stream")
                .queryParam("filename", "報告.docx").body(zip("[Content_Types].xml", "word/document.xml"))
                .post("/api/v1/activities/" + id + "/attachments").then().statusCode(201);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        RestAssured.given().header("Authorization", "Bearer " + liaison).contentType("application/pdf")
                .queryParam("filename", "大きい.pdf").body(big).post("/api/v1/activities/" + id + "/attachments").then()
                .statusCode(413).contentType("application/problem+json");
        Api.as(liaison).get("/api/v1/activities/" + id + "/attachments").then().statusCode(200)
                .body("items.filename", contains("会議資料 第3回.pdf", "写真.png", "報告.docx"));

        String stranger = Api.liaisonFor(Api.town("活動添付他", "かつどうてんぷた").districtId());
        RestAssured.given().header("Authorization", "Bearer " + stranger)
                .get("/api/v1/activities/" + id + "/attachments/" + att + "/content").then().statusCode(404);
        Api.as(liaison).delete("/api/v1/activities/" + id + "/attachments/" + att).then().statusCode(204);
        Api.as(liaison).get("/api/v1/activities/" + id).then().body("attachmentCount", is(2));
        Api.as(liaison).get("/api/v1/activities/" + id + "/history").then()
                .body("items.entityType", hasItem("ActivityAttachment"));
    }

    @Test
    void follow_ups_reach_the_worklist_the_calendar_and_the_responsible_persons_notices_last_visits_count_in_person() {
        Town t = Api.town("活動通知", "かつどうつうち");
        String liaison = Api.liaisonFor(t.districtId());
        long myId = me(liaison);
        Map<String, Object> body = record("VISIT", TODAY.minusDays(5), List.of(t.districtId()), "訪問");
        body.put("followUps", List.of(
                Api.body("description", "期限切れの対応", "responsibleId", myId, "dueOn", TODAY.minusDays(1).toString()),
                Api.body("description", "来月の対応", "responsibleId", myId, "dueOn", TODAY.plusDays(40).toString())));
        long id = create(liaison, body);
        create(liaison, record("INFORMATION", TODAY.minusDays(1), List.of(t.districtId()), "電話で情報提供"));

        // other features' sources (associations without figures, …) also speak for the district: keep the follow-ups
        List<WorkItem> items = workItems.stream().flatMap(s -> s.items(List.of(t.districtId()), TODAY, 14).stream())
                .filter(i -> i.kind().equals("FOLLOW_UP")).toList();
        assertEquals(List.of("期限切れの対応"), items.stream().map(WorkItem::title).toList());
        assertEquals("/activities/" + id, items.get(0).link());
        assertEquals("FOLLOW_UP", items.get(0).kind());

        Map<Long, LocalDate> last = lastVisits.stream().map(s -> s.lastVisits(List.of(t.districtId())))
                .reduce(new java.util.HashMap<>(), (x, y) -> { x.putAll(y); return x; });
        assertEquals(TODAY.minusDays(5), last.get(t.districtId()), "information given by phone is no visit");

        var entries = calendars.stream().flatMap(c -> c.entries(List.of(t.districtId()), TODAY.minusDays(10), TODAY.plusDays(60)).stream()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.kind().equals("FOLLOW_UP") && e.date().equals(TODAY.plusDays(40))));
        assertTrue(entries.stream().anyMatch(e -> e.kind().equals("ACTIVITY") && e.title().startsWith("訪問")));

        recorder.notices().clear();
        reminders.run();
        reminders.run();
        List<Notice> mine = recorder.notices().stream().filter(n -> n.recipient().equals(new Notice.User(myId))).toList();
        assertEquals(2, mine.size(), "fired on each run; the dedupe key makes it one a day");
        assertEquals(mine.get(0).dedupeKey(), mine.get(1).dedupeKey());
        assertEquals("FOLLOW_UP_DUE", mine.get(0).kind());
        assertEquals("期限切れの対応", mine.get(0).title());
    }

    static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".getBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
