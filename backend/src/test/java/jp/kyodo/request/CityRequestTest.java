package jp.kyodo.request;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inventory: refusal rules, warnings, burden arithmetic, calendars, visibility and versions. */
@QuarkusTest
class CityRequestTest {

    static Town town;
    static long sectionId;
    static String dept;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(CityRequestTest::fixtures);

    static void fixtures() {
        town = Api.town("依頼", "いらい");
        sectionId = Api.createSection("テスト局", "テスト課");
        dept = Api.departmentUser(sectionId);
    }

    static Map<String, Object> body(int fy, int... months) {
        return new HashMap<>(Api.cityRequest(sectionId, fy, List.of(town.districtId()), months));
    }

    static long count(String title) {
        return Api.as(Api.adminToken()).queryParam("q", title).get("/api/v1/city-requests").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void a_notice_that_imposes_is_refused_with_the_rule_named_and_nothing_is_saved() {
        Map<String, Object> headCount = body(2025, 6);
        headCount.put("kind", "NOTICE");
        headCount.put("headCount", 5);
        Api.as(dept).body(headCount).post("/api/v1/city-requests").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://kyodo.example.jp/problems/rule-violation"))
                .body("rule", is("NOTICE_NO_HEAD_COUNT"))
                .body("errors.field", contains("headCount"))
                .body("errors.code", contains("NOTICE_NO_HEAD_COUNT"));
        assertEquals(0, count((String) headCount.get("title")));

        Map<String, Object> mandatory = body(2025, 6);
        mandatory.put("kind", "NOTICE");
        mandatory.put("mandatory", true);
        Api.as(dept).body(mandatory).post("/api/v1/city-requests").then().statusCode(422)
                .body("rule", is("NOTICE_NOT_MANDATORY")).body("errors.field", contains("mandatory"));
        assertEquals(0, count((String) mandatory.get("title")));

        Map<String, Object> program = body(2025, 6);
        program.put("kind", "NOTICE");
        program.put("asks", List.of("DISTRIBUTION", "PROGRAM"));
        Api.as(dept).body(program).post("/api/v1/city-requests").then().statusCode(422)
                .body("rule", is("NOTICE_NO_PROGRAM")).body("errors.field", contains("asks"));
        assertEquals(0, count((String) program.get("title")));

        // all three at once: the first rule is named, every field listed
        Map<String, Object> all = body(2025, 6);
        all.put("kind", "NOTICE");
        all.put("headCount", 3);
        all.put("mandatory", true);
        all.put("asks", List.of("PROGRAM"));
        Api.as(dept).body(all).post("/api/v1/city-requests").then().statusCode(422)
                .body("rule", is("NOTICE_NO_HEAD_COUNT"))
                .body("errors.field", contains("headCount", "mandatory", "asks"));

        // an update that would break a rule leaves the stored request as it was
        Map<String, Object> ok = body(2025, 6);
        ok.put("kind", "NOTICE");
        var created = Api.as(dept).body(ok).post("/api/v1/city-requests").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        ok.put("headCount", 10);
        Api.as(dept).header("If-Match", created.header("ETag")).body(ok).put("/api/v1/city-requests/" + id).then()
                .statusCode(422).body("rule", is("NOTICE_NO_HEAD_COUNT"));
        Api.anonymous().get("/api/v1/city-requests/" + id).then().statusCode(200)
                .body("headCount", nullValue()).body("version", is(0));
        // the same content as a cooperation request is allowed
        ok.put("kind", "COOPERATION");
        Api.as(dept).header("If-Match", created.header("ETag")).body(ok).put("/api/v1/city-requests/" + id).then()
                .statusCode(200).body("headCount", is(10));
    }

    /** The default order is the section's code, then the request's; it follows a section whose code changes (V23). */
    @Test
    void the_list_is_ordered_by_section_code_then_code_and_follows_a_section_recoded() {
        long first = Api.createSection("並び局", "並び一課");
        long second = Api.createSection("並び局", "並び二課");
        int fy = 2061;
        long a = Api.createCityRequest(Api.cityRequest(first, fy, List.of(town.districtId()), 5));
        long b = Api.createCityRequest(Api.cityRequest(second, fy, List.of(town.districtId()), 5));
        var cur = Api.anonymous().get("/api/v1/sections/" + first).jsonPath();
        String secondCode = Api.anonymous().get("/api/v1/sections/" + second).jsonPath().getString("code");
        assertEquals(cur.getString("code").compareTo(secondCode) < 0 ? List.of(a, b) : List.of(b, a), idsOf(fy, a, b));
        String etag = Api.anonymous().get("/api/v1/sections/" + first).header("ETag");
        Api.as(Api.adminToken()).header("If-Match", etag).body(Map.of("departmentId", cur.getLong("departmentId"),
                "code", "ZZ" + cur.getString("code"), "name", cur.getString("name"), "kana", cur.getString("kana")))
                .put("/api/v1/sections/" + first).then().statusCode(200);
        assertEquals(List.of(b, a), idsOf(fy, a, b));
    }

    /** The order of these requests in the year's list (other tests' requests of the year left out). */
    static List<Long> idsOf(int fy, Long... ids) {
        return Api.as(Api.adminToken()).queryParam("fiscalYear", fy).queryParam("size", 200).get("/api/v1/city-requests")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class).stream()
                .filter(List.of(ids)::contains).toList();
    }

