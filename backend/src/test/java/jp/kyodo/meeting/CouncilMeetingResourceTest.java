package jp.kyodo.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** 会議と議題: the office records meetings and the items the city reported; everyone reads them. */
@QuarkusTest
class CouncilMeetingResourceTest {

    @Test
    void the_standard_bodies_of_the_city_wide_council_are_there_for_everyone() {
        Api.anonymous().queryParam("size", 200).get("/api/v1/council-bodies").then().statusCode(200)
                .body("items.code", hasItem("BOARD")).body("items.code", hasItem("SECRETARIAT"))
                .body("items.find { it.code == 'SECRETARIAT' }.aliases", contains("事務局連絡会議"))
                .body("items.find { it.code == 'BOARD' }.nameJa", is("理事会"));
    }

    @Test
    void a_body_name_or_alias_can_name_only_one_body() {
        String tag = Api.unique("名");
        long id = Meetings.body(tag + "理事会", "BOARD", tag + "理事");
        Map<String, Object> clash = Map.of("code", Api.unique("CB"), "nameJa", tag + "理事", "nameEn", "x", "kind", "OTHER");
        Api.as(Meetings.admin()).body(clash).post("/api/v1/council-bodies").then().statusCode(400)
                .body("errors[0].field", is("nameJa")).body("errors[0].code", is("Unique"));
        Map<String, Object> aliasClash = Map.of("code", Api.unique("CB"), "nameJa", tag + "別会議", "nameEn", "x",
                "kind", "OTHER", "aliases", List.of(tag + "理事会"));
        Api.as(Meetings.admin()).body(aliasClash).post("/api/v1/council-bodies").then().statusCode(400)
                .body("errors[0].field", is("aliases"));
        // a body with meetings cannot be deleted
        Meetings.meeting(id, 1, "2025-04-23");
        Api.as(Meetings.admin()).header("If-Match", Meetings.etag("/api/v1/council-bodies/" + id))
                .delete("/api/v1/council-bodies/" + id).then().statusCode(409);
    }

