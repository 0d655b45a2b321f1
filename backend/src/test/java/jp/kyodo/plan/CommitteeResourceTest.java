package jp.kyodo.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The office keeps the committee's members and meetings; committee members read them, without each other's contacts. */
@QuarkusTest
class CommitteeResourceTest {

    private static String office;
    private static String committee;
    private static String tag;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(CommitteeResourceTest::fixtures);

    static void fixtures() {
        office = Api.token(Api.OFFICE);
        committee = Api.token(Api.COMMITTEE);
        tag = Api.unique("委員会").replace("-", "");
    }

    static Map<String, Object> member(String name, String kana, String affiliation, String from, String to) {
        Map<String, Object> m = Api.body("name", name, "kana", kana, "affiliation", affiliation, "roleTitle", "委員",
                "termFrom", from, "termTo", to, "email", "member@example.jp", "phone", "092-000-0000");
        return m;
    }

    private long create(Map<String, Object> body) {
        return Api.as(office).body(body).post("/api/v1/committee-members").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void members_are_searched_by_folded_kana_and_filtered_by_their_term() {
        String tag = Api.unique("任期").replace("-", "");
        LocalDate today = LocalDate.now();
        long current = create(member("白石 節子", "シライシ セツコ", tag + " 香椎校区自治協議会", today.minusYears(1).toString(),
                today.plusYears(1).toString()));
        long past = create(member("松本 和彦", "まつもと かずひこ", tag + " 福岡都市大学", "2009-08-01", "2011-07-31"));
        long open = create(member("小川 直樹", "おがわ なおき", tag + " NPO", today.minusDays(3).toString(), null));

        // kana is kept in hiragana; half-width katakana finds it
        Api.as(office).queryParam("q", "ｼﾗｲｼ").queryParam("size", 200).get("/api/v1/committee-members").then().statusCode(200)
                .body("items.id", hasItem((int) current));
        Api.as(office).get("/api/v1/committee-members/" + current).then().statusCode(200).body("kana", is("しらいし せつこ"))
                .body("active", is(true));
        Api.as(office).queryParam("q", tag).get("/api/v1/committee-members").then().statusCode(200)
                .body("total", is(3)).body("items.id", contains((int) open, (int) current, (int) past));
        Api.as(office).queryParam("q", tag).queryParam("active", true).get("/api/v1/committee-members").then().statusCode(200)
                .body("items.id", contains((int) open, (int) current));
        Api.as(office).queryParam("q", tag).queryParam("active", false).get("/api/v1/committee-members").then().statusCode(200)
                .body("items.id", contains((int) past)).body("items[0].active", is(false));
        Api.as(office).queryParam("q", tag).queryParam("sort", "-termFrom").get("/api/v1/committee-members").then().statusCode(200)
                .body("items.id", contains((int) open, (int) current, (int) past));
        Api.as(office).queryParam("sort", "email").get("/api/v1/committee-members").then().statusCode(400);
    }

    @Test
    void contact_fields_are_for_the_office_only_also_in_history() {
        long id = create(member("中村 正雄", "なかむら まさお", tag + " 博多区", "2009-08-01", "2011-07-31"));
        Api.as(office).get("/api/v1/committee-members/" + id).then().statusCode(200)
                .body("email", is("member@example.jp")).body("phone", is("092-000-0000"));
        Api.as(committee).get("/api/v1/committee-members/" + id).then().statusCode(200)
                .body("$", not(hasKey("email"))).body("$", not(hasKey("phone"))).body("name", is("中村 正雄"));
        Api.as(committee).queryParam("q", "なかむら").get("/api/v1/committee-members").then().statusCode(200)
                .body("items.email", not(hasItem("member@example.jp")));

        String etag = Api.as(office).get("/api/v1/committee-members/" + id).then().extract().header("ETag");
        Map<String, Object> changed = member("中村 正雄", "なかむら まさお", tag + " 博多区", "2009-08-01", "2011-07-31");
        changed.put("email", "nakamura@example.jp");
        Api.as(office).body(changed).put("/api/v1/committee-members/" + id).then().statusCode(428);
        Api.as(office).header("If-Match", etag).body(changed).put("/api/v1/committee-members/" + id).then().statusCode(200)
                .body("email", is("nakamura@example.jp"));
        Api.as(office).header("If-Match", etag).body(changed).put("/api/v1/committee-members/" + id).then().statusCode(412);

        JsonPath mine = Api.as(office).get("/api/v1/committee-members/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals("UPDATE", mine.getString("items[0].action"));
        assertEquals(List.of("email"), mine.getList("items[0].changes.field"));
        assertEquals("nakamura@example.jp", mine.getString("items[0].changes[0].after"));
        JsonPath theirs = Api.as(committee).get("/api/v1/committee-members/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals("***", theirs.getString("items[0].changes[0].after"));
        assertTrue(!theirs.prettify().contains("example.jp") && !theirs.prettify().contains("092-000-0000"), theirs.prettify());
    }

    @Test
    void a_term_cannot_end_before_it_starts_and_only_the_office_writes() {
        Api.as(office).body(member("田中 義明", "たなか よしあき", tag, "2011-08-01", "2009-07-31")).post("/api/v1/committee-members")
                .then().statusCode(400).body("errors.field", contains("termTo"));
        Api.as(office).body(member("田中 義明", "タナカ123", tag, "2011-08-01", null)).post("/api/v1/committee-members")
                .then().statusCode(400).body("errors.field", contains("kana"));
        Api.as(committee).body(member("田中 義明", null, tag, "2011-08-01", null)).post("/api/v1/committee-members").then().statusCode(403);
        Api.anonymous().get("/api/v1/committee-members").then().statusCode(401);
        Api.as(Api.token(Api.LIAISON)).get("/api/v1/committee-members").then().statusCode(403);
    }

    @Test
    void meetings_record_attendance_and_derive_the_fiscal_year() {
        long a = create(member("山口 美和", "やまぐち みわ", tag + " 会議", "2009-08-01", "2011-07-31"));
        long b = create(member("古川 大輔", "ふるかわ だいすけ", tag + " 会議", "2009-08-01", "2011-07-31"));
        long planId = EvaluationFixtures.plan(office, 2009, 2010, 1).id();
        int number = 10 + (int) (System.nanoTime() % 80);
        Map<String, Object> body = Api.body("planId", planId, "meetingNumber", number, "heldOn", "2031-02-16",
                "agenda", "1. 評価の方法について", "minutes", "評価はAからDの4段階とした。", "attendeeIds", List.of(b, a));
        JsonPath m = Api.as(office).body(body).post("/api/v1/committee-meetings").then().statusCode(201)
                .extract().jsonPath();
        long id = m.getLong("id");
        assertEquals(2030, m.getInt("fiscalYear"));
        // attendees by reading: ふるかわ before やまぐち
        assertEquals(List.of((int) b, (int) a), m.getList("attendeeIds"));
        assertEquals(List.of("古川 大輔", "山口 美和"), m.getList("attendees.name"));
        Api.as(committee).queryParam("fiscalYear", 2030).queryParam("planId", planId).get("/api/v1/committee-meetings")
                .then().statusCode(200).body("total", is(1)).body("items[0].attendees.name", hasItem("山口 美和"));

        // 第N回 is unique within the fiscal year
        Map<String, Object> same = new HashMap<>(body);
        same.put("heldOn", "2030-07-01");
        Api.as(office).body(same).post("/api/v1/committee-meetings").then().statusCode(400).body("errors.field", contains("meetingNumber"));
        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("meetingNumber", null);
        unknown.put("attendeeIds", List.of(a, 999_999_999L));
        Api.as(office).body(unknown).post("/api/v1/committee-meetings").then().statusCode(400).body("errors.field", contains("attendeeIds[1]"));

        // a member who attended stays: 409
        String memberTag = Api.as(office).get("/api/v1/committee-members/" + a).then().extract().header("ETag");
        Api.as(office).header("If-Match", memberTag).delete("/api/v1/committee-members/" + a).then().statusCode(409);

        // attendance changes bump the version; the history shows it
        String etag = Api.as(office).get("/api/v1/committee-meetings/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> fewer = new HashMap<>(body);
        fewer.put("attendeeIds", List.of(b));
        Api.as(office).header("If-Match", etag).body(fewer).put("/api/v1/committee-meetings/" + id).then().statusCode(200)
                .body("attendeeIds", contains((int) b));
        Api.as(committee).get("/api/v1/committee-meetings/" + id + "/history").then().statusCode(200)
                .body("items[0].changes.field", hasItem("attendeeIds"));
        Api.as(committee).header("If-Match", "*").delete("/api/v1/committee-meetings/" + id).then().statusCode(403);
        String now = Api.as(office).get("/api/v1/committee-meetings/" + id).then().extract().header("ETag");
        Api.as(office).header("If-Match", now).delete("/api/v1/committee-meetings/" + id).then().statusCode(204);
        Api.as(office).get("/api/v1/committee-meetings/" + id).then().statusCode(404);
        // now a can go
        String again = Api.as(office).get("/api/v1/committee-members/" + a).then().extract().header("ETag");
        Api.as(office).header("If-Match", again).delete("/api/v1/committee-members/" + a).then().statusCode(204);
    }
}
