package jp.kyodo.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/**
 * The demo city comes with the Fukuoka plan's committee: members, meetings, the FY2009 evaluations published (one of
 * them corrected, so the public page shows both versions) and the FY2010 evaluations still in draft.
 */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoCommitteeTest {

    @Test
    void the_committee_account_reads_members_meetings_and_the_sheets() {
        String committee = Api.signIn("committee", "committee-demo-pass");
        Api.as(committee).get("/api/v1/committee-members").then().statusCode(200).body("total", is(8))
                .body("items.name", hasItem("白石 節子")).body("items.email", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        Api.as(committee).queryParam("active", true).get("/api/v1/committee-members").then().statusCode(200).body("total", is(2));
        Api.as(committee).get("/api/v1/committee-meetings").then().statusCode(200).body("total", is(4))
                .body("items[0].heldOn", is("2011-02-22")).body("items[0].fiscalYear", is(2010))
                .body("items[0].attendees.name", hasItem("松本 和彦"));
        long plan = Api.as(committee).get("/api/v1/plans").then().extract().jsonPath().getLong("items.find { it.code == 'fukuoka-2009' }.id");
        JsonPath fy2009 = Api.as(committee).get("/api/v1/plans/" + plan + "/evaluation-sheets/2009").then().statusCode(200).extract().jsonPath();
        assertEquals(37, fy2009.getInt("counts.published"));
        assertEquals(0, fy2009.getInt("counts.missing"));
        assertEquals("PUBLISHED", fy2009.getString("opinion.state"));
        JsonPath fy2010 = Api.as(committee).get("/api/v1/plans/" + plan + "/evaluation-sheets/2010").then().statusCode(200).extract().jsonPath();
        assertTrue(fy2010.getInt("counts.draft") > 20, fy2010.prettify());
        assertEquals(0, fy2010.getInt("counts.published"));
        // some FY2010 drafts are still unrated: the committee cannot finalize yet
        Api.as(committee).post("/api/v1/plans/" + plan + "/evaluation-sheets/2010/finalization").then().statusCode(422);
    }

    @Test
    void the_public_sees_fy2009_with_its_correction_and_nothing_of_fy2010() {
        JsonPath list = Api.anonymous().queryParam("size", 200).get("/api/v1/public/reports").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(2009), list.getList("items.findAll { it.planCode == 'fukuoka-2009' }.fiscalYear"));
        JsonPath report = Api.anonymous().get("/api/v1/public/reports/fukuoka-2009/2009").then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("revision"));
        assertEquals(List.of(2, 1), report.getList("revisions.revision"));
        assertTrue(report.getString("publishedAt").startsWith("2011-03-10T10:00"), report.getString("publishedAt"));
        Map<String, Object> corrected = EvaluationLifecycleTest.initiativeIn(report,
                "ボランティア・インターンシップ事業（ボランティア活動体験支援）の実施");
        @SuppressWarnings("unchecked")
        Map<String, Object> evaluation = (Map<String, Object>) corrected.get("evaluation");
        assertEquals("C", evaluation.get("rating"));
        assertEquals(2, evaluation.get("revision"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> earlier = (List<Map<String, Object>>) evaluation.get("earlier");
        assertEquals("D", earlier.get(0).get("rating"));
        assertTrue(((String) earlier.get(0).get("publishedAt")).startsWith("2010-08-20"));
        assertTrue(report.getString("opinion.comment").contains("平成21年度は計画の初年度"));
        assertFalse(report.prettify().contains("白石"));
        Api.anonymous().get("/api/v1/public/reports/fukuoka-2009/2010").then().statusCode(404);
        String csv = new String(given().accept("text/csv").get("/api/v1/public/reports/fukuoka-2009/2009/initiatives/csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(38, csv.split("\r\n").length, csv);
        assertFalse(csv.contains("遅れの理由を担当課に確認中"));
    }
}
