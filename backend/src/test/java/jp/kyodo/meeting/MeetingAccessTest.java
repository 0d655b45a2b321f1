package jp.kyodo.meeting;

import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.AccessMatrix.OFFICE_ONLY;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.DEPARTMENT;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every meeting operation × every role: the office records meetings, bodies and imports; a department adds the
 * agenda items it presents; a liaison records reports of their own districts; everyone reads meetings and reports.
 */
@QuarkusTest
class MeetingAccessTest {

    static final String OWN_LIAISON = "LIAISON_OWN";
    static final String OTHER_LIAISON = "LIAISON_OTHER";
    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPARTMENT, OWN_LIAISON, OTHER_LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = AccessMatrix.signedIn(CALLERS);
    static final Set<String> AGENDA_ADDERS = Set.of(ADMIN, OFFICE, DEPARTMENT);
    static final Set<String> REPORT_EDITORS = Set.of(ADMIN, OFFICE, OWN_LIAISON);

    static Town town;
    static String tag;
    static long bodyId;
    static long meetingId;
    static long itemId;
    static long reportId;
    static long districtBodyId;
    static long seatId;
    static long memberId;
    static long districtMeetingId;
    static Map<String, String> tokens = new LinkedHashMap<>();
    static final AtomicInteger NUMBER = new AtomicInteger(1);

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(MeetingAccessTest::fixtures);

    static void fixtures() {
        town = Api.town("会議権限", "かいぎけんげん");
        Town other = Api.town("会議他区", "かいぎたく");
        tag = Api.unique("権");
        bodyId = Meetings.body(tag + "理事会", "BOARD");
        meetingId = Meetings.meeting(bodyId, 900, "2025-06-25");
        itemId = Meetings.item(Meetings.admin(), meetingId, "権限の議題", "協働推進課");
        reportId = Meetings.createReport(Meetings.admin(), Meetings.report(town.districtId(), "NEWSLETTER", "権限だより", "2025-07-01"));
        // a body of the district's council, with a seat, a member and a meeting: a liaison of the district manages it
        districtBodyId = Api.as(Meetings.admin()).body(Api.body("code", Api.unique("DB"), "nameJa", tag + "校区役員会", "nameEn",
                "District board", "kind", "DISTRICT_COUNCIL_MEETING", "organizationId", town.councilId(), "quorum", "MAJORITY"))
                .post("/api/v1/council-bodies").then().statusCode(201).extract().jsonPath().getLong("id");
        seatId = seat();
        memberId = member();
        districtMeetingId = Meetings.meeting(districtBodyId, 1, "2025-06-25");
        tokens.put(ANONYMOUS, null);
        tokens.put(ADMIN, Api.token(ADMIN));
        tokens.put(OFFICE, Api.token(OFFICE));
        tokens.put(DEPARTMENT, Api.token(DEPARTMENT));
        tokens.put(COMMITTEE, Api.token(COMMITTEE));
        tokens.put(OWN_LIAISON, Api.liaisonFor(town.districtId()));
        tokens.put(OTHER_LIAISON, Api.liaisonFor(other.districtId()));
    }

