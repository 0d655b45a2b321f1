package jp.kyodo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 経過: an initiative's reports, status changes, milestones, evaluations and publications, oldest first. The
 * committee's evaluation and the publication are written by another feature; here two rows stand in for them
 * (plain SQL, removed again at the end) so the timeline can be read against them.
 */
@QuarkusTest
class TimelineTest {

    @Inject
    EntityManager em;

    private static String path(long initiativeId) {
        return "/api/v1/initiatives/" + initiativeId + "/timeline";
    }

    @Test
    void the_timeline_tells_the_story_of_an_initiative_oldest_first() {
        String office = Plans.office();
        long section = Api.createSection("経過局", "経過課");
        String dept = Api.departmentUser(section);
        String deptName = Api.as(dept).get("/api/v1/me").then().extract().jsonPath().getString("username");
        long plan = Plans.plan(2009, 2010);
        long pillar = Plans.node(plan, null, "PILLAR", "Ⅰ", "経過");
        long measure = Plans.node(plan, pillar, "MEASURE", "(1)", "経過の記録");
        JsonPath d = Plans.initiative(plan, measure, "連絡会的な組織への移行", List.of(Plans.target("BEGIN", 2009)),
                List.of(Plans.milestone("現状の検証", 2009)), List.of(section));
        long id = d.getLong("id");
        long milestone = d.getLong("milestones[0].id");

        long report = Plans.report(id, 2009, 0, "IN_PROGRESS");
        String reportPath = "/api/v1/progress-reports/" + report;
        Map<String, Object> body = Plans.report(2009, 0, "CARRIED_OUT");
        Api.as(office).header("If-Match", "\"0\"").body(body).put(reportPath).then().statusCode(200);
        body.put("done", "方針を決めた。");
        Api.as(dept).header("If-Match", "\"1\"").body(body).put(reportPath).then().statusCode(200);
        Api.as(dept).header("If-Match", "\"0\"").body(Map.of("status", "DONE", "doneOn", "2010-03-30"))
                .put("/api/v1/milestones/" + milestone).then().statusCode(200);
        long wrong = Plans.report(dept, id, Plans.report(2010, 1, "NOT_STARTED"));
        Api.as(dept).header("If-Match", "\"0\"").delete("/api/v1/progress-reports/" + wrong).then().statusCode(204);

        // the committee finalized, the office published, a correction superseded it (2010)
        LocalDateTime finalized = LocalDateTime.of(2010, 5, 10, 10, 0);
        LocalDateTime published = LocalDateTime.of(2010, 6, 1, 10, 0);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into evaluation (plan_id, initiative_id, fiscal_year, revision, state, written_by,"
                    + " finalized_by, finalized_at, published_by, published_at, superseded_at, version)"
                    + " values (:p, :i, 2009, 1, 'SUPERSEDED', 'committee', 'committee', :f, 'office', :pub, :s, 0)")
                    .setParameter("p", plan).setParameter("i", id).setParameter("f", finalized).setParameter("pub", published)
                    .setParameter("s", LocalDateTime.of(2010, 9, 1, 9, 0)).executeUpdate();
            em.createNativeQuery("insert into published_report (plan_id, fiscal_year, revision, published_by, published_at, note, content)"
                    + " values (:p, 2009, 1, 'office', :pub, '初回', '{}')")
                    .setParameter("p", plan).setParameter("pub", published.plusSeconds(1)).executeUpdate();
        });
        try {
            JsonPath t = Api.as(Api.token(Api.COMMITTEE)).queryParam("size", 200).get(path(id)).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of("EVALUATION", "EVALUATION", "PUBLISHED", "EVALUATION", "REPORT_CREATED", "STATUS_CHANGED",
                    "REPORT_UPDATED", "MILESTONE_CHANGED", "REPORT_CREATED", "REPORT_DELETED"), t.getList("items.kind"), t.prettify());
            List<OffsetDateTime> at = t.<String>getList("items.at").stream().map(OffsetDateTime::parse).toList();
            for (int k = 1; k < at.size(); k++) {
                assertTrue(!at.get(k).isBefore(at.get(k - 1)), t.prettify());
            }
            assertEquals(finalized.atZone(jp.kyodo.common.web.Japanese.ZONE).toInstant(), at.get(0).toInstant());
            assertEquals("平成21年度の評価（第1版）を確定", t.getString("items[0].text"));
            assertEquals("平成21年度の報告書を公表（初回）", t.getString("items[2].text"));
            assertEquals(2009, t.getInt("items[2].fiscalYear"));
            assertEquals("IN_PROGRESS", t.getString("items[4].status"));
            assertEquals(0, t.getInt("items[4].half"));
            assertEquals("CARRIED_OUT", t.getString("items[5].status"));
            assertEquals("IN_PROGRESS", t.getString("items[5].previousStatus"));
            assertEquals("平成21年度の進捗報告: 実施中 → 実施済", t.getString("items[5].text"));
            assertEquals(deptName, t.getString("items[6].actor"));
            assertEquals("工程「現状の検証」: 予定 → 完了", t.getString("items[7].text"));
            assertEquals(2010, t.getInt("items[8].fiscalYear"));
            assertEquals(1, t.getInt("items[8].half"));
            assertEquals("NOT_STARTED", t.getString("items[9].previousStatus"));

            // a finalized evaluation is not shown to those who may not read evaluations
            for (String role : List.of(Api.DEPARTMENT, Api.LIAISON)) {
                assertEquals(List.of("EVALUATION", "PUBLISHED", "EVALUATION", "REPORT_CREATED"),
                        Api.as(Api.token(role)).queryParam("size", 200).get(path(id)).then().statusCode(200).extract().jsonPath()
                                .<String>getList("items.kind").subList(0, 4));
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from evaluation where plan_id = :p").setParameter("p", plan).executeUpdate();
                em.createNativeQuery("delete from published_report where plan_id = :p").setParameter("p", plan).executeUpdate();
            });
        }
        Api.as(office).get(path(-1)).then().statusCode(404);
        Api.anonymous().get(path(id)).then().statusCode(401);
    }
}
