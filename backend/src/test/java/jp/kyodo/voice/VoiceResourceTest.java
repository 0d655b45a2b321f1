package jp.kyodo.voice;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.voice.service.VoiceReminders;
import org.junit.jupiter.api.Test;

/** 地域の声: a liaison receives and routes, the section answers, the liaison returns the answer and closes it. */
@QuarkusTest
class VoiceResourceTest {

    @Inject
    NoticeLog notices;

    @Inject
    VoiceReminders reminders;

    static Map<String, Object> voice(long districtId, String subject, LocalDate receivedOn) {
        return Api.body("kind", "REQUEST", "districtId", districtId, "receivedOn", receivedOn.toString(), "subject", subject,
                "body", subject + " についての要望です。");
    }

    static Response create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/voices");
    }

    static String etag(Response r) {
        return r.getHeader("ETag");
    }

    @Test
    void a_voice_goes_from_the_liaison_to_the_section_and_back_in_order() {
        Town own = Api.town("声", "こえ");
        Town other = Api.town("声他", "こえた");
        String liaison = Api.liaisonFor(own.districtId());
        long roads = Api.createSection("声局", "声道路課");
        long parks = Api.createSection("声局2", "声公園課");
        String roadsUser = Api.departmentUser(roads);
        String parksUser = Api.departmentUser(parks);
        LocalDate today = LocalDate.now(jp.kyodo.common.time.JapanClock.ZONE);

        Map<String, Object> body = voice(own.districtId(), "通学路の街灯の増設", today.minusDays(2));
        body.put("organizationId", own.councilId());
        Response created = Api.as(liaison).header("Idempotency-Key", Api.unique("voice")).body(body).post("/api/v1/voices");
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/voices/" + created.path("id")))
                .body("status", is("RECEIVED")).body("fiscalYear", is(jp.kyodo.common.web.Japanese.fiscalYearOf(today.minusDays(2))))
                .body("dueOn", is(today.minusDays(2).plusDays(30).toString())).body("organizationName", is("声校区自治協議会"))
                .body("sectionId", nullValue()).body("permissions.canRoute", is(true)).body("permissions.canAnswer", is(false));
        long id = created.jsonPath().getLong("id");
        String link = "/voices/" + id;

        // other districts are not the liaison's to receive; sections see nothing until it is routed to them
        create(liaison, voice(other.districtId(), "他校区", today)).then().statusCode(403).contentType("application/problem+json");
        Api.as(roadsUser).get("/api/v1/voices/" + id).then().statusCode(404);
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/voices").then().statusCode(403);
        Api.anonymous().get("/api/v1/voices/" + id).then().statusCode(401);

        // out of order: neither answered nor closed before routing
        Api.as(Api.token(Api.OFFICE)).header("If-Match", etag(created)).body(Map.of("answer", "早すぎる"))
                .put("/api/v1/voices/" + id + "/answer").then().statusCode(409);
        Api.as(liaison).header("If-Match", etag(created)).body(Map.of()).put("/api/v1/voices/" + id + "/closing").then().statusCode(409);

        // routed (first to the wrong section, then to the right one), each section told once
        Response toParks = Api.as(liaison).header("If-Match", etag(created)).body(Map.of("sectionId", parks))
                .put("/api/v1/voices/" + id + "/routing");
        toParks.then().statusCode(200).body("status", is("IN_PROGRESS")).body("sectionName", is("声公園課"));
        Api.as(parksUser).get("/api/v1/voices/" + id).then().statusCode(200);
        Api.as(liaison).header("If-Match", etag(created)).body(Map.of("sectionId", roads)).put("/api/v1/voices/" + id + "/routing")
                .then().statusCode(412);
        Response routed = Api.as(liaison).header("If-Match", etag(toParks)).body(Map.of("sectionId", roads))
                .put("/api/v1/voices/" + id + "/routing");
        routed.then().statusCode(200).body("sectionName", is("声道路課")).body("routedOn", is(today.toString()));
        Api.as(parksUser).get("/api/v1/voices/" + id).then().statusCode(404);
        assertEquals(List.of(new Notice.Section(parks), new Notice.Section(roads)),
                notices.about(link).stream().filter(n -> n.kind().equals("VOICE_ROUTED")).map(Notice::recipient).toList());

        // the section sees it in its list and answers; the liaison may not answer
        Api.as(roadsUser).queryParam("status", "IN_PROGRESS").get("/api/v1/voices").then().statusCode(200)
                .body("items.id", contains((int) id)).body("items[0].permissions.canAnswer", is(true))
                .body("items[0].permissions.canRoute", is(false));
        Api.as(liaison).header("If-Match", etag(routed)).body(Map.of("answer", "担当でない"))
                .put("/api/v1/voices/" + id + "/answer").then().statusCode(403);
        Api.as(roadsUser).header("If-Match", etag(routed)).body(Map.of("answer", "x", "answeredOn", today.plusDays(1).toString()))
                .put("/api/v1/voices/" + id + "/answer").then().statusCode(400).body("errors[0].field", is("answeredOn"));
        Response answered = Api.as(roadsUser).header("If-Match", etag(routed)).body(Map.of("answer", "令和8年度中に2基を増設します。"))
                .put("/api/v1/voices/" + id + "/answer");
        answered.then().statusCode(200).body("status", is("ANSWERED")).body("answeredOn", is(today.toString()))
                .body("daysToAnswer", is(2)).body("answeredByName", org.hamcrest.Matchers.startsWith("原課 "));
        assertTrue(notices.about(link).stream().anyMatch(n -> n.kind().equals("VOICE_ANSWERED")
                && n.recipient().equals(new Notice.DistrictLiaisons(own.districtId()))), notices.about(link).toString());
        Api.as(roadsUser).header("If-Match", etag(answered)).body(Map.of("answer", "二度目"))
                .put("/api/v1/voices/" + id + "/answer").then().statusCode(409);
        Api.as(liaison).header("If-Match", etag(answered)).body(Map.of("sectionId", parks))
                .put("/api/v1/voices/" + id + "/routing").then().statusCode(409);

        // the liaison sees the answer and returns it to the council
        Api.as(liaison).get("/api/v1/voices/" + id).then().body("answer", is("令和8年度中に2基を増設します。"))
                .body("permissions.canClose", is(true));
        Api.as(roadsUser).header("If-Match", etag(answered)).body(Map.of()).put("/api/v1/voices/" + id + "/closing").then().statusCode(403);
        Api.as(liaison).body(Map.of()).put("/api/v1/voices/" + id + "/closing").then().statusCode(428);
        Api.as(liaison).header("If-Match", etag(answered)).body(Map.of("note", "役員会で報告"))
                .put("/api/v1/voices/" + id + "/closing").then().statusCode(200).body("status", is("CLOSED"))
                .body("closedOn", is(today.toString())).body("permissions.canEdit", is(false));
        Api.as(liaison).get("/api/v1/voices/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATE", "UPDATE", "UPDATE", "UPDATE", "CREATE"));
        Api.as(liaison).queryParam("districtId", other.districtId()).get("/api/v1/voices").then().body("total", is(0));
    }

    @Test
    void an_overdue_voice_is_listed_as_such_and_reminded_once_a_day() {
        Town t = Api.town("声遅", "こえおそ");
        String liaison = Api.liaisonFor(t.districtId());
        long section = Api.createSection("声遅局", "声遅延課");
        LocalDate today = LocalDate.now(jp.kyodo.common.time.JapanClock.ZONE);
        Response late = create(liaison, voice(t.districtId(), "ごみ集積所の移設", today.minusDays(45)));
        long lateId = late.then().statusCode(201).body("overdue", is(true)).extract().jsonPath().getLong("id");
        Api.as(liaison).header("If-Match", etag(late)).body(Map.of("sectionId", section)).put("/api/v1/voices/" + lateId + "/routing")
                .then().statusCode(200);
        Map<String, Object> onTime = voice(t.districtId(), "公園の遊具", today.minusDays(45));
        onTime.put("dueOn", today.plusDays(5).toString());
        long onTimeId = create(liaison, onTime).then().statusCode(201).body("overdue", is(false)).extract().jsonPath().getLong("id");

        Api.as(liaison).queryParam("overdue", true).get("/api/v1/voices").then().statusCode(200)
                .body("items.id", contains((int) lateId));
        Api.as(liaison).queryParam("q", "ｺﾞﾐ").get("/api/v1/voices").then().body("items.id", not(hasItem((int) onTimeId)));

        reminders.remind();
        reminders.remind();
        List<Notice> overdue = notices.about("/voices/" + lateId).stream().filter(n -> n.kind().equals("VOICE_OVERDUE")).toList();
        assertTrue(overdue.stream().anyMatch(n -> n.recipient().equals(new Notice.Section(section))), overdue.toString());
        assertTrue(overdue.stream().anyMatch(n -> n.recipient().equals(new Notice.DistrictLiaisons(t.districtId()))), overdue.toString());
        assertTrue(overdue.stream().allMatch(n -> n.dedupeKey().equals("voice-overdue:" + lateId + ":" + today)), overdue.toString());
        assertTrue(notices.about("/voices/" + onTimeId).isEmpty());
    }

    @Test
    void the_office_sees_response_times_per_section_and_year() {
        Town t = Api.town("声率", "こえりつ");
        String office = Api.token(Api.OFFICE);
        long section = Api.createSection("声率局", "声回答課");
        String answerer = Api.departmentUser(section);
        // FY2024: answered in 10 and 61 days, one still open (and long overdue)
        answered(office, answerer, t.districtId(), section, "2024-05-01", "2024-05-11");
        answered(office, answerer, t.districtId(), section, "2024-06-01", "2024-08-01");
        Response open = create(office, voice(t.districtId(), "未回答", LocalDate.parse("2024-07-01")));
        Api.as(office).header("If-Match", etag(open)).body(Map.of("sectionId", section))
                .put("/api/v1/voices/" + open.path("id") + "/routing").then().statusCode(200);

        Api.as(office).queryParam("fiscalYear", 2024).get("/api/v1/voice-response-times").then().statusCode(200)
                .body("targetDays", is(30))
                .body("rows.find { it.sectionId == " + section + " }.sectionName", is("声回答課"))
                .body("rows.find { it.sectionId == " + section + " }.received", is(3))
                .body("rows.find { it.sectionId == " + section + " }.answered", is(2))
                .body("rows.find { it.sectionId == " + section + " }.open", is(1))
                .body("rows.find { it.sectionId == " + section + " }.overdue", is(1))
                .body("rows.find { it.sectionId == " + section + " }.answeredWithinTarget", is(1))
                .body("rows.find { it.sectionId == " + section + " }.medianDaysToAnswer", is(35.5f))
                .body("rows.find { it.sectionId == " + section + " }.shareWithinTarget", is(1f / 3));
        Api.as(office).get("/api/v1/voice-response-times").then().statusCode(200)
                .body("rows.find { it.sectionId == " + section + " }.fiscalYear", is(2024));
        Api.as(Api.liaisonFor(t.districtId())).get("/api/v1/voice-response-times").then().statusCode(403);
        Api.as(answerer).get("/api/v1/voice-response-times").then().statusCode(403);
    }

    static void answered(String office, String answerer, long district, long section, String receivedOn, String answeredOn) {
        Response r = create(office, voice(district, "回答済 " + receivedOn, LocalDate.parse(receivedOn)));
        long id = r.jsonPath().getLong("id");
        Response routed = Api.as(office).header("If-Match", etag(r)).body(Map.of("sectionId", section))
                .put("/api/v1/voices/" + id + "/routing");
        Api.as(answerer).header("If-Match", etag(routed)).body(Map.of("answer", "回答", "answeredOn", answeredOn))
                .put("/api/v1/voices/" + id + "/answer").then().statusCode(200);
    }
}
