package jp.kyodo.request;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** The inventory as spreadsheets: template, import with per-row validation and rules, dry run, export round trip. */
@QuarkusTest
class CityRequestTransferTest {

    static Response post(String token, String csv, boolean dryRun) {
        return Api.as(token).contentType("text/csv").accept("application/json")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/city-requests?dryRun=" + dryRun);
    }

    static long count(String section) {
        return Api.as(Api.adminToken()).queryParam("sectionId", section).get("/api/v1/city-requests").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void a_department_fills_in_the_template_and_imports_its_inventory_all_or_nothing() {
        long sectionId = Api.createSection("取込局", "取込課");
        String sectionCode = Api.anonymous().get("/api/v1/sections/" + sectionId).jsonPath().getString("code");
        String dept = Api.departmentUser(sectionId);
        long ward = Api.createWard();
        long d = Api.createDistrict(ward, "取込", "とりこみ");
        String districtCode = Api.anonymous().get("/api/v1/districts/" + d).jsonPath().getString("code");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", d, null, "取込一町内会", "とりこみいち");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", d, null, "取込二町内会", "とりこみに");

        String template = Api.as(dept).accept("text/csv").get("/api/v1/imports/city-requests/template").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("city-requests-template.csv")).extract().asString();
        assertTrue(template.contains("code,title,sectionCode,sectionName,fiscalYear,kind,asks,receiverKinds,districtCodes,wardCodes,channel,months"), template);
        Api.as(dept).accept(FileFormatTypes.XLSX).get("/api/v1/imports/city-requests/template?format=xlsx").then().statusCode(200);

        String c1 = Api.unique("IMP");
        String c2 = Api.unique("IMP");
        String header = "code,件名,課コード,年度,区分,依頼内容,依頼先,校区コード,経路,実施月,人数指定,人数,時間\r\n";
        String good = header
                + c1 + ",ごみ減量チラシの回覧," + sectionCode + ",2025,協力依頼,回覧;掲示,自治会・町内会," + districtCode + ",班回覧,6x2;11,,1,1.5\r\n"
                + c2 + ",健康講座のご案内," + sectionCode + ",2025,連絡・提案,配布,NEIGHBORHOOD_ASSOCIATION,,DIRECT,5,,1,0.5\r\n";
        // a notice that asks for a head count: the whole file is refused, the row names the rule
        String bad = header
                + c1 + ",ごみ減量チラシの回覧," + sectionCode + ",2025,協力依頼,回覧,自治会・町内会," + districtCode + ",班回覧,6,,1,1\r\n"
                + c2 + ",講座への参加," + sectionCode + ",2025,連絡・提案,参加,自治会・町内会," + districtCode + ",DIRECT,5,10,1,1\r\n";
        post(dept, bad, false).then().statusCode(422).contentType("application/problem+json")
                .body("errors.row", contains(3)).body("errors.code", contains("NOTICE_NO_HEAD_COUNT"))
                .body("errors.column", contains("headCount")).body("rows.action", contains("CREATE", "INVALID"));
        assertEquals(0, count(String.valueOf(sectionId)));
        // dry run: nothing saved
        post(dept, good, true).then().statusCode(200).body("valid", is(true)).body("applied", is(false))
                .body("counts.created", is(2));
        assertEquals(0, count(String.valueOf(sectionId)));
        // the import
        post(dept, good, false).then().statusCode(200).body("applied", is(true)).body("counts.created", is(2));
        assertEquals(2, count(String.valueOf(sectionId)));
        // June twice + November, 1 person × 1.5 h, 2 associations → 3 × 1.5 × 2 = 9 h
        Api.anonymous().queryParam("q", c1).get("/api/v1/city-requests").then()
                .body("items[0].annualHours", is(9.0f)).body("items[0].asks", contains("POSTING", "CIRCULATION"));
        // the same file again changes nothing
        post(dept, good, false).then().statusCode(200).body("rows.action", everyItem(is("UNCHANGED")));

        // the export of the section imports back unchanged
        String export = Api.as(dept).accept("text/csv").queryParam("sectionId", sectionId).get("/api/v1/exports/city-requests")
                .then().statusCode(200).extract().asString();
        assertTrue(export.contains(c1) && export.contains("6x2;11") && export.contains("9.00"), export);
        post(dept, export, true).then().statusCode(200).body("rows.action", everyItem(is("UNCHANGED")));
        Api.as(dept).queryParam("sectionId", sectionId).queryParam("format", "xlsx").accept(FileFormatTypes.XLSX)
                .get("/api/v1/exports/city-requests").then().statusCode(200);

        // another section's department may not import into this section
        String other = Api.departmentUser(Api.createSection("他取込局", "他取込課"));
        post(other, good, true).then().statusCode(422).body("errors.code", hasItem("Forbidden"));
        // the history records the import
        long id = Api.anonymous().queryParam("q", c1).get("/api/v1/city-requests").jsonPath().getLong("items[0].id");
        Api.as(dept).get("/api/v1/city-requests/" + id + "/history").then().body("items.action", contains("CREATE"));
    }

    static final class FileFormatTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
