package jp.kyodo.participation;

import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.AccessMatrix.OFFICE_ONLY;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.DEPARTMENT;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every volunteer-post operation × every caller: staff read posts; the office and the district's liaisons write them,
 * only the office approves; inquiries (personal data) for the office and the district's liaisons; the public pages
 * and the inquiry form for anyone.
 */
@QuarkusTest
class ParticipationAccessTest {

    static final String OWN_LIAISON = "LIAISON_OWN";
    static final String OTHER_LIAISON = "LIAISON_OTHER";
    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPARTMENT, OWN_LIAISON, OTHER_LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = AccessMatrix.signedIn(CALLERS);
    static final Set<String> WRITERS = Set.of(ADMIN, OFFICE, OWN_LIAISON);

    static Town town;
    static long postId;
    static long publishedId;
    static long inquiryId;
    static long buildingId;
    static long leafletId;
    static long agreementId;
    static long caseId;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(ParticipationAccessTest::fixtures);

    static void fixtures() {
        town = Api.town("募集権限", "ぼしゅうけんげん");
        Town other = Api.town("募集権限他", "ぼしゅうけんげんた");
        postId = create();
        publishedId = create();
        String office = Api.token(OFFICE);
        VolunteerPostTest.move(office, publishedId, "SUBMITTED", null).then().statusCode(200);
        VolunteerPostTest.move(office, publishedId, "APPROVED", null).then().statusCode(200);
        inquiryId = inquire();
        buildingId = building();
        leafletId = leaflet();
        agreementId = Api.as(office).body(Api.body("partner", "宅建協会", "title", "協定", "concludedOn", "2025-06-01"))
                .post("/api/v1/join-agreements").then().statusCode(201).extract().jsonPath().getLong("id");
        caseId = incorporation();
        tokens.put(ANONYMOUS, null);
        tokens.put(ADMIN, Api.token(ADMIN));
        tokens.put(OFFICE, office);
        tokens.put(DEPARTMENT, Api.token(DEPARTMENT));
        tokens.put(COMMITTEE, Api.token(COMMITTEE));
        tokens.put(OWN_LIAISON, Api.liaisonFor(town.districtId()));
        tokens.put(OTHER_LIAISON, Api.liaisonFor(other.districtId()));
    }

