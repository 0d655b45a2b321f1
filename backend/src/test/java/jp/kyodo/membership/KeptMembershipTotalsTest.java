package jp.kyodo.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 加入率の集計の保持: the kept membership totals stay exact through every change that moves them — figures put,
 * replaced and deleted through the API and the import, associations moved to another district (API and import),
 * their kind changed, associations deleted, a district moved to another ward (API and import) — and the join rates
 * the API answers equal the sums of the raw figures, recomputed here row by row. An administrator's rebuild repairs
 * a kept row written behind kyodo's back.
 */
@QuarkusTest
class KeptMembershipTotalsTest {

    static final int[] YEARS = {2021, 2022, 2023, 2024};

    @Inject
    EntityManager em;

    final Random random = new Random(20260412L);
    final List<Long> wards = new ArrayList<>();
    final List<Long> districts = new ArrayList<>();
    final List<Long> associations = new ArrayList<>();
    /** How often each kind of change ran: every kind must have. */
    final Map<String, Integer> ran = new TreeMap<>();

    @Test
    void random_changes_keep_the_totals_exact_and_the_join_rates_equal_the_raw_figures() {
        for (int w = 0; w < 2; w++) {
            long ward = Api.createWard();
            wards.add(ward);
            for (int d = 0; d < 2; d++) {
                districts.add(Api.createDistrict(ward, "保持" + w + d, "ほじ"));
            }
        }
        for (int i = 0; i < 8; i++) {
            associations.add(newAssociation(districts.get(i % districts.size())));
        }
        for (int batch = 0; batch < 6; batch++) {
            for (int step = 0; step < 12; step++) {
                randomChange();
            }
            assertExact("batch " + batch);
        }
        assertEquals(List.of("changeKind", "deleteFigure", "deleteOrganization", "importDistrictMove", "importFigures",
                "importOrganizationMove", "moveDistrict", "moveOrganization", "putFigure"), List.copyOf(ran.keySet()),
                "kinds of change made: " + ran);
    }

