package jp.kyodo.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * 研修・説明会等 and 場の提供: the organizing section manages its events, liaisons record their districts' attendance
 * (head counts, organizations of the district), the totals are kept; facilities per district with rooms and a repair
 * paid by a subsidy; documents kept with a grant case's steps and an event's materials.
 */
@QuarkusTest
class EventsAndFacilitiesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    static Map<String, Object> row(Long organizationId, int registered, Integer attended) {
        Map<String, Object> m = new HashMap<>();
        m.put("organizationId", organizationId);
        m.put("registered", registered);
        m.put("attended", attended);
        return m;
    }

    static Response attend(String token, long event, long district, List<Map<String, Object>> rows) {
        String tag = Api.as(Api.token(Api.OFFICE)).get("/api/v1/support-events/" + event).then().extract().header("ETag");
        return Api.as(token).header("If-Match", tag).body(Map.of("rows", rows)).put("/api/v1/support-events/" + event + "/attendance/" + district);
    }

    @Test
    void the_section_holds_an_event_and_liaisons_record_their_districts_attendance() {
        Town town = Api.town("研修校区", "けんしゅうこうく");
        Town other = Api.town("研修他校区", "けんしゅうたこうく");
        long section = Api.createSection("研修局", Api.unique("研修課"));
        long otherSection = Api.createSection("研修局", Api.unique("別の課"));
        String sectionUser = Api.departmentUser(section);
        String liaison = Api.liaisonFor(town.districtId());
        String office = Api.token(Api.OFFICE);

        Map<String, Object> body = Api.body("title", "校区事務局職員研修", "kind", "TRAINING", "heldOn", "2026-09-10",
                "startsAt", "10:00", "endsAt", "12:00", "place", "市民センター", "audience", "COMMUNITY", "sectionId", section,
                "capacity", 10);
        Api.as(liaison).body(body).post("/api/v1/support-events").then().statusCode(403);
        Api.as(Api.departmentUser(otherSection)).body(body).post("/api/v1/support-events").then().statusCode(403);
        Map<String, Object> wrongTimes = new HashMap<>(body);
        wrongTimes.put("endsAt", "09:00");
        Api.as(sectionUser).body(wrongTimes).post("/api/v1/support-events").then().statusCode(400)
                .body("errors[0].field", is("endsAt"));
        long id = Api.as(sectionUser).body(body).post("/api/v1/support-events").then().statusCode(201)
                .body("fiscalYear", is(2026)).body("sectionId", is((int) section)).body("permissions.canManage", is(true))
                .body("registeredTotal", is(0)).extract().jsonPath().getLong("id");

        // the liaison: their district (the council and the district as a whole), not another district's
        attend(liaison, id, town.districtId(), List.of(row(town.councilId(), 2, null), row(null, 1, null))).then().statusCode(200)
                .body("registeredTotal", is(3)).body("attendedTotal", is(0)).body("districtsAttended", is(0))
                .body("attendance.organizationName", hasItem("研修校区校区自治協議会"));
        attend(liaison, id, other.districtId(), List.of(row(null, 1, 1))).then().statusCode(403);
        attend(liaison, id, town.districtId(), List.of(row(other.councilId(), 1, 1))).then().statusCode(400)
                .body("errors[0].field", is("rows[0].organizationId")).body("errors[0].code", is("SameDistrict"));
        attend(liaison, id, town.districtId(), List.of(row(null, 1, 1), row(null, 1, 1))).then().statusCode(400)
                .body("errors[0].code", is("Unique"));
        attend(liaison, id, town.districtId(), List.of(row(null, 11, null))).then().statusCode(400)
                .body("errors[0].code", is("Capacity"));
        Api.as(liaison).body(Map.of("rows", List.of())).put("/api/v1/support-events/" + id + "/attendance/" + town.districtId())
                .then().statusCode(428);
        // the section records the day's attendance of the other district; the totals are kept
        attend(sectionUser, id, other.districtId(), List.of(row(other.councilId(), 4, 3))).then().statusCode(200)
                .body("registeredTotal", is(7)).body("attendedTotal", is(3)).body("districtsAttended", is(1));
        attend(liaison, id, town.districtId(), List.of(row(town.councilId(), 2, 2), row(null, 1, 0))).then().statusCode(200)
                .body("attendedTotal", is(5)).body("districtsAttended", is(2));
        // registrations beyond the capacity over all districts
        attend(sectionUser, id, other.districtId(), List.of(row(other.councilId(), 8, 3))).then().statusCode(400)
                .body("errors[0].field", is("rows"));

        // the event lands in the calendar of the districts that registered
        Api.as(liaison).get("/api/v1/burden-calendar?year=2026&month=9").then().statusCode(200)
                .body("entries.findAll { it.kind == 'SUPPORT_EVENT' }.title", hasItem("校区事務局職員研修"));
        // the lists: by district, by year; the liaison reads but does not manage
        Api.as(liaison).get("/api/v1/support-events?districtId=" + other.districtId() + "&fiscalYear=2026").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.find { it.id == " + id + " }.permissions.canManage", is(false));
        Api.as(office).get("/api/v1/support-events?districtId=" + other.districtId() + "&fiscalYear=2025").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as(liaison).get("/api/v1/support-events/" + id + "/history").then().statusCode(200);
        Api.anonymous().get("/api/v1/support-events/" + id).then().statusCode(401);

        // materials: the section adds them, the liaison reads them
        String tag = Api.as(sectionUser).get("/api/v1/support-events/" + id).then().extract().header("ETag");
        long file = Api.as(sectionUser).contentType("application/pdf").body(PDF).queryParam("filename", "研修資料.pdf")
                .post("/api/v1/support-events/" + id + "/files").then().statusCode(201).body("mediaType", is("application/pdf"))
                .body("step", nullValue()).extract().jsonPath().getLong("id");
        Api.as(liaison).contentType("application/pdf").body(PDF).queryParam("filename", "x.pdf")
                .post("/api/v1/support-events/" + id + "/files").then().statusCode(403);
        Api.as(liaison).get("/api/v1/support-events/" + id + "/files").then().statusCode(200).body("items.filename", contains("研修資料.pdf"));
        Api.as(liaison).get("/api/v1/support-events/" + id + "/files/" + file + "/content").then().statusCode(200)
                .contentType("application/pdf");
        // changing the event keeps its attendance; a capacity under the registrations is refused
        Map<String, Object> smaller = new HashMap<>(body);
        smaller.put("capacity", 5);
        Api.as(sectionUser).header("If-Match", tag).body(smaller).put("/api/v1/support-events/" + id).then().statusCode(400)
                .body("errors[0].field", is("capacity"));
        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("title", "校区事務局職員研修（会計）");
        Api.as(sectionUser).header("If-Match", tag).body(renamed).put("/api/v1/support-events/" + id).then().statusCode(200)
                .body("title", is("校区事務局職員研修（会計）")).body("attendedTotal", is(5));
        String now = Api.as(office).get("/api/v1/support-events/" + id).then().extract().header("ETag");
        Api.as(office).header("If-Match", now).delete("/api/v1/support-events/" + id).then().statusCode(204);
        Api.as(office).get("/api/v1/support-events/" + id).then().statusCode(404);
    }

    @Test
    void facilities_of_a_district_with_rooms_and_a_repair_paid_by_a_subsidy() {
        Town town = Api.town("施設校区", "しせつこうく");
        Town other = Api.town("施設他校区", "しせつたこうく");
        long section = Api.createSection("施設局", Api.unique("施設課"));
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        long program = Api.as(office).body(Api.body("fiscalYear", 2024, "name", Api.unique("センター修繕費補助"), "sectionId", section,
                "kind", "SUBSIDY", "audience", "COMMUNITY", "categories", List.of("FINANCIAL", "PLACE"))).post("/api/v1/support-programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Map<String, Object> work = Api.body("doneOn", "2024-11-20", "kind", "REPAIR", "description", "屋根防水改修", "costYen", 2_400_000,
                "programId", program, "subsidyYen", 1_600_000);
        Map<String, Object> body = Api.body("name", "施設校区コミュニティセンター", "kind", "COMMUNITY_CENTER", "districtId", town.districtId(),
                "address", "東区施設1-2-3", "owner", "CITY", "capacity", 150, "builtYear", 1998, "lentByCity", true,
                "rooms", List.of(Api.body("name", "大会議室", "capacity", 60), Api.body("name", "和室", "capacity", 20)),
                "works", List.of(Api.body("doneOn", "1998-03-20", "kind", "CONSTRUCTION", "description", "新築"), work));
        Api.as(Api.liaisonFor(other.districtId())).body(body).post("/api/v1/facilities").then().statusCode(403);
        long id = Api.as(liaison).body(body).post("/api/v1/facilities").then().statusCode(201)
                .body("districtName", is("施設校区")).body("rooms.name", contains("大会議室", "和室"))
                .body("works[1].programId", is((int) program)).body("works[1].programFiscalYear", is(2024))
                .body("subsidyTotalYen", is(1_600_000)).body("canEdit", is(true)).extract().jsonPath().getLong("id");

        // a subsidy above the cost, a subsidy without its program, a district missing, the history out of order
        Map<String, Object> bad = new HashMap<>(body);
        Map<String, Object> tooMuch = new HashMap<>(work);
        tooMuch.put("subsidyYen", 3_000_000);
        tooMuch.remove("programId");
        bad.put("works", List.of(Api.body("doneOn", "2025-01-01", "kind", "CONSTRUCTION", "description", "新築"), tooMuch));
        bad.remove("districtId");
        Api.as(office).body(bad).post("/api/v1/facilities").then().statusCode(400)
                .body("errors.field", contains("districtId", "works[1].subsidyYen", "works[1].programId", "works[1].doneOn"));
        // the city's room has no district and is the office's
        Map<String, Object> room = Api.body("name", "市庁舎 1501会議室", "kind", "CITY_ROOM", "owner", "CITY", "lentByCity", true);
        Api.as(liaison).body(room).post("/api/v1/facilities").then().statusCode(403);
        Api.as(office).body(room).post("/api/v1/facilities").then().statusCode(201).body("districtId", nullValue());

        Api.as(Api.token(Api.DEPARTMENT)).get("/api/v1/facilities?districtId=" + town.districtId()).then().statusCode(200)
                .body("total", is(1)).body("items[0].canEdit", is(false));
        Api.as(liaison).get("/api/v1/facilities?q=ｺﾐｭﾆﾃｨ&districtId=" + town.districtId()).then().statusCode(200).body("total", is(1));

        // an unchanged PUT keeps the version; a new room is a change with history
        String tag = Api.as(liaison).get("/api/v1/facilities/" + id).then().extract().header("ETag");
        Api.as(liaison).header("If-Match", tag).body(body).put("/api/v1/facilities/" + id).then().statusCode(200).body("version", is(0));
        Map<String, Object> more = new HashMap<>(body);
        more.put("rooms", List.of(Api.body("name", "大会議室", "capacity", 60), Api.body("name", "調理室", "capacity", 24)));
        Api.as(liaison).header("If-Match", tag).body(more).put("/api/v1/facilities/" + id).then().statusCode(200)
                .body("rooms.name", contains("大会議室", "調理室")).body("version", is(1));
        Api.as(liaison).header("If-Match", tag).body(body).put("/api/v1/facilities/" + id).then().statusCode(412);
        Api.as(office).get("/api/v1/facilities/" + id + "/history").then().statusCode(200).body("total", is(2));
    }

    @Test
    void documents_are_kept_with_the_steps_of_a_grant_case() {
        Town town = Api.town("書類校区", "しょるいこうく");
        Town other = Api.town("書類他校区", "しょるいたこうく");
        long section = Api.createSection("書類局", Api.unique("書類課"));
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        long program = Api.as(office).body(Api.body("fiscalYear", 2026, "name", Api.unique("運営費補助"), "sectionId", section,
                "kind", "SUBSIDY", "audience", "COMMUNITY", "categories", List.of("FINANCIAL"), "eligibleKinds", List.of("DISTRICT_COUNCIL"),
                "amountRule", Map.of("kind", "FLAT", "yen", 100000))).post("/api/v1/support-programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(office).post("/api/v1/support-programs/" + program + "/opening").then().statusCode(200);
        long mine = Api.as(office).get("/api/v1/grant-cases?programId=" + program + "&districtId=" + town.districtId()).then()
                .extract().jsonPath().getLong("items[0].id");
        long theirs = Api.as(office).get("/api/v1/grant-cases?programId=" + program + "&districtId=" + other.districtId()).then()
                .extract().jsonPath().getLong("items[0].id");

        long file = Api.as(liaison).contentType("application/pdf").body(PDF).queryParam("step", "APPLICATION")
                .queryParam("filename", "交付申請書.pdf").post("/api/v1/grant-cases/" + mine + "/files").then().statusCode(201)
                .body("step", is("APPLICATION")).body("uploadedBy", not(is(""))).extract().jsonPath().getLong("id");
        Api.as(liaison).contentType("application/pdf").body(PDF).queryParam("filename", "x.pdf")
                .post("/api/v1/grant-cases/" + mine + "/files").then().statusCode(400).body("errors[0].field", is("step"));
        Api.as(liaison).contentType("application/pdf").body("not a pdf".getBytes()).queryParam("step", "REPORT")
                .queryParam("filename", "x.pdf").post("/api/v1/grant-cases/" + mine + "/files").then().statusCode(415);
        Api.as(liaison).contentType("application/pdf").body(PDF).queryParam("step", "APPLICATION").queryParam("filename", "x.pdf")
                .post("/api/v1/grant-cases/" + theirs + "/files").then().statusCode(404);
        Api.as(office).get("/api/v1/grant-cases/" + mine + "/files").then().statusCode(200).body("items.filename", contains("交付申請書.pdf"));
        Api.as(liaison).get("/api/v1/grant-cases/" + mine + "/files/" + file + "/content").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"));
        Api.as(office).get("/api/v1/grant-cases/" + mine + "/history").then().statusCode(200)
                .body("items.entityType", hasItem("SupportFile"));
        Api.as(liaison).delete("/api/v1/grant-cases/" + mine + "/files/" + file).then().statusCode(204);
        Api.as(office).get("/api/v1/grant-cases/" + mine + "/files").then().statusCode(200).body("total", is(0));
    }
}
