package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.csv;
import static jp.kyodo.transfer.Transfer.districtCode;
import static jp.kyodo.transfer.Transfer.filter;
import static jp.kyodo.transfer.Transfer.orgCode;
import static jp.kyodo.transfer.Transfer.utf8;
import static jp.kyodo.transfer.Transfer.wardCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * Safe imports (#11): a row carries the version it was exported with and is refused when its record changed
 * since; PARTIAL mode saves the good rows and reports the refused ones (and the rows that depend on them).
 */
@QuarkusTest
class SafeImportTest {

    static Response post(String dataset, String file, Boolean dryRun, String mode, String key) {
        var s = Transfer.as(Api.adminToken()).contentType("text/csv").accept("application/json, application/problem+json");
        if (dryRun != null) {
            s.queryParam("dryRun", dryRun);
        }
        if (mode != null) {
            s.queryParam("mode", mode);
        }
        if (key != null) {
            s.header("Idempotency-Key", key);
        }
        return s.body(utf8(file)).post("/api/v1/imports/" + dataset);
    }

    static long version(String path) {
        return Api.anonymous().get(path).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static void rename(long district, String code, String name, long ward) {
        String etag = Api.anonymous().get("/api/v1/districts/" + district).then().extract().header("ETag");
        Api.as(Api.adminToken()).header("If-Match", etag).body(Map.of("code", code, "name", name, "kana", "へんこう",
                "wardId", ward)).put("/api/v1/districts/" + district).then().statusCode(200);
    }

    // ---- expected version ------------------------------------------------------------------------

    @Test
    void a_row_whose_record_changed_since_the_export_is_refused_in_every_mode_and_in_the_dry_run() {
        Town t = Api.town("版確認", "はんかくにん");
        String code = districtCode(t.districtId());
        String ward = wardCode(t.wardId());
        long exported = version("/api/v1/districts/" + t.districtId());
        // someone corrects the district after the export
        rename(t.districtId(), code, "版確認（訂正）", t.wardId());
        String other = Api.unique("V");
        String file = csv("code,name,kana,wardCode,version", code + ",古い名前,ふるい," + ward + "," + exported,
                other + ",新しい校区,あたらしい," + ward + ",");

        for (String mode : new String[] {null, "ALL_OR_NOTHING", "PARTIAL"}) {
            post("districts", file, true, mode, null).then().statusCode(mode == null || mode.equals("ALL_OR_NOTHING") ? 422 : 200)
                    .body("dryRun", is(true)).body("applied", is(false)).body("written", is(0)).body("refused", is(1))
                    .body("errors[0].row", is(2)).body("errors[0].column", is("version")).body("errors[0].code", is("Stale"))
                    .body("errors[0].message", containsString("stored version " + (exported + 1)))
                    .body("rows.action", contains("INVALID", "CREATE"));
        }
        post("districts", file, false, null, null).then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("mode", is("ALL_OR_NOTHING")).body("errors[0].code", is("Stale")).body("detail", containsString("nothing was changed"));
        assertNull(Transfer.districtId(other));
        ImportResourceTest.district(t.districtId()).body("name", is("版確認（訂正）"));

        post("districts", file, false, "PARTIAL", null).then().statusCode(200).contentType(startsWith("application/json"))
                .body("mode", is("PARTIAL")).body("valid", is(false)).body("applied", is(true))
                .body("written", is(1)).body("refused", is(1)).body("errors[0].code", is("Stale"))
                .body("rows.action", contains("INVALID", "CREATE"));
        // the correction survives, the good row was saved
        ImportResourceTest.district(t.districtId()).body("name", is("版確認（訂正）"));
        assertNotNull(Transfer.districtId(other));
    }

    @Test
    void the_current_version_passes_a_blank_one_is_not_checked_and_a_version_on_a_new_row_is_refused() {
        Town t = Api.town("版一致", "はんいっち");
        String code = districtCode(t.districtId());
        String ward = wardCode(t.wardId());
        long current = version("/api/v1/districts/" + t.districtId());
        post("districts", csv("code,name,kana,wardCode,version", code + ",版一致改,はんいっち," + ward + "," + current), false, null, null)
                .then().statusCode(200).body("rows[0].action", is("UPDATE"));
        // now one version later: a row without a version is saved as before
        post("districts", csv("code,name,kana,wardCode,version", code + ",版一致再,はんいっち," + ward + ","), false, null, null)
                .then().statusCode(200).body("rows[0].action", is("UPDATE"));
        ImportResourceTest.district(t.districtId()).body("name", is("版一致再"));
        String created = Api.unique("V");
        post("districts", csv("code,name,kana,wardCode,更新番号", created + ",無い校区,ない," + ward + ",0"), true, null, null)
                .then().statusCode(422).body("errors[0].column", is("version")).body("errors[0].code", is("VersionOnCreate"));
    }

    @Test
    void an_exported_and_edited_membership_file_with_a_stale_row_is_refused_with_the_header_in_japanese() {
        Town t = Api.town("版加入", "はんかにゅう");
        byte[] file = Transfer.as(Api.adminToken()).queryParam("districtId", t.districtId()).queryParam("fiscalYear", 2025)
                .queryParam("headers", "ja").get("/api/v1/exports/membership-figures").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Transfer.readCsv(file);
        assertEquals("更新番号", rows.get(0).get(rows.get(0).size() - 1));
        // the association changes its figure after the export
        long a1 = t.associationIds().get(0);
        String etag = Api.anonymous().get("/api/v1/organizations/" + a1 + "/membership-figures/2025").then().extract().header("ETag");
        Api.putFigures(Api.adminToken(), a1, 2025, 100, 95, etag).then().statusCode(200);
        // the stale file raises every member count by one
        int members = rows.get(0).indexOf("加入世帯数");
        for (List<String> r : rows.subList(1, rows.size())) {
            r.set(members, Integer.toString(Integer.parseInt(r.get(members)) + 1));
        }
        Transfer.importFile(Api.adminToken(), "membership-figures", utf8(Transfer.writeCsv(rows)), "text/csv", false).then()
                .statusCode(422).body("errors", hasSize(1)).body("errors[0].code", is("Stale"))
                .body("errors[0].column", is("version"));
        Api.anonymous().get("/api/v1/organizations/" + a1 + "/membership-figures/2025").then().body("memberHouseholds", is(95));
    }

    // ---- partial mode --------------------------------------------------------------------------

    @Test
    void partial_mode_saves_the_good_rows_reports_the_bad_and_a_retry_with_the_key_answers_the_same_report() {
        Town t = Api.town("部分", "ぶぶん");
        String ward = wardCode(t.wardId());
        String good = Api.unique("P");
        String bad = Api.unique("P");
        String file = csv("code,name,kana,wardCode", good + ",部分一,ぶぶんいち," + ward, bad + ",部分二,カナでない字," + ward);
        String key = UUID.randomUUID().toString();

        post("districts", file, false, "PARTIAL", key).then().statusCode(200)
                .body("applied", is(true)).body("written", is(1)).body("refused", is(1))
                .body("counts.created", is(1)).body("counts.invalid", is(1))
                .body("errors[0].row", is(3)).body("errors[0].column", is("kana"))
                .body("rows.action", contains("CREATE", "INVALID"));
        assertNotNull(Transfer.districtId(good));
        assertNull(Transfer.districtId(bad));
        // the retry: the first report, nothing imported twice
        post("districts", file, false, "PARTIAL", key).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("written", is(1)).body("rows.action", contains("CREATE", "INVALID"));
        // the key stands for the mode too
        post("districts", file, false, null, key).then().statusCode(422).body("type", containsString("idempotency-key-reused"));
        // a bad mode is a 400 naming the parameter
        post("districts", file, false, "SOME", null).then().statusCode(400).body("errors[0].field", is("mode"));
    }

    @Test
    void in_partial_mode_an_organization_under_a_refused_row_is_refused_too_and_so_is_its_child() {
        Town t = Api.town("親子", "おやこ");
        String district = districtCode(t.districtId());
        String parent = Api.unique("O");
        String child = Api.unique("O");
        String grandchild = Api.unique("O");
        String sibling = Api.unique("O");
        String council = orgCode(t.councilId());
        String file = csv("code,kind,name,kana,districtCode,parentCode",
                grandchild + ",NEIGHBORHOOD_ASSOCIATION,孫町内会,まごちょうないかい," + district + "," + child,
                child + ",NEIGHBORHOOD_ASSOCIATION,子町内会,こちょうないかい," + district + "," + parent,
                parent + ",NO_SUCH_KIND,親の会,おやのかい," + district + "," + council,
                sibling + ",NEIGHBORHOOD_ASSOCIATION,隣町内会,となりちょうないかい," + district + "," + council);
        // all or nothing: only the bad row is invalid, nothing is saved
        post("organizations", file, false, null, null).then().statusCode(422).body("refused", is(1))
                .body("rows.action", contains("CREATE", "CREATE", "INVALID", "CREATE"));
        post("organizations", file, false, "PARTIAL", null).then().statusCode(200)
                .body("written", is(1)).body("refused", is(3))
                .body("rows.action", contains("INVALID", "INVALID", "INVALID", "CREATE"))
                .body("errors.findAll { it.code == 'RefusedDependency' }.row", contains(2, 3))
                .body("errors.findAll { it.code == 'RefusedDependency' }.column", everyItem(is("parentCode")));
        assertNotNull(Transfer.orgId(t.districtId(), sibling));
        assertNull(Transfer.orgId(t.districtId(), parent));
        assertNull(Transfer.orgId(t.districtId(), child));
        assertNull(Transfer.orgId(t.districtId(), grandchild));
    }

    // ---- district statistics -------------------------------------------------------------------

    @Test
    void statistics_import_creates_updates_keeps_and_refuses_rows_and_writes_the_history() {
        Town t = Api.town("統計", "とうけい");
        String code = districtCode(t.districtId());
        Api.as(Api.adminToken()).body(Map.of("population", 1000, "households", 450))
                .put("/api/v1/districts/" + t.districtId() + "/statistics/2024").then().statusCode(201);
        Api.as(Api.adminToken()).body(Map.of("population", 1010, "households", 455))
                .put("/api/v1/districts/" + t.districtId() + "/statistics/2025").then().statusCode(201);
        String file = csv("校区コード,年度,人口,世帯数,更新番号",
                code + ",2024,1000,450,0",          // unchanged
                code + ",2025,1020,460,",           // update
                code + ",2026,1030,470,",           // create
                code + ",2023,900,400,0",           // a version on a new row
                "NO-SUCH-DISTRICT,2026,1,1,",       // unknown district
                code + ",2027,-1,10,",              // invalid figure
                code + ",1800,1,1,");               // year out of range
        post("district-statistics", file, true, null, null).then().statusCode(422)
                .body("rows.action", contains("UNCHANGED", "UPDATE", "CREATE", "INVALID", "INVALID", "INVALID", "INVALID"))
                .body("rows[1].changed", contains("population", "households"))
                .body("rows.key", contains(code + "/2024", code + "/2025", code + "/2026", code + "/2023",
                        "NO-SUCH-DISTRICT/2026", code + "/2027", code + "/"))
                .body("errors.code", contains("VersionOnCreate", "Exists", "Min", "Range"))
                .body("errors.column", contains("version", "districtCode", "population", "fiscalYear"));
        post("district-statistics", file, false, "PARTIAL", null).then().statusCode(200)
                .body("written", is(2)).body("refused", is(4));
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/statistics").then().statusCode(200)
                .body("items.fiscalYear", contains(2026, 2025, 2024)).body("items.households", contains(470, 460, 450));
        Api.anonymous().get("/api/v1/districts/" + t.districtId()).then()
                .body("latestStatistics.fiscalYear", is(2026)).body("latestStatistics.households", is(470));
        Api.as(Api.adminToken()).get("/api/v1/districts/" + t.districtId() + "/history").then().statusCode(200)
                .body("items.findAll { it.entityType == 'DistrictStatistics' }.action", contains("CREATE", "UPDATE", "CREATE", "CREATE"));

        // a stale row: the 2025 figures changed since this export
        long v2025 = version2025(t.districtId());
        post("district-statistics", csv("districtCode,fiscalYear,population,households,version",
                code + ",2025,1,1," + (v2025 - 1)), false, null, null).then().statusCode(422)
                .body("errors[0].code", is("Stale"));
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/statistics").then().body("items[1].population", is(1020));
    }

    static long version2025(long district) {
        return Api.anonymous().get("/api/v1/districts/" + district + "/statistics").then().extract().jsonPath()
                .getLong("items.find { it.fiscalYear == 2025 }.version");
    }

    @Test
    void statistics_export_imports_back_unchanged_as_csv_and_xlsx_and_only_the_office_imports() {
        Town t = Api.town("統計往復", "とうけいおうふく");
        Api.as(Api.adminToken()).body(Map.of("population", 2000, "households", 900))
                .put("/api/v1/districts/" + t.districtId() + "/statistics/2025").then().statusCode(201);
        Map<String, ?> f = filter("districtId", t.districtId());
        byte[] csvFile = Transfer.export("district-statistics", "csv", f);
        List<List<String>> rows = Transfer.readCsv(csvFile);
        assertEquals(List.of("districtCode", "districtName", "fiscalYear", "population", "households", "version"), rows.get(0));
        assertEquals(List.of(districtCode(t.districtId()), "統計往復", "2025", "2000", "900", "0"), rows.get(1));
        Transfer.importFile(Api.adminToken(), "district-statistics", csvFile, "text/csv", false).then().statusCode(200)
                .body("rows.action", contains("UNCHANGED")).body("written", is(0));
        byte[] xlsx = Transfer.export("district-statistics", "xlsx", f);
        Transfer.importFile(Api.adminToken(), "district-statistics", xlsx, Transfer.XLSX, false).then().statusCode(200)
                .body("rows.action", contains("UNCHANGED"));
        Transfer.importFile(Api.token(Api.LIAISON), "district-statistics", csvFile, "text/csv", true).then().statusCode(403);
        Transfer.as(Api.token(Api.LIAISON)).get("/api/v1/imports/district-statistics/template").then().statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"district-statistics-template.csv\""));
    }

    @Test
    void the_resident_registry_pushes_aprils_households_and_a_late_retry_does_not_undo_the_offices_correction() {
        Town t = Api.town("台帳", "だいちょう");
        String code = districtCode(t.districtId());
        String push = csv("districtCode,fiscalYear,population,households", code + ",2026,3000,1400",
                "NO-SUCH-DISTRICT,2026,10,5");
        String key = "registry-households-" + UUID.randomUUID();
        post("district-statistics", push, true, "PARTIAL", null).then().statusCode(200).body("applied", is(false));
        post("district-statistics", push, false, "PARTIAL", key).then().statusCode(200)
                .body("written", is(1)).body("refused", is(1)).body("rows.action", contains("CREATE", "INVALID"));
        // the office corrects the figure by hand
        String etag = Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/statistics").then().extract()
                .jsonPath().getString("items[0].version");
        Api.as(Api.adminToken()).header("If-Match", "\"" + etag + "\"").body(Map.of("population", 3000, "households", 1390))
                .put("/api/v1/districts/" + t.districtId() + "/statistics/2026").then().statusCode(200);
        // the registry's late retry: the first report, nothing written
        post("district-statistics", push, false, "PARTIAL", key).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("written", is(1));
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/statistics").then().body("items[0].households", is(1390));
        // an export sent back with a change since its export is refused; the current one lands
        byte[] exported = Transfer.export("district-statistics", "csv", filter("districtId", t.districtId()));
        Api.as(Api.adminToken()).header("If-Match", "\"1\"").body(Map.of("population", 3001, "households", 1390))
                .put("/api/v1/districts/" + t.districtId() + "/statistics/2026").then().statusCode(200);
        Transfer.importFile(Api.adminToken(), "district-statistics", exported, "text/csv", false).then().statusCode(422)
                .body("errors[0].code", is("Stale"));
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/statistics").then().body("items[0].population", is(3001));
    }

    // ---- which households the join rate uses ---------------------------------------------------

    @Test
    void the_profile_shows_the_associations_and_the_registry_households_and_says_the_rate_uses_the_associations() {
        Town t = Api.town("世帯", "せたい");
        // associations report 100 + 300 households in 2025 (90 + 210 members); the registry counts 520
        Api.as(Api.adminToken()).body(Map.of("population", 1200, "households", 520))
                .put("/api/v1/districts/" + t.districtId() + "/statistics/2025").then().statusCode(201);
        Api.as(Api.adminToken()).queryParam("fiscalYear", 2025).get("/api/v1/districts/" + t.districtId() + "/profile")
                .then().statusCode(200)
                .body("households.fiscalYear", is(2025)).body("households.associations", is(400))
                .body("households.residentRegistry", is(520)).body("households.difference", is(120))
                .body("households.joinRateUses", is("ASSOCIATIONS"))
                .body("joinRates.find { it.fiscalYear == 2025 }.households", is(400))
                .body("joinRates.find { it.fiscalYear == 2025 }.joinRate", is(0.75f));
        // a year without statistics: the registry's figure is unknown (null), not 0
        Api.as(Api.adminToken()).queryParam("fiscalYear", 2024).get("/api/v1/districts/" + t.districtId() + "/profile")
                .then().statusCode(200).body("households.associations", is(400))
                .body("households.residentRegistry", org.hamcrest.Matchers.nullValue())
                .body("households.difference", org.hamcrest.Matchers.nullValue());
    }
}