    @Test
    void the_rules_are_listed_in_japanese_and_english() {
        JsonPath rules = Api.anonymous().queryParam("size", 200).get("/api/v1/city-request-rules").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("NOTICE_NO_HEAD_COUNT", "NOTICE_NOT_MANDATORY", "NOTICE_NO_PROGRAM", "COOPERATION_SHORT_DEADLINE",
                "MERGE_CANDIDATE", "EFFORT_WITHOUT_COMPENSATION"), rules.getList("items.id"));
        assertEquals("REFUSE", rules.getString("items.find { it.id == 'NOTICE_NO_HEAD_COUNT' }.severity"));
        assertEquals("WARN", rules.getString("items.find { it.id == 'MERGE_CANDIDATE' }.severity"));
        org.junit.jupiter.api.Assertions.assertTrue(rules.getString("items.find { it.id == 'NOTICE_NO_HEAD_COUNT' }.textJa").contains("連絡・提案"));
        org.junit.jupiter.api.Assertions.assertTrue(rules.getString("items.find { it.id == 'COOPERATION_SHORT_DEADLINE' }.textEn").matches(".*\\d+ days.*"));
    }

    @Test
    void burden_is_occurrences_times_people_times_hours_times_receiving_organizations() {
        // district: a council and two associations (Api.town) → receivers: councils and associations = 3 organizations
        Map<String, Object> b = body(2026, 6, 10);
        b.put("receiverKinds", List.of("NEIGHBORHOOD_ASSOCIATION", "DISTRICT_COUNCIL"));
        b.put("schedule", List.of(Map.of("month", 6, "times", 2), Map.of("month", 10, "times", 1)));
        b.put("people", 2);
        b.put("hoursPerPerson", 1.5);
        long id = Api.createCityRequest(b);
        // 3 occurrences × 2 people × 1.5 h = 9 h per organization; × 3 organizations = 27 h
        Api.anonymous().get("/api/v1/city-requests/" + id).then().statusCode(200)
                .body("burden.receivingOrganizations", is(3))
                .body("burden.occurrencesPerYear", is(3))
                .body("burden.hoursPerOccurrence", is(3.0f))
                .body("burden.hoursPerOrganizationPerYear", is(9.0f))
                .body("burden.annualHours", is(27.0f));
        Api.anonymous().get("/api/v1/city-requests/" + id + "/burden").then().statusCode(200)
                .body("receivingOrganizations", is(3))
                .body("byKind.kind", contains("DISTRICT_COUNCIL", "NEIGHBORHOOD_ASSOCIATION"))
                .body("byKind.organizations", contains(1, 2))
                .body("months.month", contains(6, 10))
                .body("months.hours", contains(18.0f, 9.0f))
                .body("annualHours", is(27.0f));
        // the list gives the same figures
        Api.anonymous().queryParam("q", b.get("title")).get("/api/v1/city-requests").then().statusCode(200)
                .body("items[0].receivingOrganizations", is(3)).body("items[0].annualHours", is(27.0f));
    }

    @Test
    void burden_by_district_association_department_and_the_calendar_are_computed_by_the_database() {
        long ward = Api.createWard();
        long d1 = Api.createDistrict(ward, "負担東", "ふたんひがし");
        long d2 = Api.createDistrict(ward, "負担西", "ふたんにし");
        long a1 = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", d1, null, "負担東一町内会", "ふたんひがしいち");
        long a2 = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", d1, null, "負担東二町内会", "ふたんひがしに");
        long a3 = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", d2, null, "負担西一町内会", "ふたんにしいち");
        long section = Api.createSection("負担局", "負担課");
        // R1: both districts, June + July, 1 person × 2 h → 2 h per occurrence per association
        Map<String, Object> r1 = Api.cityRequest(section, 2027, List.of(d1, d2), 6, 7);
        r1.put("hoursPerPerson", 2);
        Api.createCityRequest(r1);
        // R2: district 1 only, June ×3, 2 people × 0.5 h → 1 h per occurrence
        Map<String, Object> r2 = Api.cityRequest(section, 2027, List.of(d1), 6);
        r2.put("schedule", List.of(Map.of("month", 6, "times", 3)));
        r2.put("people", 2);
        r2.put("hoursPerPerson", 0.5);
        Api.createCityRequest(r2);
        // a draft never counts
        Map<String, Object> draft = Api.cityRequest(section, 2027, List.of(d1), 6);
        draft.put("status", "DRAFT");
        draft.put("people", 100);
        Api.createCityRequest(draft);

        // per district: d1 = R1 4 h × 2 assoc + R2 3 h × 2 assoc = 14; d2 = R1 4 h × 1 = 4
        JsonPath byDistrict = Api.anonymous().queryParam("groupBy", "DISTRICT").queryParam("fiscalYear", 2027)
                .queryParam("wardId", ward).get("/api/v1/burden").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(d1, d2), byDistrict.getList("items.id", Long.class));
        assertEquals(List.of(14.0f, 4.0f), byDistrict.getList("items.annualHours"));
        assertEquals(List.of(2, 1), byDistrict.getList("items.requests"));
        assertEquals(18.0f, byDistrict.getFloat("totalAnnualHours"));
        assertEquals(2, byDistrict.getInt("total"));

        // per association: a1 = a2 = 4 + 3 = 7, a3 = 4
        JsonPath byAssociation = Api.anonymous().queryParam("groupBy", "ASSOCIATION").queryParam("fiscalYear", 2027)
                .queryParam("wardId", ward).queryParam("sort", "code").get("/api/v1/burden").then().statusCode(200)
                .extract().jsonPath();
        Map<Long, Float> hours = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            hours.put(byAssociation.getLong("items[" + i + "].id"), byAssociation.getFloat("items[" + i + "].annualHours"));
        }
        assertEquals(Map.of(a1, 7.0f, a2, 7.0f, a3, 4.0f), hours);

        // per section / department: everything the section issued = 18 h, 2 requests (the draft is not counted)
        long bureau = Api.anonymous().get("/api/v1/sections/" + section).then().extract().jsonPath().getLong("bureauId");
        Api.anonymous().queryParam("groupBy", "SECTION").queryParam("fiscalYear", 2027).queryParam("bureauId", bureau)
                .get("/api/v1/burden").then().statusCode(200)
                .body("items[0].id", is((int) section)).body("items[0].annualHours", is(18.0f))
                .body("items[0].requests", is(2)).body("items[0].cooperationRequests", is(2));
        Api.anonymous().queryParam("groupBy", "DEPARTMENT").queryParam("fiscalYear", 2027).queryParam("bureauId", bureau)
                .get("/api/v1/burden").then().statusCode(200).body("items[0].annualHours", is(18.0f));

        // calendar of district 1: June = R1 2 × 2 + R2 3 × 2 = 10, July = R1 2 × 2 = 4; 12 months from April
        Api.anonymous().queryParam("fiscalYear", 2027).get("/api/v1/districts/" + d1 + "/burden-calendar").then()
                .statusCode(200)
                .body("months.month", contains(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3))
                .body("months[0].year", is(2027)).body("months[9].year", is(2028))
                .body("months[2].hours", is(10.0f)).body("months[3].hours", is(4.0f))
                .body("months[2].requests.size()", is(2)).body("totalHours", is(14.0f));
        // calendar of association 3: only R1, June and July, 2 h each
        Api.anonymous().queryParam("fiscalYear", 2027).get("/api/v1/organizations/" + a3 + "/burden-calendar").then()
                .statusCode(200).body("months[2].hours", is(2.0f)).body("months[3].hours", is(2.0f))
                .body("months[2].requests[0].organizations", is(1)).body("totalHours", is(4.0f));
    }

    @Test
    void warnings_are_saved_but_shown_and_listed() {
        long section = Api.createSection("警告局", "警告課");
        long ward = Api.createWard();
        long d = Api.createDistrict(ward, "警告", "けいこく");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", d, null, "警告町内会", "けいこくちょうないかい");
        // short deadline (default minimum 14 days)
        Map<String, Object> shortDeadline = Api.cityRequest(section, 2025, List.of(d), 5);
        shortDeadline.put("deadlineDays", 3);
        long s = Api.createCityRequest(shortDeadline);
        Api.anonymous().get("/api/v1/city-requests/" + s).then().statusCode(200)
                .body("warnings.rule", contains("COOPERATION_SHORT_DEADLINE"));
        // a notice with a short deadline is not warned about
        Map<String, Object> notice = Api.cityRequest(section, 2025, List.of(d), 4);
        notice.put("kind", "NOTICE");
        notice.put("deadlineDays", 1);
        long n = Api.createCityRequest(notice);
        Api.anonymous().get("/api/v1/city-requests/" + n).then().body("warnings", org.hamcrest.Matchers.empty());
        // merge candidates: same receivers, a month in common
        long m1 = Api.createCityRequest(Api.cityRequest(section, 2025, List.of(d), 8, 9));
        long m2 = Api.createCityRequest(Api.cityRequest(section, 2025, List.of(d), 9, 11));
        Api.anonymous().get("/api/v1/city-requests/" + m1).then()
                .body("warnings.rule", contains("MERGE_CANDIDATE")).body("warnings[0].otherRequestId", is((int) m2))
                .body("warnings[0].month", is(9));
        Api.anonymous().get("/api/v1/city-requests/" + m2).then().body("warnings[0].otherRequestId", is((int) m1));
        // effort: 1 occurrence × 5 people × 5 h = 25 h > 20 h, without compensation
        Map<String, Object> heavy = Api.cityRequest(section, 2025, List.of(d), 12);
        heavy.put("receiverKinds", List.of("NEIGHBORHOOD_ASSOCIATION", "DISTRICT_COUNCIL"));
        heavy.put("people", 5);
        heavy.put("hoursPerPerson", 5);
        long h = Api.createCityRequest(heavy);
        Api.anonymous().get("/api/v1/city-requests/" + h).then().body("warnings.rule", contains("EFFORT_WITHOUT_COMPENSATION"));

        JsonPath list = Api.as(Api.token(Api.COMMITTEE)).queryParam("sectionId", section).queryParam("size", 50)
                .get("/api/v1/city-request-warnings").then().statusCode(200).extract().jsonPath();
        assertEquals(4, list.getInt("total"));
        assertEquals(List.of("COOPERATION_SHORT_DEADLINE", "EFFORT_WITHOUT_COMPENSATION", "MERGE_CANDIDATE", "MERGE_CANDIDATE"),
                list.getList("items.rule").stream().sorted().toList());
        Api.as(Api.token(Api.OFFICE)).queryParam("sectionId", section).queryParam("rule", "MERGE_CANDIDATE")
                .get("/api/v1/city-request-warnings").then().statusCode(200).body("total", is(2))
                .body("items.requestId", containsInAnyOrder((int) m1, (int) m2));
        // the list summary names the rules too
        Api.anonymous().queryParam("sectionId", section).queryParam("size", 50).get("/api/v1/city-requests").then()
                .statusCode(200).body("items.find { it.id == " + s + " }.warnings", contains("COOPERATION_SHORT_DEADLINE"));
    }

    @Test
    void drafts_are_seen_only_by_the_office_and_the_issuing_section() {
        Map<String, Object> draft = body(2025, 6);
        draft.put("status", "DRAFT");
        long id = Api.as(dept).body(draft).post("/api/v1/city-requests").then().statusCode(201)
                .body("sectionId", is((int) sectionId)).extract().jsonPath().getLong("id");
        Api.anonymous().get("/api/v1/city-requests/" + id).then().statusCode(404);
        Api.as(Api.token(Api.COMMITTEE)).get("/api/v1/city-requests/" + id).then().statusCode(404);
        Api.as(Api.departmentUser(Api.createSection("他局", "他課"))).get("/api/v1/city-requests/" + id).then().statusCode(404);
        Api.as(dept).get("/api/v1/city-requests/" + id).then().statusCode(200).body("permissions.canEdit", is(true));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/city-requests/" + id).then().statusCode(200);
        Api.anonymous().queryParam("q", draft.get("title")).get("/api/v1/city-requests").then().body("total", is(0));
        Api.as(dept).queryParam("q", draft.get("title")).get("/api/v1/city-requests").then().body("total", is(1));
    }

    @Test
    void a_department_writes_only_its_own_sections_requests() {
        long other = Api.createSection("別局", "別課");
        Map<String, Object> foreign = Api.cityRequest(other, 2025, List.of(town.districtId()), 6);
        Api.as(dept).body(foreign).post("/api/v1/city-requests").then().statusCode(403);
        assertEquals(0, count((String) foreign.get("title")));
        long id = Api.createCityRequest(foreign);
        String etag = Api.anonymous().get("/api/v1/city-requests/" + id).header("ETag");
        Api.as(dept).header("If-Match", etag).body(foreign).put("/api/v1/city-requests/" + id).then().statusCode(403);
        Api.as(dept).header("If-Match", etag).delete("/api/v1/city-requests/" + id).then().statusCode(403);
        Api.as(dept).get("/api/v1/city-requests/" + id).then().body("permissions.canEdit", is(false));
        // a department user without a section may not write at all
        Api.as(Api.token(Api.DEPARTMENT)).body(body(2025, 6)).post("/api/v1/city-requests").then().statusCode(403);
        Api.as(Api.token(Api.DEPARTMENT)).contentType("text/csv").body("code,title\r\n")
                .post("/api/v1/imports/city-requests?dryRun=true").then().statusCode(403);
        // without sectionId, a department user's own section is used
        Map<String, Object> own = body(2025, 6);
        own.remove("sectionId");
        Api.as(dept).body(own).post("/api/v1/city-requests").then().statusCode(201).body("sectionId", is((int) sectionId));
    }

    @Test
    void versions_history_validation_and_delete() {
        Map<String, Object> b = body(2025, 6);
        var created = Api.as(dept).body(b).post("/api/v1/city-requests").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        b.put("title", "変更後の題名 " + id);
        Api.as(dept).body(b).put("/api/v1/city-requests/" + id).then().statusCode(428);
        Api.as(dept).header("If-Match", "\"99\"").body(b).put("/api/v1/city-requests/" + id).then().statusCode(412)
                .header("ETag", is(etag)).body("current.id", is((int) id));
        Api.as(dept).header("If-Match", etag).body(b).put("/api/v1/city-requests/" + id).then().statusCode(200)
                .body("version", is(1));
        Api.as(dept).get("/api/v1/city-requests/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.field", hasItem("title"));
        // validation: nothing saved, every problem listed
        Map<String, Object> bad = body(2025, 6);
        bad.put("schedule", List.of(Map.of("month", 13, "times", 1)));
        bad.put("people", 0);
        Api.as(dept).body(bad).post("/api/v1/city-requests").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("people", "schedule[0].month"));
        Map<String, Object> noDistricts = body(2025, 6);
        noDistricts.put("districtIds", List.of());
        Api.as(dept).body(noDistricts).post("/api/v1/city-requests").then().statusCode(400)
                .body("errors.field", contains("districtIds"));
        Map<String, Object> bad2 = body(2025, 6);
        bad2.put("receiverKinds", List.of("NO_SUCH_KIND"));
        bad2.put("schedule", List.of(Map.of("month", 6, "times", 1), Map.of("month", 6, "times", 2)));
        Api.as(dept).body(bad2).post("/api/v1/city-requests").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("receiverKinds", "schedule"));
        assertEquals(0, count((String) bad2.get("title")));
        // delete
        String now = Api.anonymous().get("/api/v1/city-requests/" + id).header("ETag");
        Api.as(dept).header("If-Match", now).delete("/api/v1/city-requests/" + id).then().statusCode(204);
        Api.anonymous().get("/api/v1/city-requests/" + id).then().statusCode(404);
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/city-requests/" + id + "/history").then().statusCode(404);
    }

    @Test
    void the_list_filters_by_district_ask_kind_and_section() {
        long section = Api.createSection("絞込局", "絞込課");
        long ward = Api.createWard();
        long d = Api.createDistrict(ward, "絞込", "しぼりこみ");
        long other = Api.createDistrict(ward, "絞込外", "しぼりこみそと");
        long toD = Api.createCityRequest(Api.cityRequest(section, 2025, List.of(d), 6));
        Map<String, Object> survey = Api.cityRequest(section, 2025, List.of(other), 6);
        survey.put("asks", List.of("SURVEY"));
        long toOther = Api.createCityRequest(survey);
        Api.anonymous().queryParam("sectionId", section).queryParam("districtId", d).get("/api/v1/city-requests").then()
                .body("items.id", contains((int) toD));
        Api.anonymous().queryParam("sectionId", section).queryParam("ask", "SURVEY").get("/api/v1/city-requests").then()
                .body("items.id", contains((int) toOther));
        Api.anonymous().queryParam("sectionId", section).queryParam("kind", "NOTICE").get("/api/v1/city-requests").then()
                .body("total", is(0));
        Api.anonymous().queryParam("sectionId", section).queryParam("sort", "-code").get("/api/v1/city-requests").then()
                .body("total", is(2)).body("items.id", not(hasItem(0)));
        Api.anonymous().queryParam("sort", "nope").get("/api/v1/city-requests").then().statusCode(400);
    }

    @Test
    void thresholds_are_settings_in_the_database_that_only_admins_change() {
        var current = Api.anonymous().get("/api/v1/settings/request-rules").then().statusCode(200).extract();
        String etag = current.header("ETag");
        int days = current.jsonPath().getInt("minDeadlineDays");
        float hours = current.jsonPath().getFloat("effortThresholdHours");
        Api.as(Api.token(Api.OFFICE)).header("If-Match", etag).body(Map.of("minDeadlineDays", 30, "effortThresholdHours", 10))
                .put("/api/v1/settings/request-rules").then().statusCode(403);
        Api.as(Api.adminToken()).body(Map.of("minDeadlineDays", 30, "effortThresholdHours", 10))
                .put("/api/v1/settings/request-rules").then().statusCode(428);
        String changed = Api.as(Api.adminToken()).header("If-Match", etag).body(Map.of("minDeadlineDays", 30, "effortThresholdHours", 10))
                .put("/api/v1/settings/request-rules").then().statusCode(200).body("minDeadlineDays", is(30)).extract().header("ETag");
        try {
            Map<String, Object> b = body(2025, 6);
            b.put("deadlineDays", 20);
            long id = Api.createCityRequest(b);
            Api.anonymous().get("/api/v1/city-requests/" + id).then().body("warnings.rule", hasItem("COOPERATION_SHORT_DEADLINE"));
            Api.anonymous().queryParam("size", 200).get("/api/v1/city-request-rules").then()
                    .body("items.find { it.id == 'COOPERATION_SHORT_DEADLINE' }.textJa", org.hamcrest.Matchers.containsString("30日"));
        } finally {
            Api.as(Api.adminToken()).header("If-Match", changed).body(Map.of("minDeadlineDays", days, "effortThresholdHours", hours))
                    .put("/api/v1/settings/request-rules").then().statusCode(200);
        }
    }
}
