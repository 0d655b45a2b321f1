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
}
