package jp.kyodo.registry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    static Map<String, Object> body(Town t, String name, String kana) {
        Map<String, Object> b = Api.body("kind", "NEIGHBORHOOD_ASSOCIATION", "name", name, "kana", kana,
                "districtId", t.districtId(), "parentId", t.councilId());
        return b;
    }

    @Test
    void an_organization_gets_a_code_and_its_contact_is_personal_data() {
        Town t = Api.town("連絡", "れんらく");
        Map<String, Object> b = body(t, "連絡三丁目町内会", "れんらくさんちょうめちょうないかい");
        b.put("legalEntity", true);
        b.put("legalEntitySince", "1999-10-01");
        b.put("contact", Map.of("name", "連絡 次郎", "phone", "092-111-2222"));
        long id = Api.as(Api.token(Api.OFFICE)).body(b).post("/api/v1/organizations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/organizations/"))
                .body("code", startsWith("ORG-")).body("contact.name", is("連絡 次郎"))
                .extract().jsonPath().getLong("id");
        Api.anonymous().get("/api/v1/organizations/" + id).then().statusCode(200).body("contact", nullValue())
                .body("legalEntity", is(true)).body("permissions.canEdit", is(false));
        Api.as(Api.token(Api.DEPARTMENT)).get("/api/v1/organizations/" + id).then().body("contact", nullValue());
    }

    @Test
    void organization_rules_name_the_fields() {
        Town t = Api.town("規則", "きそく");
        Town other = Api.town("他所", "よそ");
        Map<String, Object> b = body(t, "規則町内会", "きそくちょうないかい");
        b.put("parentId", other.councilId());
        b.put("legalEntitySince", "2000-01-01");
        b.put("subKind", "CHILDREN");
        Api.as(Api.adminToken()).body(b).post("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", hasItems("parentId", "legalEntitySince", "subKind"));
        Map<String, Object> noDistrict = body(t, "無所属町内会", "むしょぞく");
        noDistrict.remove("districtId");
        noDistrict.remove("parentId");
        Api.as(Api.adminToken()).body(noDistrict).post("/api/v1/organizations").then().statusCode(400)
                .body("errors[0].field", is("districtId"));
    }

    @Test
    void the_tree_nests_blocks_under_associations() {
        Town t = Api.town("階層", "かいそう");
        long block = Api.createOrganization("BLOCK", t.districtId(), t.associationIds().get(0), "階層一丁目1班", "かいそういっちょうめいっぱん");
        Api.anonymous().get("/api/v1/districts/" + t.districtId() + "/organization-tree").then().statusCode(200)
                .body("items[0].children[0].children[0].id", is((int) block));
        Api.anonymous().queryParam("parentId", t.associationIds().get(0)).get("/api/v1/organizations")
                .then().body("items.id", contains((int) block));
    }

    @Test
    void an_organization_cannot_become_its_own_ancestor() {
        Town t = Api.town("循環", "じゅんかん");
        long assoc = t.associationIds().get(0);
        long block = Api.createOrganization("BLOCK", t.districtId(), assoc, "循環1班", "じゅんかんいっぱん");
        Map<String, Object> b = body(t, "循環一丁目町内会", "じゅんかんいっちょうめちょうないかい");
        b.put("parentId", block);
        String etag = Api.as(Api.adminToken()).get("/api/v1/organizations/" + assoc).header("ETag");
        Api.as(Api.adminToken()).header("If-Match", etag).body(b).put("/api/v1/organizations/" + assoc)
                .then().statusCode(400).body("errors[0].code", is("Cycle"));
    }

    @Test
    void retiring_district_council_chairs_of_a_fiscal_year_for_letters_of_thanks() {
        Town t = Api.town("感謝", "かんしゃ");
        String office = Api.token(Api.OFFICE);
        String path = "/api/v1/organizations/" + t.councilId() + "/officers";
        Api.as(office).body(Map.of("role", "CHAIR", "personName", "感謝 一郎", "termStart", "2019-04-01", "termEnd", "2025-03-31")).post(path).then().statusCode(201);
        Api.as(office).body(Map.of("role", "CHAIR", "personName", "感謝 二郎", "termStart", "2025-04-01")).post(path).then().statusCode(201);
        Api.as(office).body(Map.of("role", "TREASURER", "personName", "会計 三郎", "termStart", "2019-04-01", "termEnd", "2024-06-30")).post(path).then().statusCode(201);
        Api.as(office).queryParam("role", "CHAIR").queryParam("organizationKind", "DISTRICT_COUNCIL")
                .queryParam("termEndedInFiscalYear", 2024).queryParam("size", 200).get("/api/v1/officers")
                .then().statusCode(200).body("items.personName", hasItem("感謝 一郎"))
                .body("items.personName", not(hasItem("感謝 二郎"))).body("items.personName", not(hasItem("会計 三郎")));
        Api.as(office).body(Map.of("role", "CHAIR", "personName", "x", "termStart", "2025-04-01", "termEnd", "2025-03-01"))
                .post(path).then().statusCode(400).body("errors[0].field", is("termEnd"));
    }

    @Test
    void a_liaison_edits_associations_of_their_district() {
        Town t = Api.town("担当編集", "たんとうへんしゅう");
        String liaison = Api.liaisonFor(t.districtId());
        long a = t.associationIds().get(0);
        String etag = Api.anonymous().get("/api/v1/organizations/" + a + "/membership-figures/2025").header("ETag");
        Api.putFigures(liaison, a, 2025, 100, 99, etag).then().statusCode(200);
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/organizations/" + a + "/history").then()
                .body("items[0].actor", startsWith("liaison"));
        Api.as(liaison).get("/api/v1/me").then().body("role", is("LIAISON")).body("districtIds", contains((int) t.districtId()));
    }

    @Test
    void kinds_are_reference_data_a_city_can_rename() {
        Api.anonymous().queryParam("size", 200).get("/api/v1/organization-kinds").then().statusCode(200)
                .body("items.code", hasItems("DISTRICT_COUNCIL", "NEIGHBORHOOD_ASSOCIATION", "BLOCK", "RESIDENT_GROUP", "WARD_GROUP", "CITY_COUNCIL", "CIVIC_GROUP"))
                .body("items.find { it.code == 'RESIDENT_GROUP' }.subKinds.code", hasItem("FIRE_BRIGADE"));
        var kinds = Api.as(Api.adminToken()).queryParam("size", 200).get("/api/v1/organization-kinds").jsonPath();
        long version = kinds.getLong("items.find { it.code == 'CIVIC_GROUP' }.version");
        Api.as(Api.adminToken()).header("If-Match", "\"" + version + "\"")
                .body(Map.of("labelJa", "市民公益活動団体", "labelEn", "Civic group", "sortOrder", 70))
                .put("/api/v1/organization-kinds/CIVIC_GROUP").then().statusCode(200).body("labelJa", is("市民公益活動団体"));
        Api.as(Api.token(Api.OFFICE)).header("If-Match", "*")
                .body(Map.of("labelJa", "x", "labelEn", "x", "sortOrder", 70))
                .put("/api/v1/organization-kinds/CIVIC_GROUP").then().statusCode(403);
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_creates_once() {
        Town t = Api.town("冪等", "べきとう");
        Map<String, Object> b = body(t, "冪等町内会", "べきとうちょうないかい");
        String key = java.util.UUID.randomUUID().toString();
        int first = Api.as(Api.adminToken()).header("Idempotency-Key", key).body(b).post("/api/v1/organizations")
                .then().statusCode(201).extract().jsonPath().getInt("id");
        Api.as(Api.adminToken()).header("Idempotency-Key", key).body(b).post("/api/v1/organizations")
                .then().statusCode(201).header("Idempotent-Replayed", is("true")).body("id", is(first));
        Api.anonymous().queryParam("districtId", t.districtId()).queryParam("q", "冪等町内会").get("/api/v1/organizations")
                .then().body("total", is(1));
        b.put("name", "別の町内会");
        Api.as(Api.adminToken()).header("Idempotency-Key", key).body(b).post("/api/v1/organizations")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.endsWith("idempotency-key-reused"));
    }

    @Test
    void officers_are_listed_in_role_order() {
        Town t = Api.town("役順", "やくじゅん");
        String path = "/api/v1/organizations/" + t.councilId() + "/officers";
        for (String role : java.util.List.of("AUDITOR", "TREASURER", "CHAIR", "VICE_CHAIR")) {
            Api.as(Api.adminToken()).body(Map.of("role", role, "personName", role, "termStart", "2024-04-01")).post(path)
                    .then().statusCode(201);
        }
        Api.as(Api.adminToken()).get(path).then().body("items.role", contains("CHAIR", "VICE_CHAIR", "TREASURER", "AUDITOR"));
    }
}
