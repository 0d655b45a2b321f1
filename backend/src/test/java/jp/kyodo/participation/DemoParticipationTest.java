package jp.kyodo.participation;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/** The demo city comes with volunteer posts in every state, and inquiries (one waiting to be passed on). */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoParticipationTest {

    @Test
    void volunteer_posts_in_every_state_with_inquiries() {
        String office = Api.token(Api.OFFICE);
        Api.anonymous().get("/api/v1/public/volunteer-posts").then().statusCode(200).body("total", is(2))
                .body("items.title", hasItem("夏祭りの会場設営・片付け"));
        Api.as(office).get("/api/v1/volunteer-posts?size=50").then().body("total", is(5))
                .body("items.status", hasItem("SUBMITTED")).body("items.status", hasItem("RETURNED")).body("items.status", hasItem("DRAFT"))
                .body("items.find { it.title == '夏祭りの会場設営・片付け' }.inquiryCount", is(2))
                .body("items.find { it.title == '夏祭りの会場設営・片付け' }.unrelayedCount", is(1));
        Api.as(office).get("/api/v1/office-worklist").then()
                .body("items.findAll { it.kind == 'VOLUNTEER_APPROVAL' }.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void new_buildings_outreach_and_incorporation_with_their_effect() {
        String office = Api.token(Api.OFFICE);
        Api.as(office).get("/api/v1/new-buildings?size=50").then().statusCode(200).body("total", is(8))
                .body("items.outcome", hasItem("BLOCK_JOIN")).body("items.outcome", hasItem("DECLINED"))
                .body("items.findAll { it.contactCount == 0 }.size()", is(2));
        Api.as(office).get("/api/v1/join-agreements").then().body("total", is(2));
        Api.as(office).get("/api/v1/incorporation-cases").then().body("items.stage", hasItem("APPROVED"));
        int fy = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).getMonthValue() >= 4
                ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).getYear()
                : java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).getYear() - 1;
        Api.as(office).get("/api/v1/join-promotion/effect?fiscalYear=" + fy).then().statusCode(200)
                .body("wards[0].welcomePacks", greaterThanOrEqualTo(1)).body("comparisons.size()", is(2))
                .body("agreementsInForce", is(2));
    }
}
