package jp.kyodo.participation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

/**
 * 加入促進: a liaison records a new building of their district, the contacts with its developer and the outcome; the
 * building notices come in from the building section's file; leaflets and agreements; an association's incorporation
 * through to approval (marked in the registry); the effect per district with its uncertainty; the plan's indicators.
 */
@QuarkusTest
public class JoinPromotionTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    public static Map<String, Object> building(long districtId, Long orgId, String name, String noticeOn, int units) {
        return Api.body("noticeNo", Api.unique("N"), "noticeOn", noticeOn, "name", name, "address", "市内1-2-3", "districtId", districtId,
                "organizationId", orgId, "units", units, "developer", "○○建設株式会社");
    }

    @Test
    void a_liaison_follows_a_new_building_from_notice_to_outcome() {
        Town town = Api.town("新築校区", "しんちくこうく");
        Town other = Api.town("新築他校区", "しんちくたこうく");
        String liaison = Api.liaisonFor(town.districtId());
        String office = Api.token(Api.OFFICE);
        String notice = TODAY.minusDays(45).toString();

        Api.as(liaison).body(building(other.districtId(), null, "他校区の建物", notice, 20)).post("/api/v1/new-buildings").then().statusCode(403);
        Api.as(liaison).body(building(town.districtId(), other.associationIds().get(0), "別校区の町内会", notice, 20))
                .post("/api/v1/new-buildings").then().statusCode(400).body("errors[0].code", is("SameDistrict"));
        long id = Api.as(liaison).body(building(town.districtId(), town.associationIds().get(0), "（仮称）駅前レジデンス", notice, 48))
                .post("/api/v1/new-buildings").then().statusCode(201).body("outcome", is("PENDING")).body("contactCount", is(0))
                .body("permissions.canEdit", is(true)).extract().jsonPath().getLong("id");
        // nobody has contacted the developer 30 days after the notice: on the liaison's worklist
        Api.as(liaison).get("/api/v1/me/districts").then().body("worklist.findAll { it.kind == 'NEW_BUILDING_CONTACT' }.title",
                hasItem("（仮称）駅前レジデンス"));

        Map<String, Object> contact = Api.body("contactedOn", TODAY.minusDays(10).toString(), "channel", "VISIT", "contactWith",
                "○○建設 開発部", "madeBy", "校区担当", "summary", "入居者説明会で加入案内を配ることに同意");
        Api.as(liaison).body(Map.of("contactedOn", TODAY.plusDays(1).toString(), "channel", "PHONE", "contactWith", "x", "madeBy", "x",
                "summary", "x")).post("/api/v1/new-buildings/" + id + "/contacts").then().statusCode(400).body("errors[0].code", is("PastOrPresent"));
        Api.as(liaison).body(contact).post("/api/v1/new-buildings/" + id + "/contacts").then().statusCode(201);
        Api.as(liaison).body(Api.body("contactedOn", TODAY.minusDays(2).toString(), "channel", "MEETING", "contactWith", "△△管理",
                "madeBy", "自治会長", "summary", "管理組合として一括加入")).post("/api/v1/new-buildings/" + id + "/contacts").then().statusCode(201);
        Api.as(liaison).get("/api/v1/me/districts").then().body("worklist.findAll { it.kind == 'NEW_BUILDING_CONTACT' }.title",
                not(hasItem("（仮称）駅前レジデンス")));

        String tag = Api.as(liaison).get("/api/v1/new-buildings/" + id).then().statusCode(200).body("contactCount", is(2))
                .body("lastContactOn", is(TODAY.minusDays(2).toString())).body("contacts.channel", is(List.of("VISIT", "MEETING")))
                .extract().header("ETag");
        Api.as(liaison).header("If-Match", tag).body(Map.of("outcome", "DECLINED", "outcomeOn", TODAY.toString(), "joinedUnits", 3))
                .put("/api/v1/new-buildings/" + id + "/outcome").then().statusCode(400).body("errors[0].code", is("Joined"));
        Api.as(liaison).header("If-Match", tag).body(Map.of("outcome", "BLOCK_JOIN", "outcomeOn", TODAY.toString(), "joinedUnits", 49))
                .put("/api/v1/new-buildings/" + id + "/outcome").then().statusCode(400).body("errors[0].code", is("Max"));
        Api.as(liaison).header("If-Match", tag).body(Map.of("outcome", "BLOCK_JOIN", "outcomeOn", TODAY.toString(), "joinedUnits", 48))
                .put("/api/v1/new-buildings/" + id + "/outcome").then().statusCode(200).body("outcome", is("BLOCK_JOIN"))
                .body("joinedUnits", is(48));
        Api.as(office).get("/api/v1/new-buildings?districtId=" + town.districtId()).then().statusCode(200)
                .body("items[0].contacts", nullValue()).body("items[0].joinedUnits", is(48));
        Api.as(office).get("/api/v1/new-buildings/" + id + "/history").then().body("items.entityType", hasItem("BuildingContact"));
        int fy = TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1;
        Api.as(office).queryParam("fiscalYear", fy).queryParam("wardId", town.wardId()).get("/api/v1/join-promotion/effect").then()
                .statusCode(200).body("districts[0].unitsJoined", is(48)).body("districts[0].unitsReached", is(48))
                .body("comparisons.find { it.measure == 'BUILDINGS_JOINED' }.enoughData", is(false))
                .body("comparisons.find { it.measure == 'BUILDINGS_JOINED' }.withInterval", nullValue());
        // a building notified the year before whose residents join this year counts where the rate moves: this year
        long older = Api.as(liaison).body(building(town.districtId(), town.associationIds().get(0), "前年度の届出", (fy - 1) + "-06-01", 10))
                .post("/api/v1/new-buildings").then().statusCode(201).extract().jsonPath().getLong("id");
        outcome(liaison, older, "INDIVIDUAL", TODAY.toString(), 10);
        Api.as(office).queryParam("fiscalYear", fy).queryParam("wardId", town.wardId()).get("/api/v1/join-promotion/effect").then()
                .statusCode(200).body("districts[0].buildings", is(1)).body("districts[0].unitsJoined", is(58));
        Api.as(office).queryParam("fiscalYear", fy - 1).queryParam("wardId", town.wardId()).get("/api/v1/join-promotion/effect").then()
                .statusCode(200).body("districts[0].buildings", is(1)).body("districts[0].unitsJoined", is(0));
        Api.as(office).get("/api/v1/join-promotion/effect").then().statusCode(400);
    }

    @Test
    void the_building_sections_notices_come_in_from_a_file() {
        Town town = Api.town("届出校区", "とどけでこうく");
        String district = Api.as(Api.token(Api.OFFICE)).get("/api/v1/districts/" + town.districtId()).then().extract().path("code");
        String no = Api.unique("R8-");
        String csv = "届出番号,届出日,建物名,所在地,校区コード,戸数,事業者\r\n" + no + ",2026-09-15,（仮称）届出ハイツ,市内4-5,"
                + district + ",30,△△不動産\r\n" + no + "b,2026-09-16,（仮称）二号棟,市内4-6,NO-SUCH,0,△△不動産\r\n";
        Api.as(Api.token(Api.OFFICE)).contentType("text/csv").accept("application/json, application/problem+json")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/building-notices").then().statusCode(422)
                .body("errors.find { it.row == 3 && it.column == 'districtCode' }.code", is("Exists"))
                .body("errors.find { it.row == 3 && it.column == 'units' }.code", is("Range"));
        String good = "届出番号,届出日,建物名,所在地,校区コード,戸数,事業者\r\n" + no + ",2026-09-15,（仮称）届出ハイツ,市内4-5," + district
                + ",30,△△不動産\r\n";
        Api.as(Api.token(Api.OFFICE)).contentType("text/csv").accept("application/json, application/problem+json")
                .body(good.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/building-notices").then().statusCode(200)
                .body("rows.action", is(List.of("CREATE")));
        Api.as(Api.token(Api.OFFICE)).contentType("text/csv").accept("application/json, application/problem+json")
                .body(good.replace(",30,", ",32,").getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/building-notices").then()
                .statusCode(200).body("rows.action", is(List.of("UPDATE")));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/new-buildings?q=" + no).then().body("items[0].units", is(32))
                .body("items[0].outcome", is("PENDING"));
        String export = Api.as(Api.token(Api.OFFICE)).accept("text/csv").queryParam("districtId", town.districtId())
                .get("/api/v1/exports/building-notices").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(export.contains("（仮称）届出ハイツ"), export);
    }

    @Test
    void outreach_agreements_and_an_incorporation_through_to_approval() {
        Town town = Api.town("認可校区", "にんかこうく");
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        Map<String, Object> leaflet = Api.body("wardId", town.wardId(), "month", "2026-04", "kind", "WELCOME_PACK", "place", "区役所 市民課窓口",
                "copies", 320);
        Api.as(liaison).body(leaflet).post("/api/v1/leaflet-distributions").then().statusCode(403);
        Api.as(office).body(leaflet).post("/api/v1/leaflet-distributions").then().statusCode(201).body("fiscalYear", is(2026))
                .body("month", is("2026-04"));
        Api.as(office).body(leaflet).post("/api/v1/leaflet-distributions").then().statusCode(400).body("errors[0].code", is("Unique"));
        Map<String, Object> badMonth = new java.util.HashMap<>(leaflet);
        badMonth.put("month", "2026-13");
        Api.as(office).body(badMonth).post("/api/v1/leaflet-distributions").then().statusCode(400).body("errors[0].field", is("month"));
        Api.as(office).body(Api.body("partner", "宅地建物取引業協会", "title", "加入促進に関する協定", "concludedOn", "2025-06-01",
                "endsOn", "2025-05-01")).post("/api/v1/join-agreements").then().statusCode(400).body("errors[0].field", is("endsOn"));
        Api.as(office).body(Api.body("partner", "宅地建物取引業協会", "title", "加入促進に関する協定", "concludedOn", "2025-06-01"))
                .post("/api/v1/join-agreements").then().statusCode(201).body("current", is(true));

        long association = town.associationIds().get(0);
        Api.as(liaison).body(Api.body("organizationId", town.councilId(), "stage", "CONSULTED", "consultedOn", "2026-05-10"))
                .post("/api/v1/incorporation-cases").then().statusCode(400).body("errors[0].code", is("Kind"));
        Api.as(liaison).body(Api.body("organizationId", association, "stage", "APPLIED", "consultedOn", "2026-05-10"))
                .post("/api/v1/incorporation-cases").then().statusCode(400).body("errors[0].field", is("appliedOn"));
        long c = Api.as(liaison).body(Api.body("organizationId", association, "stage", "CONSULTED", "consultedOn", "2026-05-10"))
                .post("/api/v1/incorporation-cases").then().statusCode(201).extract().jsonPath().getLong("id");
        // one open case per association: a second one is refused at any stage, a closed one included
        for (String stage : List.of("CONSULTED", "WITHDRAWN")) {
            Api.as(liaison).body(Api.body("organizationId", association, "stage", stage, "consultedOn", "2026-05-11"))
                    .post("/api/v1/incorporation-cases").then().statusCode(400).body("errors[0].code", is("Unique"));
        }
        Api.as(liaison).body(Api.body("organizationId", association, "stage", "APPROVED", "consultedOn", "2026-05-11",
                "appliedOn", "2026-07-01", "approvedOn", "2026-10-01")).post("/api/v1/incorporation-cases").then().statusCode(400)
                .body("errors[0].code", is("Unique"));
        String tag = Api.as(liaison).get("/api/v1/incorporation-cases/" + c).then().extract().header("ETag");
        Api.as(liaison).header("If-Match", tag).body(Api.body("organizationId", association, "stage", "APPROVED", "consultedOn", "2026-05-10",
                "appliedOn", "2026-07-01", "approvedOn", "2026-10-01")).put("/api/v1/incorporation-cases/" + c).then().statusCode(200)
                .body("stage", is("APPROVED"));
        Api.as(office).get("/api/v1/organizations/" + association).then().body("legalEntity", is(true))
                .body("legalEntitySince", is("2026-10-01"));
        Api.as(office).get("/api/v1/incorporation-cases?districtId=" + town.districtId()).then().body("items[0].stage", is("APPROVED"));
    }

    public static void outcome(String token, long id, String outcome, String on, int joined) {
        String tag = Api.as(token).get("/api/v1/new-buildings/" + id).then().extract().header("ETag");
        Api.as(token).header("If-Match", tag).body(Map.of("outcome", outcome, "outcomeOn", on, "joinedUnits", joined))
                .put("/api/v1/new-buildings/" + id + "/outcome").then().statusCode(200);
    }
}
