package jp.kyodo.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import jp.kyodo.common.kept.KeptFiguresService;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.burden.LandingRule;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 集計の保持: after many random changes through the API (organizations created, moved between districts and wards,
 * given another kind, deleted; districts moved between wards; requests created, retargeted, ended, drafted,
 * deleted; review items self-assessed, decided, decided again, carried out), the kept organization counts equal a
 * recount, and the figures the API serves — each request's receiving organizations in the list, burden by district
 * (whole city, per ward, one district), the reduction dashboard (its series, decisions and undecided requests) —
 * equal the brute-force (request × organization) SQL of {@link LandingRule#JOIN}/{@link LandingRule#WHERE}, which
 * visits every organization and keeps nothing. Fixed seed; its own fiscal year, wards, districts and sections.
 */
@QuarkusTest
class KeptFiguresConsistencyTest {

    private static final long SEED = 20_261_205L;
    private static final int FY = 2036;
    private static final int BATCHES = 6;
    private static final int CHANGES_PER_BATCH = 12;
    private static final List<String> KINDS = List.of("NEIGHBORHOOD_ASSOCIATION", "DISTRICT_COUNCIL", "WARD_GROUP");

    @Inject
    EntityManager em;

    @Inject
    KeptFiguresService kept;

    private final Random rnd = new Random(SEED);
    private final List<Long> wards = new ArrayList<>();
    private final List<Long> districts = new ArrayList<>();
    private final List<Long> sections = new ArrayList<>();
    /** A DEPARTMENT user of the first section: sees every counted request and that section's drafts. */
    private String department;
    private final List<Long> organizations = new ArrayList<>();
    private final List<Long> requests = new ArrayList<>();
    /** Requests with a review item: they cannot be deleted. */
    private final java.util.Set<Long> reviewed = new java.util.HashSet<>();
    private long cycle;

    @Test
    void kept_figures_stay_equal_to_a_recount_through_random_changes() {
        String admin = Api.adminToken();
        for (int w = 0; w < 3; w++) {
            wards.add(Api.createWard());
        }
        for (int d = 0; d < 7; d++) {
            districts.add(Api.createDistrict(pick(wards), "保持校区" + d, "ほじこうく"));
        }
        sections.add(Api.createSection("保持局", "保持一課"));
        sections.add(Api.createSection("保持二局", "保持二課"));
        department = Api.departmentUser(sections.get(0));
        for (int o = 0; o < 14; o++) {
            createOrganization(admin);
        }
        for (int q = 0; q < 8; q++) {
            createRequest(admin);
        }
        cycle = Api.as(admin).body(Map.of("fiscalYear", FY, "baselineYear", FY - 1, "title", "保持の点検"))
                .post("/api/v1/review-cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        assertConsistent(cycle, "after the set-up");

        for (int batch = 0; batch < BATCHES; batch++) {
            List<String> done = new ArrayList<>();
            for (int i = 0; i < CHANGES_PER_BATCH; i++) {
                done.add(change(admin));
            }
            assertConsistent(cycle, "batch " + batch + " " + done);
        }
    }

    /** One random change through the API; returns what it did. */
    private String change(String admin) {
        int what = rnd.nextInt(13);
        if (what >= 10) {
            return review(admin);
        }
        if (what == 0 || organizations.isEmpty()) {
            return "org created " + createOrganization(admin);
        }
        if (what <= 2) {
            long id = pick(organizations);
            putOrganization(admin, id, placement());
            return "org moved " + id;
        }
        if (what == 3) {
            long id = organizations.remove(rnd.nextInt(organizations.size()));
            Response get = Api.as(admin).get("/api/v1/organizations/" + id);
            Api.as(admin).header("If-Match", get.header("ETag")).delete("/api/v1/organizations/" + id).then().statusCode(204);
            return "org deleted " + id;
        }
        if (what == 4) {
            long district = pick(districts);
            WardTargetTest.moveDistrict(district, pick(wards));
            return "district moved " + district;
        }
        if (what == 5 || requests.isEmpty()) {
            return "request created " + createRequest(admin);
        }
        if (what <= 7) {
            long id = pick(requests);
            Response get = Api.as(admin).get("/api/v1/city-requests/" + id);
            Api.as(admin).header("If-Match", get.header("ETag")).body(requestBody())
                    .put("/api/v1/city-requests/" + id).then().statusCode(200);
            return "request changed " + id;
        }
        if (what == 8) {
            long id = pick(requests);
            Response get = Api.as(admin).get("/api/v1/city-requests/" + id);
            Map<String, Object> body = requestBody();
            body.put("status", "ENDED");
            Api.as(admin).header("If-Match", get.header("ETag")).body(body).put("/api/v1/city-requests/" + id)
                    .then().statusCode(200);
            return "request ended " + id;
        }
        List<Long> deletable = requests.stream().filter(r -> !reviewed.contains(r)).toList();
        if (deletable.isEmpty()) {
            return "request created " + createRequest(admin);
        }
        long id = pick(deletable);
        requests.remove(id);
        Response get = Api.as(admin).get("/api/v1/city-requests/" + id);
        Api.as(admin).header("If-Match", get.header("ETag")).delete("/api/v1/city-requests/" + id).then().statusCode(204);
        return "request deleted " + id;
    }

    private static final List<String> DECISIONS = List.of("ABOLISH", "LIGHTEN", "RECLASSIFY", "COMPENSATE", "KEEP");

    /** The next review step of a random request of the cycle's year: self-assessed, decided (again), carried out. */
    private String review(String admin) {
        if (requests.isEmpty()) {
            return "request created " + createRequest(admin);
        }
        long id = pick(requests);
        String item = "/api/v1/review-cycles/" + cycle + "/items/" + id;
        Response get = Api.as(admin).get(item);
        if (get.statusCode() == 404) {
            return "review of draft " + id + " refused";
        }
        String state = get.then().statusCode(200).extract().jsonPath().getString("state");
        if ("NOT_STARTED".equals(state)) {
            Api.as(admin).header("If-Match", get.header("ETag")).body(Map.of("selfAssessment", "見直せる"))
                    .put(item + "/self-assessment").then().statusCode(200);
            reviewed.add(id);
            return "request " + id + " self-assessed";
        }
        if ("DECIDED".equals(state) && rnd.nextBoolean()) {
            Api.as(admin).header("If-Match", get.header("ETag")).body(Map.of("note", "済"))
                    .post(item + "/completion").then().statusCode(200);
            return "request " + id + " carried out";
        }
        if ("CARRIED_OUT".equals(state)) {
            return "request " + id + " already carried out";
        }
        String decision = pick(DECISIONS);
        Map<String, Object> body = Api.body("decision", decision, "reason", "保持の点検", "effectiveYear", FY);
        if ("COMPENSATE".equals(decision)) {
            body.put("compensation", Map.of("flatPerOrganization", 1000, "perMemberHousehold", 0));
        }
        Api.as(admin).header("If-Match", get.header("ETag")).body(body).put(item + "/decision").then().statusCode(200);
        return "request " + id + " decided " + decision;
    }

    // ---- the world ------------------------------------------------------------------------------------

    private <T> T pick(List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** A kind and where an organization of it stands: a district (with or without its ward column) or, for a
     * ward-level group, a ward or nothing. */
    private Map<String, Object> placement() {
        String kind = pick(KINDS);
        Map<String, Object> body = Api.body("kind", kind, "name", "保持団体", "kana", "ほじだんたい");
        int shape = rnd.nextInt(4);
        if (!"WARD_GROUP".equals(kind) || shape < 2) {
            body.put("districtId", pick(districts));
            if (shape == 1) {
                body.put("wardId", pick(wards));
            }
        } else if (shape == 2) {
            body.put("wardId", pick(wards));
        }
        return body;
    }

    private long createOrganization(String admin) {
        long id = Api.as(admin).body(placement()).post("/api/v1/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        organizations.add(id);
        return id;
    }

    private void putOrganization(String admin, long id, Map<String, Object> body) {
        Response get = Api.as(admin).get("/api/v1/organizations/" + id);
        Api.as(admin).header("If-Match", get.header("ETag")).body(body).put("/api/v1/organizations/" + id)
                .then().statusCode(200);
    }

    private Map<String, Object> requestBody() {
        List<Long> chosen = new ArrayList<>();
        List<Long> wholeWards = new ArrayList<>();
        boolean all = rnd.nextInt(8) == 0;
        if (!all) {
            int shape = rnd.nextInt(3);
            if (shape != 1) {
                LinkedHashSet<Long> ds = new LinkedHashSet<>();
                for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                    ds.add(pick(districts));
                }
                chosen.addAll(ds);
            }
            if (shape != 0) {
                LinkedHashSet<Long> ws = new LinkedHashSet<>();
                for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) {
                    ws.add(pick(wards));
                }
                wholeWards.addAll(ws);
            }
        }
        // one to three months of the whole year (the merge-candidate warning compares them as bits)
        java.util.TreeSet<Integer> months = new java.util.TreeSet<>();
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            months.add(rnd.nextBoolean() ? 1 + rnd.nextInt(12) : rnd.nextBoolean() ? 6 : 12); // often in common
        }
        Map<String, Object> body = Api.cityRequest(pick(sections), FY, chosen,
                months.stream().mapToInt(Integer::intValue).toArray());
        LinkedHashSet<String> kinds = new LinkedHashSet<>();
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            kinds.add(pick(KINDS));
        }
        body.put("receiverKinds", new ArrayList<>(kinds));
        body.put("allDistricts", all);
        body.put("wardIds", wholeWards);
        if (rnd.nextInt(4) == 0) {
            // the receivers most requests of a city share (every association of every district): merge candidates
            body.put("receiverKinds", List.of(KINDS.get(0)));
            body.put("allDistricts", true);
            body.put("districtIds", List.of());
            body.put("wardIds", List.of());
        }
        body.put("people", 1 + rnd.nextInt(3));
        body.put("hoursPerPerson", new BigDecimal(1 + rnd.nextInt(8)).divide(BigDecimal.valueOf(4)));
        int status = rnd.nextInt(6);
        body.put("status", status == 0 ? "DRAFT" : status == 1 ? "ENDED" : "ACTIVE");
        return body;
    }

    private long createRequest(String admin) {
        long id = Api.createCityRequest(requestBody());
        requests.add(id);
        return id;
    }

    // ---- the check ------------------------------------------------------------------------------------

    private void assertConsistent(long cycle, String when) {
        // the kept rows equal a recount (the admin's check answers the same)
        kept.checkAll().forEach(c -> assertEquals(List.of(), c.differences(), c.name() + ", " + when));
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200)
                .body("exact", org.hamcrest.Matchers.is(true));

        // the list: every request's receiving organizations
        Map<Long, Long> expected = oracleReceivers();
        JsonPath list = Api.as(Api.adminToken()).queryParam("fiscalYear", FY).queryParam("size", 200)
                .get("/api/v1/city-requests").then().statusCode(200).extract().jsonPath();
        List<Integer> ids = list.getList("items.id");
        assertEquals(requests.size(), ids.size(), when);
        // the list's total is read from the kept rows (drafts counted): it equals a count of the requests
        assertEquals(count("select count(*) from city_request where fiscal_year = " + FY), list.getLong("total"),
                "list total, " + when);
        // every year, one kind (the kept counts per year and kind, every year's rows)
        assertEquals(count("select count(*) from city_request where kind = 'COOPERATION'"), Api.as(Api.adminToken())
                .queryParam("kind", "COOPERATION").get("/api/v1/city-requests").then().statusCode(200).extract().jsonPath()
                .getLong("total"), "list total of every year's cooperation requests, " + when);
        for (long section : sections) {
            long shown = Api.as(Api.adminToken()).queryParam("fiscalYear", FY).queryParam("sectionId", section)
                    .queryParam("kind", "COOPERATION").get("/api/v1/city-requests").then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            assertEquals(count("select count(*) from city_request where fiscal_year = " + FY + " and section_id = "
                    + section + " and kind = 'COOPERATION'"), shown, "list total of section " + section + ", " + when);
        }
        assertEquals(count("select count(*) from city_request where fiscal_year = " + FY + " and (status <> 'DRAFT'"
                + " or section_id = " + sections.get(0) + ")"), Api.as(department).queryParam("fiscalYear", FY)
                .get("/api/v1/city-requests").then().statusCode(200).extract().jsonPath().getLong("total"),
                "list total seen by a department, " + when);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            assertEquals(expected.getOrDefault(id, 0L), list.getLong("items[" + i + "].receivingOrganizations"),
                    "request " + id + " in the list, " + when);
        }

        // merge candidates (same year and receivers, a month in common; read from month_mask): every pair and its
        // first common month, against the two joins of the months
        java.util.Set<String> pairs = new java.util.TreeSet<>();
        for (Object row : QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select r.id, r2.id,"
                + " min(m.month_no) from city_request r join city_request r2 on r2.fiscal_year = r.fiscal_year"
                + " and r2.receiver_key = r.receiver_key and r2.id <> r.id and r2.status <> 'DRAFT'"
                + " join city_request_month m on m.request_id = r.id"
                + " join city_request_month m2 on m2.request_id = r2.id and m2.month_no = m.month_no"
                + " where r.status <> 'DRAFT' and r.fiscal_year = " + FY + " group by r.id, r2.id").getResultList())) {
            Object[] a = (Object[]) row;
            pairs.add(a[0] + "-" + a[1] + "@" + a[2]);
        }
        JsonPath merge = Api.as(Api.adminToken()).queryParam("fiscalYear", FY).queryParam("rule", "MERGE_CANDIDATE")
                .queryParam("size", 200).get("/api/v1/city-request-warnings").then().statusCode(200).extract().jsonPath();
        java.util.Set<String> warned = new java.util.TreeSet<>();
        for (int i = 0; i < merge.getList("items").size(); i++) {
            warned.add(merge.getLong("items[" + i + "].requestId") + "-" + merge.getLong("items[" + i + "].otherRequestId")
                    + "@" + merge.getInt("items[" + i + "].month"));
        }
        assertEquals(pairs.size(), merge.getLong("total"), "merge candidates counted, " + when);
        assertEquals(pairs.toString(), warned.toString(), "merge candidates, " + when);

        // burden by district: the whole city, each ward's districts, one district
        Map<Long, BigDecimal> hours = oracleDistrictHours();
        Map<Long, Long> counts = oracleDistrictRequests("r.id");
        Map<Long, Long> coop = oracleDistrictRequests("case when r.kind = 'COOPERATION' then r.id end");
        checkDistricts(Map.of(), hours, counts, coop, when);
        for (long w : wards) {
            checkDistricts(Map.of("wardId", w), hours, counts, coop, when + ", ward " + w);
        }
        long one = pick(districts);
        checkDistricts(Map.of("districtId", one), hours, counts, coop, when + ", district " + one);

        // the dashboard: the cycle's year city-wide and per department
        JsonPath d = Api.anonymous().get("/api/v1/review-cycles/" + cycle + "/dashboard").then().statusCode(200)
                .extract().jsonPath();
        Map<Long, Object[]> byDepartment = oracleDashboard();
        long cooperation = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Object[] v : byDepartment.values()) {
            cooperation += (Long) v[0];
            total = total.add((BigDecimal) v[1]);
        }
        assertEquals(cooperation, d.getLong("cityWide[1].cooperationRequests"), "dashboard requests, " + when);
        assertEquals(0, total.compareTo(d.getObject("cityWide[1].annualHours", BigDecimal.class)),
                "dashboard hours " + total + " vs " + d.getString("cityWide[1].annualHours") + ", " + when);
        // the cycle's decisions and the requests still undecided (read from the kept items)
        Map<String, Long> decisions = new TreeMap<>();
        for (Object[] a : rows("select decision, count(*) from review_item where cycle_id = " + cycle
                + " and decision is not null group by decision")) {
            decisions.put(((String) a[0]).strip(), Rows.num(a[1]).longValue());
        }
        Map<String, Object> served = d.getMap("decisions");
        assertEquals(decisions.toString(), new TreeMap<>(served).toString(), "dashboard decisions, " + when);
        long undecided = Math.max(0, count("select count(*) from city_request where fiscal_year = " + FY
                + " and status <> 'DRAFT'") - count("select count(*) from review_item where cycle_id = " + cycle
                + " and state in ('DECIDED', 'CARRIED_OUT')"));
        assertEquals(undecided, d.getLong("undecided"), "dashboard undecided, " + when);
        for (Map.Entry<Long, Object[]> e : byDepartment.entrySet()) {
            BigDecimal h = d.getObject("departments.find { it.departmentId == " + e.getKey() + " }.years[1].annualHours",
                    BigDecimal.class);
            assertEquals(0, ((BigDecimal) e.getValue()[1]).compareTo(h), "department " + e.getKey() + ", " + when);
        }
    }

    private void checkDistricts(Map<String, Object> filter, Map<Long, BigDecimal> hours, Map<Long, Long> counts,
            Map<Long, Long> coop, String when) {
        JsonPath b = Api.anonymous().queryParams(filter).queryParam("groupBy", "DISTRICT").queryParam("fiscalYear", FY)
                .queryParam("size", 200).get("/api/v1/burden").then().statusCode(200).extract().jsonPath();
        List<Integer> ids = b.getList("items.id");
        int ours = 0;
        BigDecimal shown = BigDecimal.ZERO;
        for (int i = 0; i < ids.size(); i++) {
            // every district the report shows (a request to all districts also lands on other tests' districts)
            long id = ids.get(i);
            if (districts.contains(id)) {
                ours++;
            }
            BigDecimal want = hours.getOrDefault(id, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            assertEquals(0, want.compareTo(b.getObject("items[" + i + "].annualHours", BigDecimal.class)),
                    "district " + id + " hours, " + when);
            assertEquals(counts.getOrDefault(id, 0L), b.getLong("items[" + i + "].requests"), "district " + id + ", " + when);
            assertEquals(coop.getOrDefault(id, 0L), b.getLong("items[" + i + "].cooperationRequests"),
                    "district " + id + " cooperation, " + when);
            shown = shown.add(want);
        }
        // the envelope's total: every district of the filter (the whole city: every district the oracle finds)
        BigDecimal total = b.getObject("totalAnnualHours", BigDecimal.class);
        if (filter.isEmpty()) {
            BigDecimal all = hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
            assertEquals(0, all.compareTo(total), "city total " + all + " vs " + total + ", " + when);
        } else if (b.getLong("total") <= ids.size()) {
            assertEquals(0, shown.compareTo(total), "total " + shown + " vs " + total + ", " + when);
        }
        assertTrue(ours > 0 || filter.containsKey("wardId"), "no district of the test in the report, " + when);
    }

    // ---- the oracles: every (request, organization) pair, nothing kept ---------------------------------

    private long count(String sql) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult()))
                .longValue();
    }

    private Map<Long, Long> oracleReceivers() {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] a : rows("select r.id, count(*) from city_request r" + LandingRule.JOIN + " where r.fiscal_year = "
                + FY + " and" + LandingRule.WHERE + " group by r.id")) {
            out.put(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue());
        }
        return out;
    }

    private static final String LANDED = " from city_request r" + LandingRule.JOIN + " where r.fiscal_year = " + FY + " and"
            + BurdenService.COUNTED + " and" + LandingRule.WHERE + " and o.district_id is not null group by o.district_id";

    private Map<Long, BigDecimal> oracleDistrictHours() {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] a : rows("select o.district_id, sum(" + BurdenService.HOURS_PER_ORG + ")" + LANDED)) {
            out.put(Rows.num(a[0]).longValue(), Rows.dec(a[1]));
        }
        return out;
    }

    /** Per district: the distinct requests ({@code counted}: r.id, or a case picking some) landing on it. */
    private Map<Long, Long> oracleDistrictRequests(String counted) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] a : rows("select o.district_id, count(distinct " + counted + ")" + LANDED)) {
            out.put(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue());
        }
        return out;
    }

    /** Per department: counted cooperation requests of the year and their hours (receivers counted pair by pair). */
    private Map<Long, Object[]> oracleDashboard() {
        Map<Long, Object[]> out = new TreeMap<>();
        for (Object[] a : rows("select s.department_id, count(*), sum(coalesce(c.n, 0) * " + BurdenService.HOURS_PER_ORG + ")"
                + " from city_request r join section s on s.id = r.section_id left join (select r.id as rid, count(*) as n"
                + " from city_request r" + LandingRule.JOIN + " where r.fiscal_year = " + FY + " and" + LandingRule.WHERE
                + " group by r.id) c on c.rid = r.id where r.fiscal_year = " + FY + " and" + BurdenService.COUNTED
                + " group by s.department_id")) {
            out.put(Rows.num(a[0]).longValue(), new Object[] {Rows.num(a[1]).longValue(), Rows.dec(a[2])});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery(sql).getResultList());
    }
}
