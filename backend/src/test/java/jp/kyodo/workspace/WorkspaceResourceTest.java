package jp.kyodo.workspace;

import static jp.kyodo.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.workspace.calendar.RequestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import jp.kyodo.testing.Fixtures;

/** わたしの校区, the worklist, coverage, the burden calendar across districts and the iCalendar feed. */
@QuarkusTest
class WorkspaceResourceTest {

    static Town town;
    static Town other;
    static String liaison;
    static long liaisonId;
    static long requestId;
    static LocalDate today = LocalDate.now(jp.kyodo.common.time.JapanClock.ZONE);

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(WorkspaceResourceTest::fixtures);

    static void fixtures() {
        town = Api.town("作業校区", "さぎょうこうく");
        other = Api.town("作業隣校区", "さぎょうとなりこうく");
        String username = Api.createUser(Api.LIAISON);
        liaisonId = Api.userId(username);
        for (long d : List.of(town.districtId(), other.districtId())) {
            as(Api.adminToken()).body(Map.of("userId", liaisonId, "startsOn", today.minusDays(1).toString()))
                    .post("/api/v1/districts/" + d + "/liaison-assignments").then().statusCode(201);
        }
        liaison = Api.signIn(username, Api.PASSWORD);
        long section = Api.createSection("作業局", "作業推進課");
        // scheduled this month, deadline 10 days after the first of the month (may be past); and next month's
        Map<String, Object> body = Api.cityRequest(section, RequestDates.fiscalYear(today),
                List.of(town.districtId(), other.districtId()), today.getMonthValue());
        body.put("title", "作業テスト回覧");
        body.put("deadlineDays", today.getDayOfMonth() + 5);
        requestId = Api.createCityRequest(body);
        // an officer whose term ends in 20 days
        as(Api.adminToken()).body(Map.of("role", "CHAIR", "personName", "任期 満了", "termStart", today.minusYears(2).toString(),
                "termEnd", today.plusDays(20).toString())).post("/api/v1/organizations/" + town.associationIds().get(0) + "/officers")
                .then().statusCode(201);
    }

    @Test
    void liaisonSeesCardsAndWorklist() {
        JsonPath home = as(liaison).get("/api/v1/me/districts").then().statusCode(200).extract().jsonPath();
        assertEquals(liaisonId, home.getLong("liaison.userId"));
        assertEquals(2, home.getList("cards").size());
        Map<String, Object> card = home.getMap("cards.find { it.district.id == " + town.districtId() + " }");
        assertNotNull(card);
        assertEquals("作業校区校区自治協議会", card.get("councilName"));
        JsonPath j = home;
        String path = "cards.find { it.district.id == " + town.districtId() + " }";
        assertEquals(1, j.getInt(path + ".thisMonth.requests"));
        // two associations × 1 time × 1 person × 1 hour
        assertEquals(0, new java.math.BigDecimal("2.00").compareTo(new java.math.BigDecimal(j.getString(path + ".thisMonth.hours"))));
        Map<String, Integer> needs = new java.util.HashMap<>();
        for (Map<String, Object> n : j.<Map<String, Object>>getList(path + ".needs")) {
            needs.put((String) n.get("kind"), (Integer) n.get("count"));
        }
        assertEquals(2, needs.get("FIGURES_MISSING"), needs.toString()); // no figures for this FY
        assertEquals(1, needs.get("TERM_ENDING"), needs.toString());
        assertEquals(1, needs.get("REQUEST_DEADLINE"), needs.toString());
        // the worklist: the request's deadline once, naming both districts; dated items before undated ones
        List<Map<String, Object>> list = home.getList("worklist");
        List<Map<String, Object>> deadlines = list.stream().filter(i -> "REQUEST_DEADLINE".equals(i.get("kind"))).toList();
        assertEquals(1, deadlines.size());
        assertEquals(2, ((List<?>) deadlines.get(0).get("districts")).size());
        assertEquals("/requests/" + requestId, deadlines.get(0).get("link"));
        boolean undated = false;
        for (Map<String, Object> i : list) {
            if (i.get("due") == null) {
                undated = true;
            } else {
                assertFalse(undated, "undated items come last");
            }
        }
        assertTrue(undated);
    }

