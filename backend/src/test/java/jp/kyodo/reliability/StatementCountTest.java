package jp.kyodo.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.web.StatementCountHeader;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQL statements per request (Hibernate's, counted by {@code StatementCounter}, authentication included) of the hot
 * reads: a list costs the same whatever its page size, so an N+1 cannot come back unnoticed; and each read costs the
 * statements pinned here — a change that adds one must change this test and say why. The session is remembered, so
 * authentication costs nothing after the first request.
 */
@QuarkusTest
class StatementCountTest {

    static final int FY = 2061;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(StatementCountTest::fixtures);

    static String office;
    static long ward;
    static long section;
    static long cycle;
    static long planId;
    static final List<Long> districts = new ArrayList<>();
    static final List<Long> organizations = new ArrayList<>();

    static void fixtures() {
        office = Api.token(Api.OFFICE);
        ward = Api.createWard();
        section = Api.createSection("計数局", "計数課");
        for (int d = 0; d < 6; d++) {
            long district = Api.createDistrict(ward, Api.unique("計数校区"), "けいすう");
            districts.add(district);
            for (int o = 0; o < 3; o++) {
                long org = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, Api.unique("計数町内会"),
                        "けいすうちょうないかい");
                organizations.add(org);
                Api.putFigures(Api.adminToken(), org, FY - 1, 100 + o, 80, null).then().statusCode(201);
                Api.putFigures(Api.adminToken(), org, FY, 100 + o, 70 + d, null).then().statusCode(201);
            }
        }
        for (int r = 0; r < 12; r++) {
            Api.createCityRequest(Api.cityRequest(section, FY, List.of(districts.get(r % 6), districts.get((r + 1) % 6)),
                    4 + r % 9));
        }
        cycle = Api.as(Api.adminToken()).body(Map.of("fiscalYear", FY, "baselineYear", FY - 1, "title", "計数"))
                .post("/api/v1/review-cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        var plans = Api.as(office).get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        planId = plans.getLong("items[" + plans.getList("items.code").indexOf("fukuoka-2009") + "].id");
    }

    /** Statements of a GET, sent twice: the first remembers the session, the second is counted. */
    static int statements(String path, Object... query) {
        Map<String, Object> q = new LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            q.put((String) query[i], query[i + 1]);
        }
        Api.as(office).queryParams(q).get(path).then().statusCode(200);
        var r = Api.as(office).queryParams(q).get(path);
        r.then().statusCode(200);
        String n = r.header(StatementCountHeader.HEADER);
        assertTrue(n != null, "no statement count on " + path);
        return Integer.parseInt(n);
    }

    @Test
    void a_record_is_one_lookup() {
        assertEquals(1, statements("/api/v1/wards/" + ward));
    }

    @Test
    void lists_cost_the_same_whatever_their_page_size() {
        assertEquals(statements("/api/v1/districts", "wardId", ward, "size", 2),
                statements("/api/v1/districts", "wardId", ward, "size", 6), "district list");
        assertEquals(statements("/api/v1/districts", "wardId", ward, "size", 2, "sort", "joinRate"),
                statements("/api/v1/districts", "wardId", ward, "size", 6, "sort", "joinRate"), "district list by rate");
        assertEquals(statements("/api/v1/organizations", "districtId", districts.get(0), "size", 1),
                statements("/api/v1/organizations", "districtId", districts.get(0), "size", 3), "organization list");
        assertEquals(statements("/api/v1/join-rates", "level", "DISTRICT", "wardId", ward, "size", 2),
                statements("/api/v1/join-rates", "level", "DISTRICT", "wardId", ward, "size", 12), "join rates");
        assertEquals(statements("/api/v1/city-requests", "fiscalYear", FY, "size", 3),
                statements("/api/v1/city-requests", "fiscalYear", FY, "size", 12), "request list");
        assertEquals(statements("/api/v1/burden", "groupBy", "DISTRICT", "fiscalYear", FY, "wardId", ward, "size", 2),
                statements("/api/v1/burden", "groupBy", "DISTRICT", "fiscalYear", FY, "wardId", ward, "size", 6),
                "burden by district");
    }

    @Test
    void the_hot_reads_cost_what_is_pinned_here() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        counted.put("district", statements("/api/v1/districts/" + districts.get(0)));
        counted.put("district list", statements("/api/v1/districts", "wardId", ward, "size", 20));
        counted.put("organization", statements("/api/v1/organizations/" + organizations.get(0)));
        counted.put("request list", statements("/api/v1/city-requests", "fiscalYear", FY, "size", 50));
        counted.put("join rates (city)", statements("/api/v1/join-rates", "level", "CITY"));
        counted.put("join rates (ward)", statements("/api/v1/join-rates", "level", "WARD"));
        counted.put("burden by district", statements("/api/v1/burden", "groupBy", "DISTRICT", "fiscalYear", FY));
        String dashboard = "/api/v1/review-cycles/" + cycle + "/dashboard";
        counted.put("reduction dashboard (stored)", statements(dashboard));
        // the cycle retitled: the next call writes the dashboard again (ReviewDashboardService.dashboardJson)
        var c = Api.as(Api.adminToken()).get("/api/v1/review-cycles/" + cycle);
        Api.as(Api.adminToken()).header("If-Match", c.header("ETag")).body(Map.of("fiscalYear", FY, "baselineYear", FY - 1,
                "title", "計数 " + Api.unique("t"))).put("/api/v1/review-cycles/" + cycle).then().statusCode(200);
        var again = Api.as(office).get(dashboard);
        again.then().statusCode(200);
        counted.put("reduction dashboard (written again)", Integer.parseInt(again.header(StatementCountHeader.HEADER)));
        counted.put("plan tree", statements("/api/v1/plans/" + planId + "/tree"));
        Map<String, Integer> pinned = new LinkedHashMap<>();
        pinned.put("district", 3);
        pinned.put("district list", 3);
        pinned.put("organization", 2);
        pinned.put("request list", 7);
        pinned.put("join rates (city)", 2);
        pinned.put("join rates (ward)", 2);
        pinned.put("burden by district", 2);
        pinned.put("reduction dashboard (stored)", 2);
        pinned.put("reduction dashboard (written again)", 6);
        pinned.put("plan tree", 7);
        assertEquals(pinned, counted);
    }
}