    @Test
    void a_meeting_is_recorded_with_its_fiscal_year_and_lists_its_items_in_order() {
        String tag = Api.unique("記録");
        long body = Meetings.body(tag + "幹事会", "EXECUTIVE");
        Api.as(Meetings.admin()).body(Map.of("bodyId", body, "number", 10, "heldOn", "2026-03-31", "note", "302会議室"))
                .post("/api/v1/council-meetings").then().statusCode(201)
                .header("Location", containsString("/api/v1/council-meetings/")).header("ETag", org.hamcrest.Matchers.startsWith("\"0-"));
        long id = Api.as(Meetings.admin()).queryParam("bodyId", body).get("/api/v1/council-meetings").then()
                .statusCode(200).body("total", is(1)).extract().jsonPath().getLong("items[0].id");
        Api.anonymous().get("/api/v1/council-meetings/" + id).then().statusCode(200)
                .body("fiscalYear", is(2025)).body("displayName", is("第10回" + tag + "幹事会"))
                .body("permissions.canEdit", is(false));
        // the same body, date and number again is refused
        Api.as(Meetings.admin()).body(Map.of("bodyId", body, "number", 10, "heldOn", "2026-03-31"))
                .post("/api/v1/council-meetings").then().statusCode(400).body("errors[0].code", is("Unique"));

        long first = Meetings.item(Meetings.admin(), id, "地域での防災対策について", "防災対策課");
        long second = Meetings.item(Meetings.admin(), id, "ＬＬサークルバンクについて", "生涯学習課");
        long section = Api.createSection("会議局", "会議課");
        Map<String, Object> request = Api.cityRequest(section, 2025, List.of(), 6);
        request.put("allDistricts", true);
        long r1 = Api.createCityRequest(request);
        request.put("title", "二つ目の依頼");
        long r2 = Api.createCityRequest(request);
        Api.as(Meetings.admin()).body(Map.of("title", "依頼の見直しについて", "sectionName", "協働推進課", "requestIds", List.of(r2, r1, r2)))
                .post("/api/v1/council-meetings/" + id + "/agenda-items").then().statusCode(201)
                .body("order", is(3)).body("requestIds", contains((int) r1, (int) r2));
        Api.anonymous().get("/api/v1/council-meetings/" + id).then().statusCode(200)
                .body("agendaItems.title", contains("地域での防災対策について", "ＬＬサークルバンクについて", "依頼の見直しについて"))
                .body("agendaItems.order", contains(1, 2, 3));
        Api.anonymous().queryParam("bodyId", body).get("/api/v1/council-meetings").then()
                .body("items[0].agendaItemCount", is(3));

        // PUT needs If-Match; a stale one is 412 with the current version
        Map<String, Object> rename = Map.of("title", "地域での防災対策（避難所運営）について", "sectionName", "防災対策課");
        Api.as(Meetings.admin()).body(rename).put("/api/v1/agenda-items/" + first).then().statusCode(428);
        Api.as(Meetings.admin()).header("If-Match", "\"7\"").body(rename).put("/api/v1/agenda-items/" + first).then()
                .statusCode(412).header("ETag", org.hamcrest.Matchers.startsWith("\"0-"));
        Api.as(Meetings.admin()).header("If-Match", "\"0\"").body(rename).put("/api/v1/agenda-items/" + first).then()
                .statusCode(200).body("order", is(1)).body("version", is(1));

        // search folds width and kana; section filters the flat log
        Api.anonymous().queryParam("bodyId", body).queryParam("q", "llさーくる").get("/api/v1/council-meetings").then()
                .body("total", is(1));
        Api.anonymous().queryParam("bodyId", body).queryParam("q", "存在しない議題").get("/api/v1/council-meetings").then()
                .body("total", is(0));
        Api.anonymous().queryParam("bodyId", body).queryParam("sectionName", "防災対策課").get("/api/v1/agenda-items").then()
                .body("total", is(1)).body("items[0].id", is((int) first)).body("items[0].heldOn", is("2026-03-31"));
        Api.anonymous().queryParam("bodyId", body).queryParam("fiscalYear", 2026).get("/api/v1/council-meetings").then()
                .body("total", is(0));
        Api.anonymous().queryParam("sort", "nonsense").get("/api/v1/council-meetings").then().statusCode(400);

        // the history tells the meeting's and its items' story
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/council-meetings/" + id + "/history").then().statusCode(200)
                .body("items.entityType", hasItem("AgendaItem")).body("items.entityType", hasItem("CouncilMeeting"));

        // deleting the meeting deletes its items
        Api.as(Meetings.admin()).header("If-Match", Meetings.etag("/api/v1/council-meetings/" + id))
                .delete("/api/v1/council-meetings/" + id).then().statusCode(204);
        Api.anonymous().get("/api/v1/agenda-items/" + second).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_department_adds_the_items_it_presents_and_changes_only_those() {
        String tag = Api.unique("課");
        long body = Meetings.body(tag + "理事会", "BOARD");
        long meeting = Meetings.meeting(body, 3, "2025-06-25");
        long officeItem = Meetings.item(Meetings.admin(), meeting, "校区担当職員の配置について", "協働推進課");
        String department = Api.token(Api.DEPARTMENT);
        long own = Meetings.item(department, meeting, "熱中症予防の啓発について", "健康推進課");
        Api.as(department).get("/api/v1/agenda-items/" + own).then().body("permissions.canEdit", is(true));
        Api.as(department).get("/api/v1/agenda-items/" + officeItem).then().body("permissions.canEdit", is(false));
        Api.as(department).header("If-Match", "\"0\"").body(Map.of("title", "熱中症予防の啓発チラシについて", "sectionName", "健康推進課"))
                .put("/api/v1/agenda-items/" + own).then().statusCode(200);
        Api.as(department).header("If-Match", "\"0\"").body(Map.of("title", "乗っ取り"))
                .put("/api/v1/agenda-items/" + officeItem).then().statusCode(403).contentType("application/problem+json");
        Api.as(department).header("If-Match", "*").delete("/api/v1/agenda-items/" + officeItem).then().statusCode(403);
        Api.anonymous().get("/api/v1/agenda-items/" + officeItem).then().body("title", is("校区担当職員の配置について"));
        Api.as(department).header("If-Match", "\"1\"").delete("/api/v1/agenda-items/" + own).then().statusCode(204);
        // but a department does not record meetings
        Api.as(department).body(Map.of("bodyId", body, "number", 4, "heldOn", "2025-07-23"))
                .post("/api/v1/council-meetings").then().statusCode(403);
        Api.anonymous().get("/api/v1/council-meetings/" + meeting).then()
                .body("agendaItems.id", everyItem(notNullValue())).body("agendaItems.size()", is(1));
    }

    @Test
    void unknown_records_are_404_problems() {
        Api.anonymous().get("/api/v1/council-meetings/999999999").then().statusCode(404)
                .body("type", containsString("not-found"));
        Api.anonymous().get("/api/v1/council-bodies/999999999").then().statusCode(404);
        Api.as(Meetings.admin()).body(Map.of("bodyId", 999999999, "heldOn", "2025-04-01"))
                .post("/api/v1/council-meetings").then().statusCode(400).body("errors[0].field", is("bodyId"));
    }
}