    @Test
    void officeSeesAnyLiaisonAndCoverage() {
        String office = Api.token(Api.OFFICE);
        as(office).get("/api/v1/liaisons/" + liaisonId + "/districts").then().statusCode(200)
                .body("cards.size()", equalTo(2)).body("liaison.userId", equalTo((int) liaisonId));
        as(office).get("/api/v1/liaisons/" + Api.userId(Api.createUser(Api.COMMITTEE)) + "/districts").then().statusCode(404);
        JsonPath c = as(office).queryParam("staleDays", 30).get("/api/v1/liaison-coverage").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(30, c.getInt("staleDays"));
        assertEquals(2, c.getList("liaisons.find { it.liaison.userId == " + liaisonId + " }.districts").size());
        long lonely = Api.createDistrict(town.wardId(), "無担当校区", "むたんとうこうく");
        assertTrue(as(office).get("/api/v1/liaison-coverage").then().statusCode(200).extract().jsonPath()
                .getList("attention.find { it.district.id == " + lonely + " }.attention").contains("NO_LIAISON"));
        as(liaison).get("/api/v1/liaison-coverage").then().statusCode(403);
        as(liaison).get("/api/v1/liaisons/" + liaisonId + "/districts").then().statusCode(403);
        as(office).get("/api/v1/me/districts").then().statusCode(403);
        Api.anonymous().get("/api/v1/me/districts").then().statusCode(401);
        as(office).queryParam("staleDays", 0).get("/api/v1/liaison-coverage").then().statusCode(400);
    }

    @Test
    void calendarAcrossDistricts() {
        JsonPath m = as(liaison).queryParam("year", today.getYear()).queryParam("month", today.getMonthValue())
                .get("/api/v1/burden-calendar").then().statusCode(200).extract().jsonPath();
        assertEquals(2, m.getList("districts").size());
        Map<String, Object> date = m.getMap("entries.find { it.kind == 'REQUEST_DATE' && it.link == '/requests/" + requestId + "' }");
        assertEquals(today.withDayOfMonth(1).toString(), date.get("date"));
        assertEquals(2, ((List<?>) date.get("districts")).size());
        as(Api.token(Api.OFFICE)).queryParam("year", today.getYear()).queryParam("month", today.getMonthValue())
                .queryParam("wardId", town.wardId()).get("/api/v1/burden-calendar").then().statusCode(200)
                .body("districts.id", hasItem((int) town.districtId()))
                .body("entries.link", hasItem("/requests/" + requestId));
        as(liaison).queryParam("year", today.getYear()).queryParam("month", 13).get("/api/v1/burden-calendar").then().statusCode(400);
        as(liaison).queryParam("year", today.getYear()).queryParam("month", 1).queryParam("districtId", 987654321)
                .get("/api/v1/burden-calendar").then().statusCode(404);
    }

    @Test
    void feedRotatesAndRevokes() {
        as(liaison).get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(false));
        String path = as(liaison).body(Map.of()).post("/api/v1/me/calendar-feed").then().statusCode(200)
                .body("active", equalTo(true)).extract().jsonPath().getString("path");
        assertTrue(path.startsWith("/api/v1/calendar/") && path.endsWith(".ics"));
        as(liaison).get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(true))
                .body("path", equalTo(null));
        String ics = Api.anonymous().accept("text/calendar").get(path).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.contains("作業テスト回覧"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + today.withDayOfMonth(1).toString().replace("-", "")));
        String renewed = as(liaison).body(Map.of()).post("/api/v1/me/calendar-feed").then().statusCode(200)
                .extract().jsonPath().getString("path");
        Api.anonymous().accept("text/calendar").get(path).then().statusCode(404);
        Api.anonymous().accept("text/calendar").get(renewed).then().statusCode(200);
        as(liaison).body(Map.of("wardId", town.wardId())).post("/api/v1/me/calendar-feed").then().statusCode(403);
        as(liaison).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        Api.anonymous().accept("text/calendar").get(renewed).then().statusCode(404);
        // the office: a chosen ward
        String office = Api.token(Api.OFFICE);
        String officePath = as(office).body(Map.of("wardId", town.wardId())).post("/api/v1/me/calendar-feed").then()
                .statusCode(200).body("wardId", equalTo((int) town.wardId())).extract().jsonPath().getString("path");
        assertTrue(Api.anonymous().accept("text/calendar").get(officePath).then().statusCode(200).extract().asString()
                .contains("作業テスト回覧"));
        as(office).delete("/api/v1/me/calendar-feed").then().statusCode(204);
    }
}
