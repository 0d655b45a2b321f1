package jp.kyodo.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.meeting.service.MeetingCalendar;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.voice.NoticeLog;
import org.junit.jupiter.api.Test;

/** Meetings and reports linked to the rest: agenda items by request and date, the calendar, the liaison told of a report. */
@QuarkusTest
class MeetingLinksTest {

    @Inject
    NoticeLog notices;

    @Inject
    MeetingCalendar calendar;

    @Test
    void agenda_items_filter_by_the_request_they_carried_and_by_date() {
        long body = Meetings.body("連携会議" + Api.unique("x"), "BOARD");
        long june = Meetings.meeting(body, 1, "2025-06-10");
        long july = Meetings.meeting(body, 2, "2025-07-15");
        long section = Api.createSection("連携局", "連携課");
        Map<String, Object> request = Api.cityRequest(section, 2025, List.of(), 6);
        request.put("allDistricts", true);
        long carried = Api.createCityRequest(request);
        long a = ((Number) Api.as(Meetings.admin()).body(Map.of("title", "依頼の説明", "requestIds", List.of(carried)))
                .post("/api/v1/council-meetings/" + june + "/agenda-items").then().statusCode(201).extract().path("id")).longValue();
        long b = ((Number) Api.as(Meetings.admin()).body(Map.of("title", "依頼の結果報告", "requestIds", List.of(carried)))
                .post("/api/v1/council-meetings/" + july + "/agenda-items").then().statusCode(201).extract().path("id")).longValue();
        Meetings.item(Meetings.admin(), july, "ほかの議題", "連携課");

        Api.anonymous().queryParam("requestId", carried).get("/api/v1/agenda-items").then().statusCode(200)
                .body("items.id", contains((int) a, (int) b));
        Api.anonymous().queryParam("requestId", carried).queryParam("heldFrom", "2025-07-01").get("/api/v1/agenda-items").then()
                .body("items.id", contains((int) b));
        Api.anonymous().queryParam("requestId", carried).queryParam("heldTo", "2025-06-10").get("/api/v1/agenda-items").then()
                .body("items.id", contains((int) a));
        Api.anonymous().queryParam("bodyId", body).queryParam("heldFrom", "2025-07-15").queryParam("heldTo", "2025-07-15")
                .get("/api/v1/agenda-items").then().body("total", is(2));
        Api.anonymous().queryParam("heldFrom", "2025-13-01").get("/api/v1/agenda-items").then().statusCode(400);
    }

    @Test
    void a_report_the_office_records_is_told_to_the_districts_liaisons_and_a_liaisons_own_is_not() {
        Town t = Api.town("連絡", "れんらく");
        String liaison = Api.liaisonFor(t.districtId());
        long byOffice = Meetings.createReport(Api.token(Api.OFFICE), Meetings.report(t.districtId(), "NEWSLETTER", "連絡だより 第1号", "2025-07-01"));
        long byLiaison = Meetings.createReport(liaison, Meetings.report(t.districtId(), "NEWSLETTER", "連絡だより 第2号", "2025-08-01"));
        List<Notice> told = notices.about("/upward-reports?district=" + t.districtId());
        assertEquals(1, told.size(), told.toString());
        assertEquals("REPORT_RECEIVED", told.get(0).kind());
        assertEquals(new Notice.DistrictLiaisons(t.districtId()), told.get(0).recipient());
        assertTrue(told.get(0).title().contains("連絡だより 第1号"));
        assertTrue(byOffice != byLiaison);
    }

    @Test
    void meetings_of_a_district_councils_bodies_are_in_that_districts_calendar() {
        Town t = Api.town("暦", "こよみ");
        long body = ((Number) Api.as(Meetings.admin()).body(Api.body("code", Api.unique("CB"), "nameJa", "暦校区 役員会",
                "nameEn", "Board", "kind", "DISTRICT_COUNCIL_MEETING", "organizationId", t.councilId(), "sortOrder", 500))
                .post("/api/v1/council-bodies").then().statusCode(201).extract().path("id")).longValue();
        long cityWide = Meetings.body("暦 市全体" + Api.unique("x"), "BOARD");
        long m = Meetings.meeting(body, 3, "2025-09-12");
        Meetings.meeting(body, 4, "2025-11-12");
        Meetings.meeting(cityWide, 1, "2025-09-13");
        List<CalendarEntry> entries = calendar.entries(List.of(t.districtId()), LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-30"));
        assertEquals(1, entries.size(), entries.toString());
        CalendarEntry e = entries.get(0);
        assertEquals("meeting-" + m + "@kyodo", e.uid());
        assertEquals("MEETING", e.kind());
        assertEquals(t.districtId(), e.districtId());
        assertEquals(LocalDate.parse("2025-09-12"), e.date());
        assertEquals("第3回暦校区 役員会", e.title());
        assertTrue(calendar.entries(List.of(), LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-30")).isEmpty());
    }
}