    static long create() {
        return Api.as(Api.token(OFFICE)).body(VolunteerPostTest.post(town.councilId(), Api.unique("権限の募集"))).post("/api/v1/volunteer-posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long building() {
        return Api.as(Api.token(OFFICE)).body(JoinPromotionTest.building(town.districtId(), null, "権限の建物", "2026-09-01", 10))
                .post("/api/v1/new-buildings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static final java.util.concurrent.atomic.AtomicInteger PLACE = new java.util.concurrent.atomic.AtomicInteger();

    static Map<String, Object> leafletBody() {
        return Api.body("wardId", town.wardId(), "month", "2026-05", "kind", "LEAFLET", "place", "窓口" + PLACE.incrementAndGet(), "copies", 10);
    }

    static long leaflet() {
        return Api.as(Api.token(OFFICE)).body(leafletBody()).post("/api/v1/leaflet-distributions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> caseBody() {
        return Api.body("organizationId", town.associationIds().get(1), "stage", "CONSULTED", "consultedOn", "2026-05-10");
    }

    static long incorporation() {
        return Api.as(Api.token(OFFICE)).body(caseBody()).post("/api/v1/incorporation-cases").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long inquire() {
        Api.anonymous().body(Api.body("name", "権限 花子", "email", "h@example.jp", "message", "質問", "consent", true))
                .post("/api/v1/public/volunteer-posts/" + publishedId + "/inquiries").then().statusCode(201);
        return Api.as(Api.token(OFFICE)).get("/api/v1/volunteer-posts/" + publishedId + "/inquiries").then().extract().jsonPath()
                .getLong("items[0].id");
    }

    List<Op> operations() {
        String post = "/api/v1/volunteer-posts/" + postId;
        Map<String, Object> body = VolunteerPostTest.post(town.councilId(), "権限の募集");
        Map<String, Object> inquiry = Api.body("name", "権限 花子", "email", "h@example.jp", "message", "質問", "consent", true);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listVolunteerPosts", SIGNED_IN, s -> s.get("/api/v1/volunteer-posts?districtId=" + town.districtId())));
        ops.add(new Op("getVolunteerPost", SIGNED_IN, s -> s.get(post)));
        ops.add(new Op("createVolunteerPost", WRITERS, s -> s.body(body).post("/api/v1/volunteer-posts")));
        ops.add(new Op("updateVolunteerPost", WRITERS, s -> s.header("If-Match", "*").body(body).put(post)));
        ops.add(new Op("deleteVolunteerPost", WRITERS, s -> s.header("If-Match", "*").delete("/api/v1/volunteer-posts/" + create())));
        ops.add(new Op("changeVolunteerPostStatus", WRITERS, s -> s.header("If-Match", "*").body(Map.of("status", "SUBMITTED"))
                .put(post + "/status")));
        ops.add(new Op("getVolunteerPostHistory", SIGNED_IN, s -> s.get(post + "/history")));
        ops.add(new Op("listVolunteerInquiries", WRITERS, s -> s.get("/api/v1/volunteer-posts/" + publishedId + "/inquiries")));
        ops.add(new Op("markVolunteerInquiryRelayed", WRITERS, s -> s.header("If-Match", "*")
                .post("/api/v1/volunteer-inquiries/" + inquiryId + "/relayed")));
        ops.add(new Op("listPublicVolunteerPosts", EVERYONE, s -> s.get("/api/v1/public/volunteer-posts")));
        ops.add(new Op("getPublicVolunteerPostsCsv", EVERYONE, s -> s.accept("text/csv, application/problem+json")
                .get("/api/v1/public/volunteer-posts/csv")));
        ops.add(new Op("getPublicVolunteerPost", EVERYONE, s -> s.get("/api/v1/public/volunteer-posts/" + publishedId)));
        ops.add(new Op("sendVolunteerInquiry", EVERYONE, s -> s.body(inquiry).post("/api/v1/public/volunteer-posts/" + publishedId + "/inquiries")));
        // 加入促進
        String b = "/api/v1/new-buildings/" + buildingId;
        Map<String, Object> bBody = JoinPromotionTest.building(town.districtId(), null, "権限の建物", "2026-09-01", 10);
        Map<String, Object> contact = Api.body("contactedOn", "2026-10-01", "channel", "PHONE", "contactWith", "事業者", "madeBy", "担当",
                "summary", "依頼");
        Map<String, Object> agreement = Api.body("partner", "宅建協会", "title", "協定", "concludedOn", "2025-06-01");
        ops.add(new Op("listNewBuildings", SIGNED_IN, s -> s.get("/api/v1/new-buildings?districtId=" + town.districtId())));
        ops.add(new Op("getNewBuilding", SIGNED_IN, s -> s.get(b)));
        ops.add(new Op("createNewBuilding", WRITERS, s -> s.body(JoinPromotionTest.building(town.districtId(), null, "権限の建物", "2026-09-01", 10))
                .post("/api/v1/new-buildings")));
        ops.add(new Op("updateNewBuilding", WRITERS, s -> s.header("If-Match", "*").body(bBody).put(b)));
        ops.add(new Op("deleteNewBuilding", WRITERS, s -> s.header("If-Match", "*").delete("/api/v1/new-buildings/" + building())));
        ops.add(new Op("recordNewBuildingOutcome", WRITERS, s -> s.header("If-Match", "*").body(Map.of("outcome", "PENDING"))
                .put(b + "/outcome")));
        ops.add(new Op("addNewBuildingContact", WRITERS, s -> s.body(contact).post(b + "/contacts")));
        ops.add(new Op("deleteNewBuildingContact", WRITERS, s -> s.header("If-Match", "*").delete(b + "/contacts/" + Api.as(Api.token(OFFICE))
                .body(contact).post(b + "/contacts").then().statusCode(201).extract().jsonPath().getLong("id"))));
        ops.add(new Op("getNewBuildingHistory", SIGNED_IN, s -> s.get(b + "/history")));
        ops.add(new Op("listLeafletDistributions", SIGNED_IN, s -> s.get("/api/v1/leaflet-distributions?fiscalYear=2026")));
        ops.add(new Op("getLeafletDistribution", SIGNED_IN, s -> s.get("/api/v1/leaflet-distributions/" + leafletId)));
        ops.add(new Op("createLeafletDistribution", OFFICE_ONLY, s -> s.body(leafletBody()).post("/api/v1/leaflet-distributions")));
        ops.add(new Op("updateLeafletDistribution", OFFICE_ONLY, s -> s.header("If-Match", "*").body(leafletBody())
                .put("/api/v1/leaflet-distributions/" + leafletId)));
        ops.add(new Op("deleteLeafletDistribution", OFFICE_ONLY, s -> s.header("If-Match", "*").delete("/api/v1/leaflet-distributions/" + leaflet())));
        ops.add(new Op("listJoinAgreements", SIGNED_IN, s -> s.get("/api/v1/join-agreements")));
        ops.add(new Op("getJoinAgreement", SIGNED_IN, s -> s.get("/api/v1/join-agreements/" + agreementId)));
        ops.add(new Op("createJoinAgreement", OFFICE_ONLY, s -> s.body(agreement).post("/api/v1/join-agreements")));
        ops.add(new Op("updateJoinAgreement", OFFICE_ONLY, s -> s.header("If-Match", "*").body(agreement).put("/api/v1/join-agreements/" + agreementId)));
        ops.add(new Op("deleteJoinAgreement", OFFICE_ONLY, s -> s.header("If-Match", "*").delete("/api/v1/join-agreements/" + Api.as(Api.token(OFFICE))
                .body(agreement).post("/api/v1/join-agreements").then().statusCode(201).extract().jsonPath().getLong("id"))));
        ops.add(new Op("listIncorporationCases", SIGNED_IN, s -> s.get("/api/v1/incorporation-cases?districtId=" + town.districtId())));
        ops.add(new Op("getIncorporationCase", SIGNED_IN, s -> s.get("/api/v1/incorporation-cases/" + caseId)));
        ops.add(new Op("createIncorporationCase", WRITERS, s -> s.body(caseBody()).post("/api/v1/incorporation-cases")));
        ops.add(new Op("updateIncorporationCase", WRITERS, s -> s.header("If-Match", "*").body(caseBody()).put("/api/v1/incorporation-cases/" + caseId)));
        ops.add(new Op("deleteIncorporationCase", WRITERS, s -> s.header("If-Match", "*").delete("/api/v1/incorporation-cases/" + caseId)));
        ops.add(new Op("getJoinPromotionEffect", SIGNED_IN, s -> s.get("/api/v1/join-promotion/effect?fiscalYear=2026")));
        byte[] notices = ("noticeNo,noticeOn,name,address,districtCode,units,developer\r\nX-1,2026-09-01,建物,市内,NONE,10,事業者\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ops.add(new Op("importBuildingNotices", OFFICE_ONLY, s -> s.contentType("text/csv").accept("application/json, application/problem+json")
                .queryParam("dryRun", true).body(notices).post("/api/v1/imports/building-notices")));
        ops.add(new Op("getBuildingNoticeImportTemplate", SIGNED_IN, s -> s.accept("text/csv, application/problem+json")
                .get("/api/v1/imports/building-notices/template")));
        ops.add(new Op("exportBuildingNotices", SIGNED_IN, s -> s.accept("text/csv, application/problem+json")
                .queryParam("districtId", town.districtId()).get("/api/v1/exports/building-notices")));
        return ops;
    }

    @Test
    void every_operation_admits_exactly_the_roles_it_declares() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