    static long seat() {
        return Api.as(Meetings.admin()).body(Api.body("title", Api.unique("役員"), "filling", "ELECTED", "seats", 5))
                .post("/api/v1/council-bodies/" + districtBodyId + "/seats").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> memberBody() {
        return Api.body("seatId", seatId, "personName", "権限 太郎", "termStart", "2025-04-01");
    }

    static long member() {
        return Api.as(Meetings.admin()).body(memberBody()).post("/api/v1/council-bodies/" + districtBodyId + "/members").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    List<Op> operations() {
        String meeting = "/api/v1/council-meetings/" + meetingId;
        String item = "/api/v1/agenda-items/" + itemId;
        String report = "/api/v1/upward-reports/" + reportId;
        Map<String, Object> reportBody = Meetings.report(town.districtId(), "NEWSLETTER", "権限だより", "2025-07-01");
        byte[] csv = ("年月日,会議名,議題\r\n2025-06-25,第900回" + tag + "理事会,権限の議題\r\n").getBytes(StandardCharsets.UTF_8);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listCouncilBodies", EVERYONE, s -> s.get("/api/v1/council-bodies")));
        ops.add(new Op("getCouncilBody", EVERYONE, s -> s.get("/api/v1/council-bodies/" + bodyId)));
        ops.add(new Op("createCouncilBody", OFFICE_ONLY, s -> s.body(Map.of("code", Api.unique("CB"), "nameJa", Api.unique("権会"),
                "nameEn", "x", "kind", "OTHER")).post("/api/v1/council-bodies")));
        ops.add(new Op("updateCouncilBody", OFFICE_ONLY, s -> s.header("If-Match", "*").body(Map.of("code", Api.unique("CB"),
                "nameJa", tag + "理事会", "nameEn", "Board", "kind", "BOARD")).put("/api/v1/council-bodies/" + bodyId)));
        ops.add(new Op("deleteCouncilBody", OFFICE_ONLY, s -> s.header("If-Match", "*")
                .delete("/api/v1/council-bodies/" + Meetings.body(Api.unique("消"), "OTHER"))));
        ops.add(new Op("listCouncilMeetings", EVERYONE, s -> s.get("/api/v1/council-meetings?bodyId=" + bodyId)));
        ops.add(new Op("getCouncilMeeting", EVERYONE, s -> s.get(meeting)));
        ops.add(new Op("createCouncilMeeting", OFFICE_ONLY, s -> s.body(Map.of("bodyId", bodyId, "number", NUMBER.incrementAndGet(),
                "heldOn", "2025-07-23")).post("/api/v1/council-meetings")));
        ops.add(new Op("updateCouncilMeeting", OFFICE_ONLY, s -> s.header("If-Match", "*").body(Map.of("bodyId", bodyId,
                "number", 900, "heldOn", "2025-06-25", "note", "更新")).put(meeting)));
        ops.add(new Op("deleteCouncilMeeting", OFFICE_ONLY, s -> s.header("If-Match", "*")
                .delete("/api/v1/council-meetings/" + Meetings.meeting(bodyId, NUMBER.incrementAndGet(), "2025-08-01"))));
        ops.add(new Op("getCouncilMeetingHistory", SIGNED_IN, s -> s.get(meeting + "/history")));
        ops.add(new Op("listCouncilMeetingAgendaItems", EVERYONE, s -> s.get(meeting + "/agenda-items")));
        ops.add(new Op("createAgendaItem", AGENDA_ADDERS, s -> s.body(Map.of("title", Api.unique("議題"), "sectionName", "健康推進課"))
                .post(meeting + "/agenda-items")));
        ops.add(new Op("listAgendaItems", EVERYONE, s -> s.get("/api/v1/agenda-items?bodyId=" + bodyId)));
        ops.add(new Op("getAgendaItem", EVERYONE, s -> s.get(item)));
        // a department may change only the items it added: this one the admin added
        ops.add(new Op("updateAgendaItem", OFFICE_ONLY, s -> s.header("If-Match", "*").body(Map.of("title", "権限の議題"))
                .put(item)));
        ops.add(new Op("deleteAgendaItem", OFFICE_ONLY, s -> s.header("If-Match", "*")
                .delete("/api/v1/agenda-items/" + Meetings.item(Meetings.admin(), meetingId, Api.unique("消す議題"), null))));
        ops.add(new Op("listUpwardReports", EVERYONE, s -> s.get("/api/v1/upward-reports?districtId=" + town.districtId())));
        ops.add(new Op("getUpwardReport", EVERYONE, s -> s.get(report)));
        ops.add(new Op("createUpwardReport", REPORT_EDITORS, s -> s.body(reportBody).post("/api/v1/upward-reports")));
        ops.add(new Op("updateUpwardReport", REPORT_EDITORS, s -> s.header("If-Match", "*").body(reportBody).put(report)));
        ops.add(new Op("deleteUpwardReport", REPORT_EDITORS, s -> s.header("If-Match", "*")
                .delete("/api/v1/upward-reports/" + Meetings.createReport(Meetings.admin(), reportBody))));
        ops.add(new Op("getUpwardReportHistory", SIGNED_IN, s -> s.get(report + "/history")));
        ops.add(new Op("importMeetingLog", OFFICE_ONLY, s -> s.contentType("text/csv").accept("application/json, application/problem+json")
                .queryParam("dryRun", true).body(csv).post("/api/v1/imports/meeting-log")));
        ops.add(new Op("getMeetingLogImportTemplate", SIGNED_IN, s -> s.accept("text/csv, application/problem+json")
                .get("/api/v1/imports/meeting-log/template")));
        ops.add(new Op("exportMeetingLog", SIGNED_IN, s -> s.accept("text/csv, application/problem+json")
                .queryParam("bodyId", bodyId).get("/api/v1/exports/meeting-log")));
        // seats, members, attendance (会議体と構成員)
        Set<String> bodyEditors = Set.of(ADMIN, OFFICE, OWN_LIAISON);
        Map<String, Object> seatBody = Api.body("title", Api.unique("幹事"), "filling", "ELECTED", "seats", 3);
        ops.add(new Op("getCouncilBodyRoster", SIGNED_IN, s -> s.get("/api/v1/council-bodies/" + districtBodyId + "/roster")));
        ops.add(new Op("createCouncilSeat", bodyEditors, s -> s.body(Api.body("title", Api.unique("幹事"), "filling", "ELECTED", "seats", 3))
                .post("/api/v1/council-bodies/" + districtBodyId + "/seats")));
        ops.add(new Op("getCouncilSeat", SIGNED_IN, s -> s.get("/api/v1/council-seats/" + seatId)));
        ops.add(new Op("updateCouncilSeat", bodyEditors, s -> s.header("If-Match", "*").body(seatBody).put("/api/v1/council-seats/" + seatId)));
        ops.add(new Op("deleteCouncilSeat", bodyEditors, s -> s.header("If-Match", "*").delete("/api/v1/council-seats/" + seat())));
        ops.add(new Op("listCouncilBodyMembers", SIGNED_IN, s -> s.get("/api/v1/council-bodies/" + districtBodyId + "/members")));
        ops.add(new Op("createCouncilMember", bodyEditors, s -> s.body(memberBody()).post("/api/v1/council-bodies/" + districtBodyId + "/members")));
        ops.add(new Op("listCouncilMembers", Set.of(ADMIN, OFFICE, OWN_LIAISON, OTHER_LIAISON), s -> s.get("/api/v1/council-members?q=権限")));
        ops.add(new Op("getCouncilMember", SIGNED_IN, s -> s.get("/api/v1/council-members/" + memberId)));
        ops.add(new Op("updateCouncilMember", bodyEditors, s -> s.header("If-Match", "*").body(memberBody())
                .put("/api/v1/council-members/" + memberId)));
        ops.add(new Op("deleteCouncilMember", bodyEditors, s -> s.header("If-Match", "*").delete("/api/v1/council-members/" + member())));
        ops.add(new Op("getCouncilBodyHistory", SIGNED_IN, s -> s.get("/api/v1/council-bodies/" + districtBodyId + "/history")));
        ops.add(new Op("getMeetingAttendance", SIGNED_IN, s -> s.get("/api/v1/council-meetings/" + districtMeetingId + "/attendance")));
        ops.add(new Op("recordMeetingAttendance", bodyEditors, s -> s.header("If-Match", "*").body(Map.of("rows", List.of()))
                .put("/api/v1/council-meetings/" + districtMeetingId + "/attendance")));
        byte[] sheet = ("meetingId,memberId,status\r\n" + districtMeetingId + "," + memberId + ",出席\r\n").getBytes(StandardCharsets.UTF_8);
        ops.add(new Op("importMeetingAttendance", OFFICE_ONLY, s -> s.contentType("text/csv").accept("application/json, application/problem+json")
                .queryParam("dryRun", true).body(sheet).post("/api/v1/imports/meeting-attendance")));
        ops.add(new Op("getMeetingAttendanceImportTemplate", SIGNED_IN, s -> s.accept("text/csv, application/problem+json")
                .get("/api/v1/imports/meeting-attendance/template")));
        ops.add(new Op("exportMeetingAttendance", OFFICE_ONLY, s -> s.accept("text/csv, application/problem+json")
                .queryParam("meetingId", districtMeetingId).get("/api/v1/exports/meeting-attendance")));
        ops.add(new Op("getOfficeWorklist", OFFICE_ONLY, s -> s.get("/api/v1/office-worklist")));
        return ops;
    }

    @Test
    void every_operation_admits_exactly_the_roles_it_declares() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
