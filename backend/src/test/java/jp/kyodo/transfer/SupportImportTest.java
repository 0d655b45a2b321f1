package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.csv;
import static jp.kyodo.transfer.Transfer.importCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * Imports of #13: the applications and results reports of grant cases (per-row errors in the order the case checks
 * them, dry run, the same file again changes nothing) and the catalogue matrix (export → edit → import back).
 */
@QuarkusTest
class SupportImportTest {

    static final LocalDate TODAY = LocalDate.now(JapanClock.ZONE);

    static String codeOf(long organizationId) {
        return Api.as(Api.adminToken()).get("/api/v1/organizations/" + organizationId).then().extract().path("code");
    }

    @Test
    void applications_and_results_of_street_lights_come_in_from_a_file() {
        Town town = Api.town("取込灯", "とりこみとう");
        long section = Api.createSection("取込局", Api.unique("防犯課"));
        String office = Api.token(Api.OFFICE);
        Map<String, Object> rule = Map.of("kind", "PER_UNIT", "unitPrices", Map.of("LED", 12500, "NEW", 30000), "cap", 150000);
        long program = Api.as(office).body(Api.body("fiscalYear", 2026, "name", Api.unique("防犯灯設置費補助"), "sectionId", section,
                "kind", "SUBSIDY", "audience", "COMMUNITY", "categories", List.of("FINANCIAL"),
                "eligibleKinds", List.of("NEIGHBORHOOD_ASSOCIATION"), "amountRule", rule)).post("/api/v1/support-programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(office).post("/api/v1/support-programs/" + program + "/opening").then().statusCode(200);
        String a1 = codeOf(town.associationIds().get(0));
        String a2 = codeOf(town.associationIds().get(1));
        String day = TODAY.minusDays(20).toString();

        // row errors: an unknown unit, a results report before the decision, a day in the future, a case that does not exist
        String bad = csv("programId,organizationCode,appliedOn,units,reportedOn",
                program + "," + a1 + "," + day + ",LED=5; WALL=2,",
                program + "," + a2 + "," + day + ",NEW=1," + day,
                program + ",NO-SUCH-ORG," + day + ",,",
                program + "," + a1 + "," + TODAY.plusDays(3) + ",LED=1,");
        importCsv("grant-cases", bad, true).then().statusCode(422)
                .body("errors.find { it.row == 2 }.column", is("units")).body("errors.find { it.row == 2 }.code", is("KnownUnit"))
                .body("errors.find { it.row == 3 }.column", is("reportedOn")).body("errors.find { it.row == 3 }.code", is("Order"))
                .body("errors.find { it.row == 4 }.column", is("organizationCode"))
                .body("errors.code", hasItem("PastOrPresent"));

        String applications = csv("programId,organizationCode,appliedOn,units", program + "," + a1 + "," + day + ",LED=5",
                program + "," + a2 + "," + day + ",ＮＥＷ＝1；LED=2".replace("ＮＥＷ", "NEW"));
        importCsv("grant-cases", applications, true).then().statusCode(200).body("applied", is(false))
                .body("rows.action", contains("UPDATE", "UPDATE"));
        importCsv("grant-cases", applications, false).then().statusCode(200).body("applied", is(true));
        importCsv("grant-cases", applications, false).then().statusCode(200).body("rows.action", contains("UNCHANGED", "UNCHANGED"));
        long c1 = Api.as(office).get("/api/v1/grant-cases?programId=" + program + "&organizationId=" + town.associationIds().get(0))
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Api.as(office).get("/api/v1/grant-cases/" + c1).then().body("status", is("APPLIED")).body("computedYen", is(62500))
                .body("units.LED", is(5));
        Api.as(office).get("/api/v1/grant-cases/" + c1 + "/history").then().body("items.entityType", hasItem("GrantCase"));

        // the office decides the first; its results come in by file, the second is still not decided
        String tag = Api.as(office).get("/api/v1/grant-cases/" + c1).then().extract().header("ETag");
        Api.as(office).header("If-Match", tag).body(Map.of("on", day)).put("/api/v1/grant-cases/" + c1 + "/decision").then().statusCode(200);
        String results = csv("programId,organizationCode,reportedOn,reportedUnits", program + "," + a1 + "," + TODAY + ",LED=4");
        importCsv("grant-cases", results, false).then().statusCode(200).body("rows.action", contains("UPDATE"));
        Api.as(office).get("/api/v1/grant-cases/" + c1).then().body("status", is("REPORTED")).body("reportedUnits.LED", is(4));
        // the application of a decided case is no longer changed by a file
        importCsv("grant-cases", csv("programId,organizationCode,appliedOn,units", program + "," + a1 + "," + day + ",LED=6"), true)
                .then().statusCode(422).body("errors[0].code", is("Decided"));

        // the export writes what the import reads
        List<List<String>> rows = Transfer.readCsv(Transfer.export("grant-cases", "csv", Map.of("programId", program)));
        assertEquals("programId", rows.get(0).get(0).replace("\uFEFF", ""));
        assertTrue(rows.stream().anyMatch(r -> r.contains(a1) && r.contains("LED=5") && r.contains("REPORTED")), rows.toString());
        Transfer.as(Api.token(Api.LIAISON)).contentType("text/csv").body(Transfer.utf8(applications)).post("/api/v1/imports/grant-cases")
                .then().statusCode(403);
    }

    @Test
    void the_catalogue_matrix_goes_out_and_comes_back() {
        long section = Api.createSection("取込支援局", Api.unique("支援課"));
        String code = Api.as(Api.adminToken()).get("/api/v1/sections/" + section).then().extract().path("code");
        String office = Api.token(Api.OFFICE);
        Api.as(office).body(Api.body("fiscalYear", 2031, "name", "補助金等説明会", "sectionId", section, "kind", "TRAINING",
                "audience", "COMMUNITY", "categories", List.of("INFORMATION"), "sortOrder", 10)).post("/api/v1/support-programs")
                .then().statusCode(201);

        String file = csv("fiscalYear,sectionCode,name,kind,audience,humanResources,publicity,information,place,cooperation,financial,other",
                "2031," + code + ",補助金等説明会,TRAINING,COMMUNITY,はい,いいえ,はい,いいえ,いいえ,いいえ,いいえ",
                "2031," + code + ",地域活動フォーラム,TRAINING,BOTH,false,false,false,false,true,false,false",
                "2031," + code + ",空の事業,OTHER,BOTH,false,false,false,false,false,false,false",
                "2031,NO-SUCH,誤り,OTHER,BOTH,true,false,false,false,false,false,false");
        importCsv("support-programs", file, true).then().statusCode(422)
                .body("errors.find { it.row == 4 }.code", is("NotEmpty")).body("errors.find { it.row == 5 }.column", is("sectionCode"));
        String good = csv("fiscalYear,sectionCode,name,kind,audience,humanResources,publicity,information,place,cooperation,financial,other",
                "2031," + code + ",補助金等説明会,TRAINING,COMMUNITY,はい,いいえ,はい,いいえ,いいえ,いいえ,いいえ",
                "2031," + code + ",地域活動フォーラム,TRAINING,BOTH,false,false,false,false,true,false,false");
        importCsv("support-programs", good, false).then().statusCode(200).body("rows.action", contains("UPDATE", "CREATE"));
        Api.anonymous().get("/api/v1/support-programs?fiscalYear=2031&sectionId=" + section + "&sort=name").then()
                .body("items.name", contains("地域活動フォーラム", "補助金等説明会"))
                .body("items[1].categories", contains("HUMAN_RESOURCES", "INFORMATION"));
        List<List<String>> rows = Transfer.readCsv(Transfer.export("support-programs", "csv", Map.of("fiscalYear", 2031)));
        assertTrue(rows.stream().anyMatch(r -> r.contains("地域活動フォーラム") && r.contains("BOTH")), rows.toString());
        byte[] xlsx = Transfer.export("support-programs", "xlsx", Map.of("fiscalYear", 2031));
        Transfer.importFile(Api.adminToken(), "support-programs", xlsx, Transfer.XLSX, true).then().statusCode(200)
                .body("rows.action", org.hamcrest.Matchers.everyItem(is("UNCHANGED")));
    }
}
