package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * 表示名での出力 (labels=ja): kinds, statuses, methods and yes/no are written as the Japanese labels the screens show,
 * and the file imports back with every row unchanged.
 */
@QuarkusTest
class LabelsExportTest {

    static List<String> row(List<List<String>> rows, String code) {
        return rows.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    @Test
    void organizations_are_exported_with_the_labels_of_their_kinds_and_import_back_unchanged() {
        Town t = Api.town("表示名", "ひょうじめい");
        long children = as(Api.adminToken()).contentType("application/json").body(Map.of("kind", "RESIDENT_GROUP",
                "subKind", "CHILDREN", "name", "表示名子供会", "kana", "ひょうじめいこどもかい", "districtId", t.districtId(),
                "parentId", t.councilId())).post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        String childrenCode = Transfer.orgCode(children);

        byte[] csv = as(Api.adminToken()).queryParam("districtId", t.districtId()).queryParam("headers", "ja")
                .queryParam("labels", "ja").get("/api/v1/exports/organizations").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Transfer.readCsv(csv);
        assertEquals("種別", rows.get(0).get(1));
        assertEquals(List.of("自治協議会", "自治会・町内会", "各種住民団体"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(1)).distinct().sorted((a, b) -> order(a) - order(b)).toList());
        List<String> child = row(rows, childrenCode);
        assertEquals("各種住民団体", child.get(1));
        assertEquals("子供会", child.get(2));
        // yes/no as はい/いいえ
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.get(9).equals("いいえ") || r.get(9).equals("はい")),
                rows.toString());
        assertTrue(new String(csv, StandardCharsets.UTF_8).indexOf("NEIGHBORHOOD_ASSOCIATION") < 0);

        Transfer.importFile(Api.adminToken(), "organizations", csv, "text/csv", true).then().statusCode(200)
                .body("valid", is(true)).body("counts.unchanged", is(4)).body("rows.action", everyItem(is("UNCHANGED")));

        // without labels: the codes, as before
        List<List<String>> coded = Transfer.readCsv(as(Api.adminToken()).queryParam("districtId", t.districtId())
                .get("/api/v1/exports/organizations").then().statusCode(200).extract().asByteArray());
        assertEquals("RESIDENT_GROUP", row(coded, childrenCode).get(1));
        assertEquals("CHILDREN", row(coded, childrenCode).get(2));
        assertEquals("false", row(coded, childrenCode).get(9));
    }

    private static int order(String kind) {
        return List.of("自治協議会", "自治会・町内会", "各種住民団体").indexOf(kind);
    }

    @Test
    void membership_figures_name_the_counting_method_in_japanese_in_xlsx_and_import_back_unchanged() {
        Town t = Api.town("把握方法", "はあくほうほう");
        byte[] xlsx = as(Api.adminToken()).queryParam("districtId", t.districtId()).queryParam("fiscalYear", 2024)
                .queryParam("format", "xlsx").queryParam("headers", "ja").queryParam("labels", "ja")
                .get("/api/v1/exports/membership-figures").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Transfer.readXlsx(xlsx);
        assertEquals("世帯数の把握方法", rows.get(0).get(5));
        assertEquals(List.of("住民基本台帳"), rows.subList(1, rows.size()).stream().map(r -> r.get(5)).distinct().toList());
        Transfer.importFile(Api.adminToken(), "membership-figures", xlsx, Transfer.XLSX, true).then().statusCode(200)
                .body("valid", is(true)).body("counts.unchanged", is(rows.size() - 1));
    }

    @Test
    void city_requests_write_kind_asks_receivers_channel_and_status_as_labels_and_import_back_unchanged() {
        long sectionId = Api.createSection("表示局", "表示課");
        String sectionCode = Api.anonymous().get("/api/v1/sections/" + sectionId).jsonPath().getString("code");
        String dept = Api.departmentUser(sectionId);
        String c1 = Api.unique("LBL");
        String c2 = Api.unique("LBL");
        String file = "code,title,sectionCode,fiscalYear,kind,asks,receiverKinds,districtCodes,channel,months,people,hoursPerPerson,status,mandatory\r\n"
                + c1 + ",防犯チラシの回覧," + sectionCode + ",2025,COOPERATION,CIRCULATION;POSTING,NEIGHBORHOOD_ASSOCIATION;DISTRICT_COUNCIL,,BLOCK_CIRCULATION,6x2;11,1,1.5,DRAFT,true\r\n"
                + c2 + ",講座のご案内," + sectionCode + ",2025,NOTICE,DISTRIBUTION,NEIGHBORHOOD_ASSOCIATION,,DIRECT,5,1,0.5,ENDED,false\r\n";
        Transfer.importFile(dept, "city-requests", file.getBytes(StandardCharsets.UTF_8), "text/csv", false).then()
                .statusCode(200).body("counts.created", is(2));

        byte[] csv = Api.as(dept).accept("text/csv").queryParam("sectionId", sectionId).queryParam("headers", "ja")
                .queryParam("labels", "ja").get("/api/v1/exports/city-requests").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Transfer.readCsv(csv);
        List<String> header = rows.get(0);
        List<String> r1 = row(rows, c1);
        assertEquals("協力依頼", r1.get(header.indexOf("区分")));
        assertEquals("回覧;掲示", r1.get(header.indexOf("依頼内容")));
        assertEquals("自治協議会;自治会・町内会", r1.get(header.indexOf("依頼先")));
        assertEquals("班回覧", r1.get(header.indexOf("経路")));
        assertEquals("下書き", r1.get(header.indexOf("状態")));
        assertEquals("はい", r1.get(header.indexOf("義務的")));
        List<String> r2 = row(rows, c2);
        assertEquals("連絡・提案", r2.get(header.indexOf("区分")));
        assertEquals("自治会へ直接", r2.get(header.indexOf("経路")));
        assertEquals("終了", r2.get(header.indexOf("状態")));
        assertEquals("いいえ", r2.get(header.indexOf("義務的")));

        Transfer.importFile(dept, "city-requests", csv, "text/csv", true).then().statusCode(200).body("valid", is(true))
                .body("rows.action", everyItem(is("UNCHANGED")));
    }

    @Test
    void an_unknown_labels_value_is_a_validation_problem_on_every_export() {
        for (String path : new String[] {"districts", "organizations", "membership-figures", "city-requests", "meeting-log"}) {
            as(Api.adminToken()).queryParam("labels", "en").get("/api/v1/exports/" + path).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", is("labels"));
            as(Api.adminToken()).queryParam("labels", "code").get("/api/v1/exports/" + path).then().statusCode(200);
        }
    }
}
