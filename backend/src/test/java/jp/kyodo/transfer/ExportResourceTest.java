package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.as;
import static jp.kyodo.transfer.Transfer.filter;
import static jp.kyodo.transfer.Transfer.orgCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/** 出力: files Excel opens correctly, with the list filters, never with personal data, for every signed-in role. */
@QuarkusTest
class ExportResourceTest {

    @Test
    void a_csv_export_starts_with_the_bom_uses_crlf_and_names_the_file() {
        Town t = Api.town("出力", "しゅつりょく");
        Response r = as(Api.adminToken()).queryParam("wardId", t.wardId()).get("/api/v1/exports/districts");
        r.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"districts-\\d{8}\\.csv\""))
                .header("Cache-Control", is("no-store"));
        byte[] file = r.asByteArray();
        assertEquals(0xEF, file[0] & 0xFF);
        assertEquals(0xBB, file[1] & 0xFF);
        assertEquals(0xBF, file[2] & 0xFF);
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,name,kana,wardCode,communityHall,note,version\r\n"), text);
        assertFalse(text.replace("\r\n", "").contains("\n"), "only CRLF line ends");
        List<List<String>> rows = Transfer.readCsv(file);
        assertEquals(2, rows.size());
        assertEquals(List.of(Transfer.districtCode(t.districtId()), "出力", "しゅつりょく", Transfer.wardCode(t.wardId()),
                "出力公民館", "", "0"), rows.get(1));
    }

    @Test
    void an_xlsx_export_has_the_rows_on_the_first_sheet_and_explains_the_columns_on_the_second() {
        Town t = Api.town("表計算", "ひょうけいさん");
        Response r = as(Api.adminToken()).queryParam("districtId", t.districtId()).queryParam("fiscalYear", 2025)
                .queryParam("format", "xlsx").get("/api/v1/exports/membership-figures");
        r.then().statusCode(200).contentType(startsWith(Transfer.XLSX))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"membership-figures-\\d{8}\\.xlsx\""));
        byte[] file = r.asByteArray();
        assertEquals(2, Transfer.sheetCount(file));
        List<List<String>> rows = Transfer.readXlsx(file);
        assertEquals(List.of("organizationCode", "organizationName", "fiscalYear", "households", "memberHouseholds",
                "areaCountMethod", "source", "note", "version"), rows.get(0));
        assertEquals(3, rows.size());
        String a1 = orgCode(t.associationIds().get(0));
        List<String> row = rows.stream().filter(x -> x.get(0).equals(a1)).findFirst().orElseThrow();
        assertEquals(List.of(a1, "表計算一丁目町内会", "2025", "100", "90", "RESIDENT_REGISTRY"), row.subList(0, 6));
    }

    @Test
    void exports_take_the_filters_of_the_lists() {
        Town t = Api.town("絞込", "しぼりこみ");
        Map<String, Object> f = filter("districtId", t.districtId());
        assertEquals(4, Transfer.readCsv(Transfer.export("organizations", "csv", f)).size());
        f.put("kind", "NEIGHBORHOOD_ASSOCIATION");
        assertEquals(3, Transfer.readCsv(Transfer.export("organizations", "csv", f)).size());
        Map<String, Object> byWard = filter("wardId", t.wardId());
        byWard.put("fiscalYear", 2024);
        List<List<String>> figures = Transfer.readCsv(Transfer.export("membership-figures", "csv", byWard));
        assertEquals(3, figures.size());
        assertEquals("2024", figures.get(1).get(2));
        assertEquals(2, Transfer.readCsv(Transfer.export("districts", "csv", Map.of("q", "ｼﾎﾞﾘｺﾐ",
                "wardId", t.wardId()))).size());
    }

    @Test
    void contacts_are_never_exported() {
        Town t = Api.town("個人", "こじん");
        Map<String, Object> body = Api.body("kind", "NEIGHBORHOOD_ASSOCIATION", "name", "連絡先町内会",
                "kana", "れんらくさきちょうないかい", "districtId", t.districtId(),
                "contact", Map.of("name", "秘密 太郎", "phone", "092-111-2222", "email", "himitsu@example.jp"));
        Api.as(Api.adminToken()).body(body).post("/api/v1/organizations").then().statusCode(201);
        for (String format : List.of("csv", "xlsx")) {
            byte[] file = Transfer.export("organizations", format, filter("districtId", t.districtId()));
            List<List<String>> rows = format.equals("csv") ? Transfer.readCsv(file) : Transfer.readXlsx(file);
            String all = rows.toString();
            assertTrue(all.contains("連絡先町内会"), all);
            assertFalse(all.contains("秘密") || all.contains("092-111-2222") || all.contains("himitsu"), all);
            assertFalse(rows.get(0).stream().anyMatch(h -> h.toLowerCase().contains("contact")), rows.get(0).toString());
        }
    }

    @Test
    void templates_hold_the_header_only() {
        byte[] csv = as(Api.token(Api.LIAISON)).get("/api/v1/imports/organizations/template").then().statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"organizations-template.csv\""))
                .extract().asByteArray();
        assertEquals("\uFEFFcode,kind,subKind,name,kana,districtCode,wardCode,parentCode,foundedOn,legalEntity,"
                + "legalEntitySince,publishesAssemblyDocuments,publishesAccounts,version\r\n", new String(csv, StandardCharsets.UTF_8));
        byte[] xlsx = as(Api.token(Api.OFFICE)).queryParam("format", "xlsx").get("/api/v1/imports/districts/template")
                .then().statusCode(200).contentType(startsWith(Transfer.XLSX)).extract().asByteArray();
        assertEquals(List.of(List.of("code", "name", "kana", "wardCode", "communityHall", "note", "version")), Transfer.readXlsx(xlsx));
        assertEquals(2, Transfer.sheetCount(xlsx));
        // an empty template imports as an empty, valid file
        Transfer.importFile(Api.adminToken(), "districts", xlsx, Transfer.XLSX, true).then().statusCode(200)
                .body("valid", is(true)).body("counts.created", is(0));
    }

    @Test
    void every_signed_in_role_may_export_and_the_public_may_not() {
        for (String role : List.of(Api.DEPARTMENT, Api.LIAISON, Api.COMMITTEE)) {
            for (String dataset : List.of("districts", "organizations", "membership-figures")) {
                var call = as(Api.token(role)).queryParam("wardId", -1);
                if (dataset.equals("membership-figures")) {
                    call = call.queryParam("fiscalYear", 1999);
                }
                call.get("/api/v1/exports/" + dataset).then().statusCode(200);
            }
        }
        for (String path : List.of("/api/v1/exports/districts", "/api/v1/exports/organizations",
                "/api/v1/exports/membership-figures", "/api/v1/imports/districts/template")) {
            as(null).get(path).then().statusCode(401).contentType(startsWith("application/problem+json"));
        }
    }

    @Test
    void an_unknown_format_is_a_validation_problem() {
        as(Api.adminToken()).queryParam("format", "pdf").get("/api/v1/exports/districts").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", is("format"))
                .body("errors[0].message", containsString("csv or xlsx"));
    }

    @Test
    void headers_ja_writes_the_japanese_labels_and_the_file_imports_back_unchanged() {
        Town t = Api.town("見出し", "みだし");
        byte[] csv = as(Api.adminToken()).queryParam("wardId", t.wardId()).queryParam("headers", "ja")
                .get("/api/v1/exports/districts").then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF校区コード,校区名,よみ,区コード,公民館,備考,更新番号\r\n"), text);
        Transfer.importFile(Api.adminToken(), "districts", csv, "text/csv", true).then().statusCode(200)
                .body("valid", is(true)).body("counts.unchanged", is(1));

        byte[] xlsx = as(Api.adminToken()).queryParam("districtId", t.districtId()).queryParam("fiscalYear", 2025)
                .queryParam("format", "xlsx").queryParam("headers", "ja").get("/api/v1/exports/membership-figures")
                .then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Transfer.readXlsx(xlsx);
        assertFalse(rows.get(0).contains("organizationCode"), rows.get(0).toString());
        assertTrue(rows.get(0).stream().allMatch(h -> h.codePoints().anyMatch(c -> c > 0x3000)), rows.get(0).toString());
        Transfer.importFile(Api.adminToken(), "membership-figures", xlsx, Transfer.XLSX, true).then().statusCode(200)
                .body("valid", is(true)).body("counts.unchanged", is(2));

        as(Api.adminToken()).queryParam("headers", "ja").get("/api/v1/exports/city-requests").then().statusCode(200);
    }

    @Test
    void an_unknown_headers_value_is_a_validation_problem() {
        as(Api.adminToken()).queryParam("headers", "fr").get("/api/v1/exports/districts").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", is("headers"));
    }
}