    @Test
    void a_kept_row_written_behind_kyodos_back_is_reported_and_the_rebuild_repairs_it() {
        Api.Town t = Api.town("再計算", "さいけいさん");
        assertExact("town");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update membership_total_district"
                + " set households = households + 7 where district_id = :d and fiscal_year = 2025")
                .setParameter("d", t.districtId()).executeUpdate());
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(false))
                .body("figures.find { it.name == 'membership totals' }.differences",
                        hasItem(startsWith("district " + t.districtId() + ", FY 2025: kept")));
        // the API shows the kept (wrong) figure until the rebuild
        Api.anonymous().queryParam("level", "DISTRICT").queryParam("districtId", t.districtId()).queryParam("fromYear", 2025)
                .get("/api/v1/join-rates").then().body("items[0].households", is(407));
        Api.as(Api.adminToken()).post("/api/v1/kept-figures/rebuild").then().statusCode(200)
                .body("figures.name", hasItem("membership totals"));
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(true));
        Api.anonymous().queryParam("level", "DISTRICT").queryParam("districtId", t.districtId()).queryParam("fromYear", 2025)
                .get("/api/v1/join-rates").then().body("items[0].households", is(400));
        assertExact("rebuilt");
    }

    @Test
    void concurrent_writers_in_one_district_keep_the_sums_exact() throws Exception {
        long ward = Api.createWard();
        long district = Api.createDistrict(ward, "同時", "どうじ");
        long other = Api.createDistrict(ward, "同時別", "どうじべつ");
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mine.add(Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, Api.unique("同時町内会"), "どうじ"));
        }
        String token = Api.adminToken();
        // eight clients at once: new figures of one district-year (every one creating or adding to the same kept
        // rows), replacements, and an association moving to the other district while its figures are written
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                long a = mine.get(i);
                int n = i;
                done.add(pool.submit(() -> {
                    Api.putFigures(token, a, 2019, 100 + n, 50 + n, null).then().statusCode(201);
                    Response r = Api.anonymous().get(figurePath(a, 2019));
                    Api.putFigures(token, a, 2019, 200 + n, 60 + n, r.header("ETag")).then().statusCode(200);
                    if (n % 2 == 0) {
                        updateOrganization(a, "NEIGHBORHOOD_ASSOCIATION", other);
                    }
                    return Api.putFigures(token, a, 2018, 10, 5, null).statusCode();
                }));
            }
            for (var f : done) {
                assertEquals(201, f.get());
            }
        } finally {
            pool.shutdown();
        }
        wards.add(ward);
        districts.add(district);
        districts.add(other);
        assertExact("concurrent writers");
        Api.anonymous().queryParam("level", "WARD").queryParam("wardId", ward).queryParam("fromYear", 2019)
                .queryParam("toYear", 2019).get("/api/v1/join-rates").then().body("items[0].associations", is(8))
                .body("items[0].households", is(8 * 200 + 28));
    }

    // ---- random changes -----------------------------------------------------------------------------

    long newAssociation(long district) {
        return Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, Api.unique("保持町内会"), "ほじちょうないかい");
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    void randomChange() {
        int op = random.nextInt(100);
        long a = pick(associations);
        int fy = YEARS[random.nextInt(YEARS.length)];
        String kind = op < 35 ? "putFigure" : op < 45 ? "deleteFigure" : op < 57 ? "moveOrganization" : op < 63 ? "changeKind"
                : op < 68 ? "deleteOrganization" : op < 75 ? "moveDistrict" : op < 87 ? "importFigures"
                : op < 94 ? "importOrganizationMove" : "importDistrictMove";
        ran.merge(kind, 1, Integer::sum);
        if (op < 35) {
            putFigure(a, fy);
        } else if (op < 45) {
            deleteFigure(a, fy);
        } else if (op < 57) {
            moveOrganization(a, pick(districts));
        } else if (op < 63) {
            changeKind(a);
        } else if (op < 68) {
            deleteOrganization(a);
        } else if (op < 75) {
            moveDistrict(pick(districts));
        } else if (op < 87) {
            importFigures();
        } else if (op < 94) {
            importOrganizationMove(a, pick(districts));
        } else {
            importDistrictMove(pick(districts));
        }
    }

    void putFigure(long a, int fy) {
        if (!"NEIGHBORHOOD_ASSOCIATION".equals(organization(a).getString("kind"))) {
            return;
        }
        Response current = Api.anonymous().get(figurePath(a, fy));
        int households = random.nextInt(400);
        int members = households == 0 ? 0 : random.nextInt(households + 1);
        Api.putFigures(Api.adminToken(), a, fy, households, members,
                current.statusCode() == 200 ? current.header("ETag") : null).then().statusCode(current.statusCode() == 200 ? 200 : 201);
    }

    void deleteFigure(long a, int fy) {
        Response current = Api.anonymous().get(figurePath(a, fy));
        if (current.statusCode() == 200) {
            Api.as(Api.adminToken()).header("If-Match", current.header("ETag")).delete(figurePath(a, fy))
                    .then().statusCode(204);
        }
    }

    void moveOrganization(long a, long district) {
        updateOrganization(a, organization(a).getString("kind"), district);
    }

    void changeKind(long a) {
        JsonPath o = organization(a);
        String kind = "NEIGHBORHOOD_ASSOCIATION".equals(o.getString("kind")) ? "RESIDENT_GROUP" : "NEIGHBORHOOD_ASSOCIATION";
        updateOrganization(a, kind, o.getLong("districtId"));
    }

    void updateOrganization(long a, String kind, long district) {
        Response current = Api.anonymous().get("/api/v1/organizations/" + a);
        JsonPath o = current.jsonPath();
        Api.as(Api.adminToken()).header("If-Match", current.header("ETag"))
                .body(Api.body("code", o.getString("code"), "kind", kind, "name", o.getString("name"), "kana",
                        o.getString("kana"), "districtId", district, "legalEntity", false, "publishesAssemblyDocuments",
                        false, "publishesAccounts", false))
                .put("/api/v1/organizations/" + a).then().statusCode(200);
    }

    void deleteOrganization(long a) {
        Response current = Api.anonymous().get("/api/v1/organizations/" + a);
        Api.as(Api.adminToken()).header("If-Match", current.header("ETag")).delete("/api/v1/organizations/" + a)
                .then().statusCode(204);
        associations.remove(a);
        associations.add(newAssociation(pick(districts)));
    }

    void moveDistrict(long district) {
        Response current = Api.as(Api.adminToken()).get("/api/v1/districts/" + district);
        JsonPath d = current.jsonPath();
        long to = otherWard(d.getLong("wardId"));
        Api.as(Api.adminToken()).header("If-Match", current.header("ETag"))
                .body(Api.body("code", d.getString("code"), "name", d.getString("name"), "kana", d.getString("kana"),
                        "wardId", to, "communityHall", d.getString("communityHall")))
                .put("/api/v1/districts/" + district).then().statusCode(200);
    }

    long otherWard(long ward) {
        return wards.get(0) == ward ? wards.get(1) : wards.get(0);
    }

    /** A file of figures for a few associations and years: creates and replacements together. */
    void importFigures() {
        StringBuilder csv = new StringBuilder("organizationCode,fiscalYear,households,memberHouseholds,areaCountMethod\r\n");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long a = pick(associations);
            int fy = YEARS[random.nextInt(YEARS.length)];
            JsonPath o = organization(a);
            String key = a + "/" + fy;
            if (keys.contains(key) || !"NEIGHBORHOOD_ASSOCIATION".equals(o.getString("kind"))) {
                continue;
            }
            keys.add(key);
            int households = 1 + random.nextInt(400);
            csv.append(o.getString("code")).append(',').append(fy).append(',').append(households).append(',')
                    .append(random.nextInt(households + 1)).append(",RESIDENT_REGISTRY\r\n");
        }
        importCsv("membership-figures", csv.toString());
    }

    void importOrganizationMove(long a, long district) {
        JsonPath o = organization(a);
        importCsv("organizations", "code,kind,name,kana,districtCode\r\n" + o.getString("code") + "," + o.getString("kind")
                + "," + o.getString("name") + "," + o.getString("kana") + "," + districtCode(district) + "\r\n");
    }

    void importDistrictMove(long district) {
        JsonPath d = Api.as(Api.adminToken()).get("/api/v1/districts/" + district).jsonPath();
        String ward = Api.anonymous().get("/api/v1/wards/" + otherWard(d.getLong("wardId"))).jsonPath().getString("code");
        importCsv("districts", "code,name,kana,wardCode,communityHall\r\n" + d.getString("code") + "," + d.getString("name")
                + "," + d.getString("kana") + "," + ward + "," + d.getString("communityHall") + "\r\n");
    }

    void importCsv(String dataset, String csv) {
        given().header("Authorization", "Bearer " + Api.adminToken()).contentType("text/csv")
                .accept("application/json, application/problem+json").queryParam("dryRun", false)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/" + dataset).then().statusCode(200);
    }

    JsonPath organization(long a) {
        return Api.anonymous().get("/api/v1/organizations/" + a).then().statusCode(200).extract().jsonPath();
    }

    String districtCode(long district) {
        return Api.anonymous().get("/api/v1/districts/" + district).jsonPath().getString("code");
    }

    static String figurePath(long a, int fy) {
        return "/api/v1/organizations/" + a + "/membership-figures/" + fy;
    }

    // ---- what must hold -------------------------------------------------------------------------------

    /** The check finds no difference, and every join rate of the API equals the raw figures summed here. */
    void assertExact(String when) {
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200)
                .body("figures.find { it.name == 'membership totals' }.differences", is(empty()))
                .body("exact", is(true));
        Raw raw = raw();
        assertEquals(raw.city().values().stream().toList(), rows("CITY", Map.of()), when + ": city");
        for (long w : wards) {
            assertEquals(List.copyOf(raw.ward().getOrDefault(w, new TreeMap<>()).values()), rows("WARD", Map.of("wardId", w)),
                    when + ": ward " + w);
        }
        for (long d : districts) {
            assertEquals(List.copyOf(raw.district().getOrDefault(d, new TreeMap<>()).values()),
                    rows("DISTRICT", Map.of("districtId", d)), when + ": district " + d);
        }
        for (long w : wards) {
            for (int fy : YEARS) {
                List<String> expected = new ArrayList<>();
                List<String> listed = new ArrayList<>();
                JsonPath page = json(Api.anonymous().queryParam("wardId", w).queryParam("fiscalYear", fy)
                        .queryParam("size", 200).get("/api/v1/districts"));
                for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                    long d = ((Number) item.get("id")).longValue();
                    String sums = raw.district().getOrDefault(d, new TreeMap<>()).get(fy);
                    expected.add(d + " " + (sums == null ? "no figures" : sums));
                    listed.add(d + " " + (((Number) item.get("associations")).longValue() == 0 ? "no figures"
                            : sums(fy, item.get("associations"), item.get("households"), item.get("memberHouseholds"),
                                    item.get("joinRate"))));
                }
                assertEquals(expected, listed, when + ": district list of ward " + w + ", FY " + fy);
            }
        }
    }

    /** The API's rows of one level (every page), each as "FY n h m rate". */
    List<String> rows(String level, Map<String, Long> filter) {
        List<String> out = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonPath p = json(Api.anonymous().queryParam("level", level).queryParams(filter).queryParam("size", 3)
                    .queryParam("page", page).get("/api/v1/join-rates"));
            List<Map<String, Object>> items = p.getList("items");
            for (Map<String, Object> r : items) {
                out.add(sums(((Number) r.get("fiscalYear")).intValue(), r.get("associations"), r.get("households"),
                        r.get("memberHouseholds"), r.get("joinRate")));
            }
            if (items.isEmpty() || out.size() >= p.getLong("total")) {
                assertEquals(p.getLong("total"), out.size(), "total of " + level + " " + filter);
                return out;
            }
        }
    }

    static JsonPath json(Response r) {
        return JsonPath.from(r.then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static String sums(int fy, Object n, Object h, Object m, Object rate) {
        String r = rate == null ? "none" : new BigDecimal(rate.toString()).setScale(JoinRate.SCALE).toPlainString();
        return "FY " + fy + ": " + ((Number) n).longValue() + " associations, " + ((Number) h).longValue() + " households, "
                + ((Number) m).longValue() + " members, rate " + r;
    }

    record Raw(TreeMap<Integer, String> city, Map<Long, TreeMap<Integer, String>> ward,
            Map<Long, TreeMap<Integer, String>> district) {
    }

    /** Every figure read one by one and summed here: the district, its ward today, and the city (placed figures). */
    Raw raw() {
        List<Object[]> figures = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select m.fiscal_year, o.district_id, d.ward_id, m.households,"
                    + " m.member_households from membership_figure m join organization o on o.id = m.organization_id"
                    + " left join district d on d.id = o.district_id").getResultList();
            return rows;
        });
        TreeMap<Integer, long[]> city = new TreeMap<>();
        Map<Long, TreeMap<Integer, long[]>> ward = new java.util.HashMap<>();
        Map<Long, TreeMap<Integer, long[]>> district = new java.util.HashMap<>();
        for (Object[] f : figures) {
            if (f[1] == null) {
                continue; // outside every district: in no join rate
            }
            int fy = ((Number) f[0]).intValue();
            long h = ((Number) f[3]).longValue();
            long m = ((Number) f[4]).longValue();
            add(city.computeIfAbsent(fy, k -> new long[3]), h, m);
            add(ward.computeIfAbsent(((Number) f[2]).longValue(), k -> new TreeMap<>()).computeIfAbsent(fy, k -> new long[3]), h, m);
            add(district.computeIfAbsent(((Number) f[1]).longValue(), k -> new TreeMap<>()).computeIfAbsent(fy, k -> new long[3]), h, m);
        }
        Map<Long, TreeMap<Integer, String>> wards = new java.util.HashMap<>();
        ward.forEach((k, v) -> wards.put(k, described(v)));
        Map<Long, TreeMap<Integer, String>> districtRows = new java.util.HashMap<>();
        district.forEach((k, v) -> districtRows.put(k, described(v)));
        return new Raw(described(city), wards, districtRows);
    }

    static void add(long[] s, long h, long m) {
        s[0]++;
        s[1] += h;
        s[2] += m;
    }

    static TreeMap<Integer, String> described(TreeMap<Integer, long[]> sums) {
        TreeMap<Integer, String> out = new TreeMap<>();
        sums.forEach((fy, s) -> out.put(fy, sums(fy, s[0], s[1], s[2], JoinRate.of(s[2], s[1]))));
        return out;
    }
}
