package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.csv;
import static jp.kyodo.transfer.Transfer.districtCode;
import static jp.kyodo.transfer.Transfer.filter;
import static jp.kyodo.transfer.Transfer.importCsv;
import static jp.kyodo.transfer.Transfer.importFile;
import static jp.kyodo.transfer.Transfer.orgCode;
import static jp.kyodo.transfer.Transfer.orgId;
import static jp.kyodo.transfer.Transfer.utf8;
import static jp.kyodo.transfer.Transfer.wardCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * 取込: what staff export imports back unchanged; a dry run shows what would change; a file with a bad row
 * changes nothing and says which row and column; a good file is saved and shows in the history.
 */
@QuarkusTest
class ImportResourceTest {

    static final String PROBLEM_JSON = "application/problem+json";

    static long createDistrict(long wardId, String code, String name, String kana, String note) {
        Map<String, Object> body = Api.body("code", code, "name", name, "kana", kana, "wardId", wardId, "note", note);
        return Api.as(Api.adminToken()).body(body).post("/api/v1/districts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    static ValidatableResponse district(long id) {
        return Api.anonymous().get("/api/v1/districts/" + id).then().statusCode(200);
    }

    // ---- round trip -----------------------------------------------------------------------------

    @Test
    void an_export_imports_back_with_every_row_unchanged_as_csv() {
        Town t = Api.town("往復", "おうふく");
        createDistrict(t.wardId(), Api.unique("D"), "往復二", "オウフクニ", "=SUM(A1), \"引用\"\n改行あり");
        roundTrip("districts", "csv", "text/csv", filter("wardId", t.wardId()), 2);
        roundTrip("organizations", "csv", "text/csv", filter("districtId", t.districtId()), 3);
        roundTrip("membership-figures", "csv", "text/csv", filter("districtId", t.districtId()), 4);
    }

    @Test
    void an_export_imports_back_with_every_row_unchanged_as_xlsx() {
        Town t = Api.town("往復表", "おうふくひょう");
        createDistrict(t.wardId(), Api.unique("D"), "往復表二", "おうふくひょうに", "=SUM(A1), \"引用\"\n改行あり");
        long a = t.associationIds().get(0);
        Api.as(Api.adminToken()).header("If-Match", etag("/api/v1/organizations/" + a))
                .body(Map.of("kind", "NEIGHBORHOOD_ASSOCIATION", "name", "往復表一丁目町内会", "kana", "おうふくひょういっちょうめ",
                        "districtId", t.districtId(), "parentId", t.councilId(), "foundedOn", "1962-04-01",
                        "legalEntity", true, "legalEntitySince", "1998-10-01", "publishesAccounts", true))
                .put("/api/v1/organizations/" + a).then().statusCode(200);
        roundTrip("districts", "xlsx", Transfer.XLSX, filter("wardId", t.wardId()), 2);
        roundTrip("organizations", "xlsx", "application/octet-stream", filter("districtId", t.districtId()), 3);
        roundTrip("membership-figures", "xlsx", Transfer.XLSX, filter("districtId", t.districtId()), 4);
    }

    static String etag(String path) {
        return Api.anonymous().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void roundTrip(String dataset, String format, String contentType, Map<String, ?> filter,
            int rows) {
        byte[] file = Transfer.export(dataset, format, filter);
        importFile(Api.adminToken(), dataset, file, contentType, false).then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("dataset", is(dataset)).body("valid", is(true)).body("applied", is(true))
                .body("counts.unchanged", is(rows)).body("counts.created", is(0)).body("counts.updated", is(0))
                .body("errors", hasSize(0)).body("rows.action", everyItem(is("UNCHANGED")));
    }

    // ---- dry run and real import ---------------------------------------------------------------

    @Test
    void a_dry_run_reports_creates_and_updates_and_changes_nothing_then_the_import_saves_with_history() {
        Town t = Api.town("試行", "しこう");
        String code = districtCode(t.districtId());
        String ward = wardCode(t.wardId());
        String newCode = Api.unique("D");
        String file = csv("code,name,kana,wardCode", code + ",試行改,しこう," + ward, newCode + ",新校区,シンコウク," + ward);

        importCsv("districts", file, true).then().statusCode(200)
                .body("dryRun", is(true)).body("valid", is(true)).body("applied", is(false))
                .body("counts.created", is(1)).body("counts.updated", is(1)).body("counts.unchanged", is(0))
                .body("rows.row", contains(2, 3)).body("rows.action", contains("UPDATE", "CREATE"))
                .body("rows[0].key", is(code)).body("rows[0].changed", contains("name"));
        district(t.districtId()).body("name", is("試行"));
        assertNull(Transfer.districtId(newCode));

        importCsv("districts", file, false).then().statusCode(200)
                .body("dryRun", is(false)).body("applied", is(true)).body("counts.created", is(1))
                .body("counts.updated", is(1));
        // the column left out (communityHall) keeps its value
        district(t.districtId()).body("name", is("試行改")).body("communityHall", is("試行公民館"));
        Long created = Transfer.districtId(newCode);
        assertNotNull(created);
        district(created).body("kana", is("しんこうく")).body("wardId", is((int) t.wardId()));
        Api.as(Api.adminToken()).get("/api/v1/districts/" + t.districtId() + "/history").then().statusCode(200)
                .body("items[0].action", is("UPDATE")).body("items[0].actor", is("admin"))
                .body("items[0].changes.field", contains("name"));
        Api.as(Api.adminToken()).get("/api/v1/districts/" + created + "/history").then().statusCode(200)
                .body("items[0].action", is("CREATE"));

        // sending the same file again is harmless
        importCsv("districts", file, false).then().statusCode(200).body("counts.unchanged", is(2));
    }

    @Test
    void membership_figures_are_saved_and_show_in_the_association_history() {
        Town t = Api.town("加入取込", "かにゅうとりこみ");
        long a = t.associationIds().get(0);
        String file = csv("organizationCode,fiscalYear,households,memberHouseholds,areaCountMethod,source",
                orgCode(a) + ",2025,100,95,RESIDENT_REGISTRY,",
                orgCode(a) + ",2026,105,99,住民基本台帳,住民基本台帳 2026年4月1日");
        importCsv("membership-figures", file, false).then().statusCode(200)
                .body("counts.updated", is(1)).body("counts.created", is(1))
                .body("rows.key", contains(orgCode(a) + "/2025", orgCode(a) + "/2026"))
                .body("rows[0].changed", contains("memberHouseholds"));
        Api.anonymous().get("/api/v1/organizations/" + a + "/membership-figures/2026").then().statusCode(200)
                .body("memberHouseholds", is(99)).body("areaCountMethod", is("RESIDENT_REGISTRY"))
                .body("source", is("住民基本台帳 2026年4月1日"));
        Api.as(Api.adminToken()).get("/api/v1/organizations/" + a + "/history").then().statusCode(200)
                .body("items[0].entityType", is("MembershipFigure")).body("items[0].action", is("CREATE"))
                .body("items[1].entityType", is("MembershipFigure")).body("items[1].action", is("UPDATE"))
                .body("items[1].changes.field", hasItem("memberHouseholds"));
    }

    // ---- invalid rows -----------------------------------------------------------------------------

    @Test
    void a_bad_row_changes_nothing_and_the_problem_names_each_row_and_column() {
        Town t = Api.town("検査", "けんさ");
        String code = districtCode(t.districtId());
        String ward = wardCode(t.wardId());
        String newCode = Api.unique("D");
        String file = csv("code,name,kana,wardCode",
                code + ",良い行,よいぎょう," + ward,
                newCode + ",悪いよみ,kana," + ward,
                code + ",重複,ちょうふく," + ward,
                Api.unique("D") + ",区なし,くなし,NO-SUCH-WARD");

        importCsv("districts", file, false).then().statusCode(422).contentType(startsWith(PROBLEM_JSON))
                .body("type", endsWith("/problems/import-rows-invalid")).body("status", is(422))
                .body("title", is("The file has invalid rows")).body("detail", containsString("nothing was changed"))
                .body("instance", is("/api/v1/imports/districts"))
                .body("valid", is(false)).body("applied", is(false)).body("errorCount", is(3))
                .body("errors.row", contains(3, 4, 5))
                .body("errors.column", contains("kana", "code", "wardCode"))
                .body("errors.code", contains("Pattern", "Duplicate", "Exists"))
                .body("errors[1].message", containsString("row 2"))
                .body("rows.action", contains("UPDATE", "INVALID", "INVALID", "INVALID"))
                .body("counts.invalid", is(3));
        // the good row of the same file was not applied
        district(t.districtId()).body("name", is("検査"));
        assertNull(Transfer.districtId(newCode));
    }

    @Test
    void membership_rules_of_the_api_apply_row_by_row() {
        Town t = Api.town("加入検査", "かにゅうけんさ");
        long a1 = t.associationIds().get(0);
        long a2 = t.associationIds().get(1);
        String file = csv("organizationCode,fiscalYear,households,memberHouseholds,areaCountMethod",
                orgCode(a1) + ",2025,100,95,RESIDENT_REGISTRY",
                orgCode(a2) + ",2025,300,301,RESIDENT_REGISTRY",
                orgCode(t.councilId()) + ",2025,10,5,SURVEY",
                "NO-SUCH-ORG,2025,10,5,SURVEY",
                orgCode(a1) + ",20x5,100,5,GUESS");
        importCsv("membership-figures", file, true).then().statusCode(422)
                .body("dryRun", is(true))
                .body("errors.row", contains(3, 4, 5, 6, 6))
                .body("errors.column", contains("memberHouseholds", "organizationCode", "organizationCode",
                        "fiscalYear", "areaCountMethod"))
                .body("errors.code", contains("NotAboveHouseholds", "HasMembership", "Exists", "Integer", "Enum"))
                .body("rows[0].action", is("UPDATE"));
        importCsv("membership-figures", file, false).then().statusCode(422).body("applied", is(false));
        Api.anonymous().get("/api/v1/organizations/" + a1 + "/membership-figures/2025").then()
                .body("memberHouseholds", is(90));
    }

    @Test
    void an_unknown_district_refuses_the_file_and_its_good_rows() {
        Town t = Api.town("団体検査", "だんたいけんさ");
        String dc = districtCode(t.districtId());
        String good = Api.unique("O");
        String file = csv("code,kind,name,kana,districtCode",
                good + ",NEIGHBORHOOD_ASSOCIATION,新町内会,しんちょうないかい," + dc,
                Api.unique("O") + ",NEIGHBORHOOD_ASSOCIATION,迷子町内会,まいごちょうないかい,NO-SUCH-DISTRICT",
                Api.unique("O") + ",NO_SUCH_KIND,謎の会,なぞのかい," + dc);
        importCsv("organizations", file, false).then().statusCode(422)
                .body("errors.row", contains(3, 4)).body("errors.column", contains("districtCode", "kind"))
                .body("errors.code", contains("Exists", "Exists"));
        assertNull(orgId(t.districtId(), good));
    }

    @Test
    void the_header_is_checked_before_the_rows() {
        importCsv("districts", csv("code,name,phone,comunityHall,name", "X,x,1,y,z"), true).then().statusCode(422)
                .body("errors.row", everyItem(is(1)))
                .body("errors.code", contains("UnknownColumn", "UnknownColumn", "DuplicateColumn"))
                .body("errors[0].message", containsString("personal data is not imported"))
                .body("rows", hasSize(0));
        importCsv("membership-figures", csv("organizationCode,households", "X,1"), true).then().statusCode(422)
                .body("errors[0].column", is("fiscalYear")).body("errors[0].code", is("MissingColumn"));
    }

    // ---- organizations: parents in the same file -------------------------------------------------

    @Test
    void parents_may_be_listed_before_or_after_their_children() {
        Town t = Api.town("親子", "おやこ");
        String dc = districtCode(t.districtId());
        String council = Api.unique("C");
        String assoc = Api.unique("A");
        String block = Api.unique("B");
        String file = csv("code,kind,name,kana,districtCode,parentCode,legalEntity,foundedOn",
                block + ",BLOCK,一班,いっぱん," + dc + "," + assoc + ",,",
                assoc + ",自治会・町内会,後町内会,あとちょうないかい," + dc + "," + council + ",はい,1970/4/1",
                council + ",DISTRICT_COUNCIL,後協議会,あときょうぎかい," + dc + ",,0,");
        importCsv("organizations", file, false).then().statusCode(200).body("counts.created", is(3));
        Long c = orgId(t.districtId(), council);
        Long a = orgId(t.districtId(), assoc);
        Long b = orgId(t.districtId(), block);
        Api.anonymous().get("/api/v1/organizations/" + a).then().statusCode(200)
                .body("parentId", is(c.intValue())).body("kind", is("NEIGHBORHOOD_ASSOCIATION"))
                .body("legalEntity", is(true)).body("foundedOn", is("1970-04-01"));
        Api.anonymous().get("/api/v1/organizations/" + b).then().body("parentId", is(a.intValue()));
        Api.anonymous().get("/api/v1/organizations/" + c).then().body("parentId", nullValue());
        importCsv("organizations", file, false).then().statusCode(200).body("counts.unchanged", is(3));
    }

    @Test
    void a_parent_that_would_make_a_cycle_is_refused() {
        Town t = Api.town("循環", "じゅんかん");
        String dc = districtCode(t.districtId());
        String x = Api.unique("X");
        String y = Api.unique("Y");
        importCsv("organizations", csv("code,kind,name,kana,districtCode,parentCode",
                x + ",BLOCK,甲班,こうはん," + dc + "," + y,
                y + ",BLOCK,乙班,おつはん," + dc + "," + x), true).then().statusCode(422)
                .body("errors.code", contains("Cycle", "Cycle")).body("errors.column", everyItem(is("parentCode")));
        // the stored council under its own association
        importCsv("organizations", csv("code,parentCode",
                orgCode(t.councilId()) + "," + orgCode(t.associationIds().get(0))), true).then().statusCode(422)
                .body("errors[0].code", is("Cycle"));
        // a parent in another district
        Town other = Api.town("他校区", "たこうく");
        importCsv("organizations", csv("code,parentCode",
                orgCode(t.associationIds().get(0)) + "," + orgCode(other.councilId())), true).then().statusCode(422)
                .body("errors[0].code", is("SameDistrict"));
    }

    // ---- columns and file formats ------------------------------------------------------------------

    @Test
    void japanese_headers_katakana_and_shift_jis_from_excel_are_accepted() {
        Town t = Api.town("日本語", "にほんご");
        String code = Api.unique("D");
        String file = csv("校区コード,校区名,よみ,区コード,公民館", code + ",日本語見出し,ニホンゴミダシ," + wardCode(t.wardId()) + ",見出し公民館");
        importFile(Api.adminToken(), "districts", file.getBytes(Charset.forName("windows-31j")), "text/csv", false)
                .then().statusCode(200).body("counts.created", is(1));
        district(Transfer.districtId(code)).body("name", is("日本語見出し")).body("kana", is("にほんごみだし"))
                .body("communityHall", is("見出し公民館"));
    }

    @Test
    void a_column_left_out_keeps_stored_values_but_a_new_record_needs_it() {
        Town t = Api.town("部分", "ぶぶん");
        String code = districtCode(t.districtId());
        importCsv("districts", csv("code,note", code + ",メモだけ", Api.unique("D") + ",新規"), true).then()
                .statusCode(422).body("errors.row", everyItem(is(3)))
                .body("errors.column", contains("name", "kana", "wardCode"))
                .body("errors[0].message", containsString("the file has no column 'name'"));
        importCsv("districts", csv("code,note", code + ",メモだけ"), false).then().statusCode(200)
                .body("rows[0].changed", contains("note"));
        district(t.districtId()).body("note", is("メモだけ")).body("name", is("部分")).body("communityHall", is("部分公民館"));
    }

    @Test
    void files_that_are_not_csv_or_xlsx_are_refused_with_a_problem() throws IOException {
        String admin = Api.adminToken();
        importFile(admin, "districts", utf8("{}"), "application/json", true).then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        importFile(admin, "districts", xls, "application/vnd.ms-excel", true).then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON)).body("detail", containsString(".xls"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write(utf8("hello"));
        }
        importFile(admin, "districts", zip.toByteArray(), "application/octet-stream", true).then().statusCode(415)
                .body("detail", containsString("not an Excel workbook"));
        byte[] xlsx = Transfer.export("districts", "xlsx", Map.of());
        importFile(admin, "districts", Arrays.copyOf(xlsx, xlsx.length / 2), Transfer.XLSX, true).then()
                .statusCode(oneOf(400, 415)).contentType(startsWith(PROBLEM_JSON));
        importFile(admin, "districts", utf8("hello"), Transfer.XLSX, true).then().statusCode(415);
        importFile(admin, "districts", new byte[0], "text/csv", true).then().statusCode(400)
                .body("detail", is("The file is empty"));
        importFile(admin, "districts", new byte[] {1, 0, 2, 3}, "application/octet-stream", true).then()
                .statusCode(415);
        importFile(admin, "districts", utf8("code,name\r\n\"never ends"), "text/csv", true).then().statusCode(400)
                .body("detail", containsString("row 2"));
    }

    @Test
    void a_dry_run_flag_other_than_true_or_false_is_refused_rather_than_read_as_false() {
        Town t = Api.town("旗", "はた");
        String file = csv("code,name", districtCode(t.districtId()) + ",旗改");
        for (String flag : List.of("1", "yes", "")) {
            Transfer.as(Api.adminToken()).contentType("text/csv").queryParam("dryRun", flag).body(utf8(file))
                    .post("/api/v1/imports/districts").then().statusCode(400)
                    .contentType(startsWith(PROBLEM_JSON)).body("errors[0].field", is("dryRun"));
        }
        district(t.districtId()).body("name", is("旗"));
        importCsv("districts", file, true).then().statusCode(200).body("applied", is(false));
        Transfer.as(Api.adminToken()).contentType("text/csv").queryParam("dryRun", "TRUE").body(utf8(file))
                .post("/api/v1/imports/districts").then().statusCode(200).body("dryRun", is(true));
        district(t.districtId()).body("name", is("旗"));
    }

    @Test
    void more_than_20000_rows_are_refused_before_any_row_is_checked() {
        StringBuilder sb = new StringBuilder("code,name,kana,wardCode\r\n");
        for (int i = 0; i <= 20_000; i++) {
            sb.append("CAP-").append(i).append(",n,かな,W\r\n");
        }
        importCsv("districts", sb.toString(), true).then().statusCode(422)
                .body("errors", hasSize(1)).body("errors[0].code", is("MaxRows")).body("errors[0].row", is(20_002))
                .body("errors[0].message", containsString("20000"));
    }

    // ---- who may import ---------------------------------------------------------------------------

    @Test
    void only_admin_and_office_may_import() {
        byte[] file = utf8(csv("code,name,kana,wardCode"));
        for (String role : List.of(Api.LIAISON, Api.DEPARTMENT, Api.COMMITTEE)) {
            for (String dataset : List.of("districts", "organizations", "membership-figures")) {
                importFile(Api.token(role), dataset, file, "text/csv", true).then().statusCode(403)
                        .contentType(startsWith(PROBLEM_JSON));
            }
        }
        importFile(null, "districts", file, "text/csv", true).then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON));
        importFile(Api.token(Api.OFFICE), "districts", file, "text/csv", false).then().statusCode(200)
                .body("valid", is(true)).body("rows", hasSize(0));
    }

    // ---- the history reads the same as after an edit through the API ------------------------------

    @Test
    void an_imported_organization_has_the_same_history_as_one_created_through_the_api() {
        Town t = Api.town("履歴", "りれき");
        long viaApi = Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", t.districtId(), t.councilId(), "手入力町内会",
                "てにゅうりょくちょうないかい");
        String code = Api.unique("O");
        importCsv("organizations", csv("code,kind,name,kana,districtCode,parentCode",
                code + ",NEIGHBORHOOD_ASSOCIATION,取込町内会,とりこみちょうないかい," + districtCode(t.districtId()) + ","
                        + orgCode(t.councilId())), false).then().statusCode(200);
        long viaImport = orgId(t.districtId(), code);
        List<String> apiFields = history(viaApi);
        assertEquals(apiFields, history(viaImport));
        Api.as(Api.adminToken()).get("/api/v1/organizations/" + viaImport + "/history").then()
                .body("items[0].entityType", is("Organization")).body("items[0].action", is("CREATE"));
    }

    private static List<String> history(long organizationId) {
        return Api.as(Api.adminToken()).get("/api/v1/organizations/" + organizationId + "/history").then()
                .statusCode(200).extract().jsonPath().getList("items[0].changes.field");
    }
}
