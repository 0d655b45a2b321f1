package jp.kyodo.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * 会議体と構成員: seats with their 定数 and how they are filled, members with terms (names as personal data), vacancies
 * and terms ending in the liaison's and the office's worklists, attendance with the quorum kept on the meeting, and
 * the attendance sheet as a file.
 */
@QuarkusTest
class BodyMembershipTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    static Map<String, Object> member(long seatId, String name, Long organizationId, Long districtId, LocalDate from, LocalDate to) {
        return Api.body("seatId", seatId, "personName", name, "personKana", "かな", "organizationId", organizationId, "districtId",
                districtId, "termStart", from.toString(), "termEnd", to == null ? null : to.toString());
    }

    static Response attendance(String token, long meeting, List<Map<String, Object>> rows) {
        String tag = Api.as(Api.token(Api.OFFICE)).get("/api/v1/council-meetings/" + meeting + "/attendance").then().extract().header("ETag");
        return Api.as(token).header("If-Match", tag).body(Map.of("rows", rows)).put("/api/v1/council-meetings/" + meeting + "/attendance");
    }

    static Map<String, Object> row(long memberId, String status) {
        return Map.of("memberId", memberId, "status", status);
    }

    @Test
    void the_office_sets_up_seats_and_members_records_attendance_and_vacancies_reach_the_worklists() {
        Town town = Api.town("構成校区", "こうせいこうく");
        Town other = Api.town("構成他校区", "こうせいたこうく");
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        String otherLiaison = Api.liaisonFor(other.districtId());
        String bodyName = Api.unique("連絡協議会総会");
        long body = Api.as(office).body(Api.body("code", Api.unique("GA").replaceAll("[^A-Za-z0-9_-]", ""), "nameJa", bodyName,
                "nameEn", "Assembly", "kind", "GENERAL_ASSEMBLY", "quorum", "MAJORITY", "proxiesCount", true))
                .post("/api/v1/council-bodies").then().statusCode(201).body("side", is("COMMUNITY")).body("quorum", is("MAJORITY"))
                .body("seatTotal", is(0)).extract().jsonPath().getLong("id");

        // seats: a district representative's seat has no number; others need one; a title once per body
        Api.as(office).body(Api.body("title", "各校区代表", "filling", "DISTRICT_REPRESENTATIVE", "seats", 3))
                .post("/api/v1/council-bodies/" + body + "/seats").then().statusCode(400).body("errors[0].field", is("seats"));
        Api.as(office).body(Api.body("title", "理事", "filling", "ELECTED"))
                .post("/api/v1/council-bodies/" + body + "/seats").then().statusCode(400).body("errors[0].code", is("NotNull"));
        Api.as(liaison).body(Api.body("title", "理事", "filling", "ELECTED", "seats", 2))
                .post("/api/v1/council-bodies/" + body + "/seats").then().statusCode(403);
        long directors = Api.as(office).body(Api.body("title", "理事", "filling", "ELECTED", "seats", 2, "termYears", 2, "sortOrder", 10))
                .post("/api/v1/council-bodies/" + body + "/seats").then().statusCode(201).body("vacant", is(2))
                .extract().jsonPath().getLong("id");
        Api.as(office).body(Api.body("title", "理事", "filling", "ELECTED", "seats", 1))
                .post("/api/v1/council-bodies/" + body + "/seats").then().statusCode(400).body("errors[0].code", is("Unique"));
        long reps = Api.as(office).body(Api.body("title", "各校区代表", "filling", "DISTRICT_REPRESENTATIVE", "sortOrder", 20))
                .post("/api/v1/council-bodies/" + body + "/seats").then().statusCode(201).extract().jsonPath().getLong("id");
        // an Idempotency-Key belongs to one body: the same seat sent to another body with it is refused, not replayed
        long auditBody = Api.as(office).body(Api.body("code", Api.unique("BD").replaceAll("[^A-Za-z0-9_-]", ""), "nameJa", Api.unique("理事会"),
                "nameEn", "Board", "kind", "BOARD", "quorum", "MAJORITY", "proxiesCount", false))
                .post("/api/v1/council-bodies").then().statusCode(201).extract().jsonPath().getLong("id");
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> auditors = Api.body("title", "監事", "filling", "ELECTED", "seats", 2);
        long auditorSeat = Api.as(office).header("Idempotency-Key", key).body(auditors).post("/api/v1/council-bodies/" + auditBody + "/seats")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(office).header("Idempotency-Key", key).body(auditors).post("/api/v1/council-bodies/" + body + "/seats").then()
                .statusCode(422).body("type", is("https://kyodo.example.jp/problems/idempotency-key-reused"));
        Api.as(office).header("Idempotency-Key", key).body(auditors).post("/api/v1/council-bodies/" + auditBody + "/seats").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", is((int) auditorSeat));
        Api.as(office).get("/api/v1/council-bodies/" + body + "/roster").then().statusCode(200)
                .body("seats.find { it.id == " + reps + " }.vacantDistricts.id", hasItem((int) town.districtId()))
                .body("seats.find { it.id == " + directors + " }.seatsToday", is(2));

        // vacancies: the office's worklist names the body's seats; the liaison's their district's missing representative
        Api.as(office).get("/api/v1/office-worklist").then().statusCode(200)
                .body("items.find { it.title == '" + bodyName + " 理事' }.count", is(2))
                .body("items.find { it.title == '" + bodyName + " 理事' }.kind", is("SEAT_VACANT"));
        Api.as(liaison).get("/api/v1/me/districts").then().statusCode(200)
                .body("worklist.findAll { it.kind == 'SEAT_VACANT' }.title", hasItem(bodyName + " 各校区代表"));
        Api.as(liaison).get("/api/v1/office-worklist").then().statusCode(403);

        // members: a representative names the district; terms in order; only the office edits a city-wide body
        LocalDate start = TODAY.minusMonths(6);
        Api.as(office).body(member(reps, "代表 未設定", null, null, start, null)).post("/api/v1/council-bodies/" + body + "/members")
                .then().statusCode(400).body("errors[0].field", is("districtId"));
        Api.as(office).body(member(directors, "順序 逆", null, null, start, start.minusDays(1)))
                .post("/api/v1/council-bodies/" + body + "/members").then().statusCode(400).body("errors[0].code", is("DateOrder"));
        Api.as(liaison).body(member(directors, "山田 花子", town.councilId(), null, start, null))
                .post("/api/v1/council-bodies/" + body + "/members").then().statusCode(403);
        long a = Api.as(office).body(member(directors, "山田 花子", town.councilId(), null, start, null))
                .post("/api/v1/council-bodies/" + body + "/members").then().statusCode(201).body("current", is(true))
                .body("personName", is("山田 花子")).extract().jsonPath().getLong("id");
        long b = Api.as(office).body(member(directors, "佐藤 次郎", town.councilId(), null, start, TODAY.plusDays(20)))
                .post("/api/v1/council-bodies/" + body + "/members").then().statusCode(201).extract().jsonPath().getLong("id");
        long c = Api.as(office).body(member(reps, "鈴木 一郎", town.councilId(), town.districtId(), start, null))
                .post("/api/v1/council-bodies/" + body + "/members").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(office).get("/api/v1/council-bodies/" + body + "/roster").then()
                .body("seats.find { it.id == " + directors + " }.vacant", is(0))
                .body("seats.find { it.id == " + reps + " }.vacantDistricts.id", not(hasItem((int) town.districtId())))
                .body("seats.find { it.id == " + reps + " }.vacantDistricts.id", hasItem((int) other.districtId()));
        Api.as(office).get("/api/v1/office-worklist").then()
                .body("items.findAll { it.title == '" + bodyName + " 理事' && it.kind == 'SEAT_VACANT' }", is(List.of()))
                .body("items.find { it.title == '" + bodyName + " 理事' && it.kind == 'SEAT_TERM_ENDING' }.count", is(1));
        Api.as(liaison).get("/api/v1/me/districts").then()
                .body("worklist.findAll { it.kind == 'SEAT_VACANT' }.title", not(hasItem(bodyName + " 各校区代表")))
                .body("worklist.findAll { it.kind == 'SEAT_TERM_ENDING' }.title", hasItem(bodyName + " 理事 佐藤 次郎"));
        Api.as(otherLiaison).get("/api/v1/me/districts").then()
                .body("worklist.findAll { it.kind == 'SEAT_VACANT' }.title", hasItem(bodyName + " 各校区代表"));

        // names are personal data: the district's liaison reads them, another district's liaison and a section do not
        Api.as(liaison).get("/api/v1/council-members/" + a).then().statusCode(200).body("personName", is("山田 花子"));
        Api.as(otherLiaison).get("/api/v1/council-members/" + a).then().statusCode(200).body("personName", nullValue())
                .body("personalDataVisible", is(false)).body("seatTitle", is("理事"));
        Api.as(Api.token(Api.DEPARTMENT)).get("/api/v1/council-bodies/" + body + "/members").then().statusCode(200)
                .body("items.personName", org.hamcrest.Matchers.everyItem(nullValue())).body("items.size()", is(3));
        Api.as(Api.token(Api.DEPARTMENT)).get("/api/v1/council-members?q=山田").then().statusCode(403);
        Api.as(otherLiaison).get("/api/v1/council-members?q=山田").then().statusCode(200)
                .body("items.id", not(hasItem((int) a)));
        Api.as(otherLiaison).get("/api/v1/council-members?person=" + a).then().statusCode(403);
        Api.anonymous().get("/api/v1/council-bodies/" + body + "/roster").then().statusCode(401);

        // a person's seats across bodies: width and spaces alike
        long board = Api.as(office).body(Api.body("code", Api.unique("BD").replaceAll("[^A-Za-z0-9_-]", ""), "nameJa",
                Api.unique("理事会"), "nameEn", "Board", "kind", "BOARD")).post("/api/v1/council-bodies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long boardSeat = Api.as(office).body(Api.body("title", "部会長", "filling", "EX_OFFICIO", "seats", 3))
                .post("/api/v1/council-bodies/" + board + "/seats").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(office).body(member(boardSeat, "山田　花子", null, null, start.minusYears(2), start.minusDays(1)))
                .post("/api/v1/council-bodies/" + board + "/members").then().statusCode(201).body("current", is(false));
        Api.as(office).get("/api/v1/council-members?person=" + a).then().statusCode(200).body("items.size()", is(2))
                .body("items.seatTitle", hasItem("部会長"));
        Api.as(liaison).get("/api/v1/council-members?person=" + a).then().statusCode(200).body("items.size()", is(1));

        // attendance: the members in term on the day; the quorum with proxies counting
        long meeting = Api.as(office).body(Api.body("bodyId", body, "heldOn", TODAY.minusDays(1).toString(), "number", 1))
                .post("/api/v1/council-meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(office).get("/api/v1/council-meetings/" + meeting + "/attendance").then().statusCode(200)
                .body("rows.size()", is(3)).body("figures", nullValue()).body("rows.status", is(java.util.Arrays.asList(null, null, null)));
        Api.as(office).body(Map.of("rows", List.of(row(a, "PRESENT")))).put("/api/v1/council-meetings/" + meeting + "/attendance")
                .then().statusCode(428);
        long stranger = Api.as(office).body(member(boardSeat, "別会議 委員", null, null, start, null))
                .post("/api/v1/council-bodies/" + board + "/members").then().statusCode(201).extract().jsonPath().getLong("id");
        attendance(office, meeting, List.of(row(stranger, "PRESENT"))).then().statusCode(400)
                .body("errors[0].field", is("rows[0].memberId")).body("errors[0].code", is("InTerm"));
        attendance(liaison, meeting, List.of(row(a, "PRESENT"))).then().statusCode(403);
        attendance(office, meeting, List.of(row(a, "PRESENT"), row(b, "PROXY"), row(c, "ABSENT"))).then().statusCode(200)
                .body("figures.membersOnDay", is(3)).body("figures.present", is(1)).body("figures.proxy", is(1))
                .body("figures.absent", is(1)).body("figures.quorumRequired", is(2)).body("figures.quorumMet", is(true));
        Api.as(office).get("/api/v1/council-meetings/" + meeting).then().body("attendance.quorumMet", is(true));
        Api.as(office).get("/api/v1/council-meetings?bodyId=" + body).then().body("items[0].attendance.present", is(1));
        // two screens hold the sheet; one swaps 出席 and 欠席 (the figures stay the same), the other's save is refused
        String held = Api.as(office).get("/api/v1/council-meetings/" + meeting + "/attendance").then().extract().header("ETag");
        String swapped = Api.as(office).header("If-Match", held).body(Map.of("rows", List.of(row(a, "ABSENT"), row(b, "PROXY"), row(c, "PRESENT"))))
                .put("/api/v1/council-meetings/" + meeting + "/attendance").then().statusCode(200).body("figures.present", is(1))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(held, swapped);
        Api.as(office).header("If-Match", held).body(Map.of("rows", List.of(row(a, "PRESENT"), row(b, "PROXY"), row(c, "ABSENT"))))
                .put("/api/v1/council-meetings/" + meeting + "/attendance").then().statusCode(412);
        Api.as(office).get("/api/v1/council-meetings/" + meeting + "/attendance").then().header("ETag", is(swapped));
        attendance(office, meeting, List.of(row(a, "PRESENT"), row(b, "PROXY"), row(c, "ABSENT"))).then().statusCode(200);
        // the rule changes: proxies no longer count; the kept figures follow
        Map<String, Object> strict = Api.body("code", Api.as(office).get("/api/v1/council-bodies/" + body).then().extract().path("code"),
                "nameJa", bodyName, "nameEn", "Assembly", "kind", "GENERAL_ASSEMBLY", "quorum", "MAJORITY", "proxiesCount", false);
        String bodyTag = Api.as(office).get("/api/v1/council-bodies/" + body).then().extract().header("ETag");
        Api.as(office).header("If-Match", bodyTag).body(strict).put("/api/v1/council-bodies/" + body).then().statusCode(200)
                .body("proxiesCount", is(false));
        Api.as(office).get("/api/v1/council-meetings/" + meeting).then().body("attendance.quorumMet", is(false));

        // a member with attendance is not removed, and their term keeps the meetings they attended
        String memberTag = Api.as(office).get("/api/v1/council-members/" + a).then().extract().header("ETag");
        Api.as(office).header("If-Match", memberTag).delete("/api/v1/council-members/" + a).then().statusCode(409);
        Api.as(office).header("If-Match", memberTag).body(member(directors, "山田 花子", town.councilId(), null, TODAY, null))
                .put("/api/v1/council-members/" + a).then().statusCode(400).body("errors[0].code", is("AttendanceInTerm"));

        // the attendance sheet: export, fill in, dry run, import
        String sheet = Api.as(office).accept("text/csv").queryParam("meetingId", meeting).get("/api/v1/exports/meeting-attendance")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(sheet.contains("山田 花子"), sheet);
        String csv = "meetingId,memberId,status\r\n" + meeting + "," + a + ",欠席\r\n" + meeting + "," + b + ",出席\r\n"
                + meeting + "," + stranger + ",出席\r\n";
        Api.as(office).contentType("text/csv").accept("application/json, application/problem+json").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/meeting-attendance?dryRun=true").then().statusCode(422)
                .body("errors.find { it.row == 4 }.code", is("InTerm"));
        String good = "meetingId,memberId,status\r\n" + meeting + "," + a + ",欠席\r\n" + meeting + "," + b + ",出席\r\n"
                + meeting + "," + c + ",\r\n";
        Api.as(office).contentType("text/csv").accept("application/json, application/problem+json").body(good.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/meeting-attendance").then().statusCode(200).body("applied", is(true))
                .body("rows.action", is(List.of("UPDATE", "UPDATE", "UNCHANGED")));
        Api.as(office).get("/api/v1/council-meetings/" + meeting + "/attendance").then()
                .body("figures.present", is(1)).body("figures.absent", is(2)).body("figures.proxy", is(0))
                .body("figures.quorumMet", is(false));
        // a sheet exported before someone changed a member's attendance on the screen: that row is refused, not saved
        String before = Api.as(office).accept("text/csv").queryParam("meetingId", meeting).get("/api/v1/exports/meeting-attendance")
                .then().statusCode(200).extract().asString();
        String line = before.lines().filter(l -> l.contains("山田 花子")).findFirst().orElseThrow();
        String version = line.substring(line.lastIndexOf(',') + 1).strip();
        org.junit.jupiter.api.Assertions.assertTrue(version.matches("\\d+"), line);
        attendance(office, meeting, List.of(row(a, "PRESENT"), row(b, "PRESENT"), row(c, "ABSENT"))).then().statusCode(200);
        String stale = "meetingId,memberId,status,version\r\n" + meeting + "," + a + ",委任状," + version + "\r\n";
        Api.as(office).contentType("text/csv").accept("application/json, application/problem+json").body(stale.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/meeting-attendance").then().statusCode(422).body("errors[0].code", is("Stale"));
        Api.as(office).get("/api/v1/council-meetings/" + meeting + "/attendance").then().body("figures.present", is(2))
                .body("figures.proxy", is(0));
        // the meeting saved with a new title and day: the figures are kept again, and the answer's ETag is the stored one
        String meetingTag = Api.as(office).get("/api/v1/council-meetings/" + meeting).then().extract().header("ETag");
        String answered = Api.as(office).header("If-Match", meetingTag).body(Api.body("bodyId", body, "heldOn", TODAY.minusDays(2).toString(),
                "number", 1, "title", "第1回総会")).put("/api/v1/council-meetings/" + meeting).then().statusCode(200).extract().header("ETag");
        Api.as(office).get("/api/v1/council-meetings/" + meeting).then().header("ETag", is(answered));
        Api.as(office).get("/api/v1/council-bodies/" + body + "/history").then().statusCode(200)
                .body("items.entityType", hasItem("CouncilMember")).body("items.entityType", hasItem("CouncilSeat"));
        Api.as(office).get("/api/v1/council-meetings/" + meeting + "/attendance").then()
                .body("meetingName", containsString("回"));
    }
}
