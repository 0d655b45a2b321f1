package jp.kyodo.plan;

import static jp.kyodo.plan.EvaluationFixtures.evaluationOf;
import static jp.kyodo.plan.EvaluationFixtures.finalizeSheet;
import static jp.kyodo.plan.EvaluationFixtures.publish;
import static jp.kyodo.plan.EvaluationFixtures.row;
import static jp.kyodo.plan.EvaluationFixtures.save;
import static jp.kyodo.plan.EvaluationFixtures.sheet;
import static jp.kyodo.plan.EvaluationFixtures.sheetPath;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kyodo.plan.EvaluationFixtures.TestPlan;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The committee's year: drafts on the sheet, finalization, the office's publication, and a correction that is published
 * again — the earlier version stays in the history and on the public page.
 */
@QuarkusTest
class EvaluationLifecycleTest {

    static final int FY = 2021;
    private static String office;
    private static String committee;
    private static TestPlan plan;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(EvaluationLifecycleTest::fixtures);

    static void fixtures() {
        office = Api.token(Api.OFFICE);
        committee = Api.token(Api.COMMITTEE);
        plan = EvaluationFixtures.plan(office, 2020, 2022, 3);
    }

    private JsonPath sheetNow() {
        return Api.as(committee).get(sheetPath(plan.id(), FY)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_sheet_lists_every_initiative_once_in_tree_order_with_the_scale() {
        TestPlan p = EvaluationFixtures.plan(office, 2020, 2022, 3);
        Api.as(committee).get(sheetPath(p.id(), FY)).then().statusCode(200)
                .body("planId", is((int) p.id())).body("fiscalYear", is(FY))
                .body("rows.initiativeId", contains((int) p.initiative(0), (int) p.initiative(1), (int) p.initiative(2)))
                .body("rows[0].path", is("Ⅰ-1-(1)-ア")).body("rows[1].tag", is("ENHANCED"))
                .body("counts.missing", is(3)).body("counts.draft", is(0))
                .body("grades.code", hasItem("A")).body("opinion", nullValue());
    }

    @Test
    void a_draft_goes_finalized_then_published_and_a_correction_keeps_both_versions() {
        long first = plan.initiative(0);
        long second = plan.initiative(1);
        long third = plan.initiative(2);
        // drafts; an empty new row is not saved
        JsonPath s = save(committee, plan.id(), FY, sheet(List.of(row(first, "B", "予定どおり開催された。", "周知を工夫されたい。", null),
                row(second, null, "評価を検討中", null, null), row(third, null, null, null, null)),
                Map.of("comment", "全体としておおむね順調。"))).then().statusCode(200).extract().jsonPath();
        assertEquals(1, s.getInt("counts.missing"));
        assertEquals(2, s.getInt("counts.draft"));
        assertEquals("DRAFT", s.getString("opinion.state"));
        Map<String, Object> e1 = evaluationOf(s, first);
        assertEquals("DRAFT", e1.get("state"));
        assertEquals(1, e1.get("revision"));
        assertTrue(e1.get("writtenBy") != null);

        // finalization needs a rating on every initiative's draft (the opinion needs none)
        finalizeSheet(committee, plan.id(), FY).then().statusCode(422)
                .body("type", is("https://kyodo.example.jp/problems/rule-violation"))
                .body("rule", is("evaluation-rating-required"))
                .body("errors.field", contains("initiative:" + second + ".rating"));
        int v2 = (int) evaluationOf(sheetNow(), second).get("version");
        save(committee, plan.id(), FY, sheet(List.of(row(second, "C", "一部遅れている。", "工程を見直されたい。", v2)))).then().statusCode(200);
        JsonPath finalized = finalizeSheet(committee, plan.id(), FY).then().statusCode(200).extract().jsonPath();
        assertEquals(2, finalized.getInt("counts.finalized"));
        assertEquals("FINALIZED", finalized.getString("opinion.state"));
        assertTrue(evaluationOf(finalized, first).get("finalizedAt") != null);
        finalizeSheet(committee, plan.id(), FY).then().statusCode(409);

        // a finalized row can no longer be written on the sheet
        int fv = (int) evaluationOf(finalized, first).get("version");
        save(committee, plan.id(), FY, sheet(List.of(row(first, "A", "書き換え", null, fv)))).then().statusCode(409)
                .body("errors.field", contains("rows[0]")).body("errors.code", contains("NotDraft"));

        // the office publishes: finalized → published
        publish(office, plan.id(), FY, "初回の公表").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/public/reports/" + plan.code() + "/" + FY + "?revision=1"))
                .body("revision", is(1)).body("planCode", is(plan.code())).body("publishedBy", org.hamcrest.Matchers.notNullValue());
        JsonPath published = sheetNow();
        Map<String, Object> p1 = evaluationOf(published, first);
        assertEquals("PUBLISHED", p1.get("state"));
        assertTrue(p1.get("publishedAt") != null);
        assertEquals(2, published.getInt("counts.published"));

        // published: never edited again
        save(committee, plan.id(), FY, sheet(List.of(row(first, "A", "書き換え", null, p1.get("version"))))).then().statusCode(409);

        // a correction is a new draft revision with the same content and the reason
        long rev1Id = ((Number) p1.get("id")).longValue();
        Api.as(committee).body(Map.of("reason", "  ")).post("/api/v1/evaluations/" + rev1Id + "/corrections").then().statusCode(400);
        JsonPath correction = Api.as(committee).body(Map.of("reason", "参加者数の誤りを訂正するため"))
                .post("/api/v1/evaluations/" + rev1Id + "/corrections").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/evaluations/\\d+$"))
                .extract().jsonPath();
        assertEquals(2, correction.getInt("revision"));
        assertEquals("DRAFT", correction.getString("state"));
        assertEquals("B", correction.getString("rating"));
        assertEquals("予定どおり開催された。", correction.getString("comment"));
        assertEquals("参加者数の誤りを訂正するため", correction.getString("correctionReason"));
        // only the current published revision can be corrected, and a draft is not published
        Api.as(committee).body(Map.of("reason", "二重の訂正")).post("/api/v1/evaluations/" + rev1Id + "/corrections").then().statusCode(409);
        Api.as(committee).body(Map.of("reason", "下書きの訂正")).post("/api/v1/evaluations/" + correction.getLong("id") + "/corrections")
                .then().statusCode(409);

        // the sheet shows the correction; it is edited, finalized and published like any draft
        JsonPath withCorrection = sheetNow();
        assertEquals(correction.getLong("id"), ((Number) evaluationOf(withCorrection, first).get("id")).longValue());
        save(committee, plan.id(), FY, sheet(List.of(row(first, "A", "予定を上回る参加があった。", "周知を工夫されたい。",
                correction.getInt("version"))))).then().statusCode(200);
        finalizeSheet(committee, plan.id(), FY).then().statusCode(200);
        publish(office, plan.id(), FY, "評価を訂正しました").then().statusCode(201).body("revision", is(2));

        // both versions are kept: the history of the initiative lists them newest first
        JsonPath list = Api.as(office).get("/api/v1/initiatives/" + first + "/evaluations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 1), list.getList("items.revision"));
        assertEquals(List.of("PUBLISHED", "SUPERSEDED"), list.getList("items.state"));
        assertEquals(List.of("A", "B"), list.getList("items.rating"));
        assertTrue(list.getString("items[1].supersededAt") != null);
        Api.as(office).get("/api/v1/initiatives/" + first + "/history").then().statusCode(200)
                .body("items.entityType", hasItem("Evaluation"));

        // the public report shows the correction with the earlier version; revision 1 stays as it was
        JsonPath latest = Api.anonymous().get("/api/v1/public/reports/" + plan.code() + "/" + FY).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, latest.getInt("revision"));
        assertEquals(List.of(2, 1), latest.getList("revisions.revision"));
        assertEquals("評価を訂正しました", latest.getString("note"));
        Map<String, Object> initiative = initiativeIn(latest, "取り組みア " + plan.code());
        @SuppressWarnings("unchecked")
        Map<String, Object> evaluation = (Map<String, Object>) initiative.get("evaluation");
        assertEquals("A", evaluation.get("rating"));
        assertEquals(2, evaluation.get("revision"));
        assertEquals("参加者数の誤りを訂正するため", evaluation.get("correctionReason"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> earlier = (List<Map<String, Object>>) evaluation.get("earlier");
        assertEquals(1, earlier.size());
        assertEquals("B", earlier.get(0).get("rating"));
        assertEquals("予定どおり開催された。", earlier.get(0).get("comment"));
        assertEquals("全体としておおむね順調。", latest.getString("opinion.comment"));

        JsonPath original = Api.anonymous().queryParam("revision", 1).get("/api/v1/public/reports/" + plan.code() + "/" + FY)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, original.getInt("revision"));
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) initiativeIn(original, "取り組みア " + plan.code()).get("evaluation");
        assertEquals("B", before.get("rating"));
        assertNull(before.get("earlier"));
        assertEquals(List.of(2, 1), original.getList("revisions.revision"));

        // the initiative without an evaluation has none in the report
        assertFalse(initiativeIn(latest, "取り組みウ " + plan.code()).containsKey("evaluation"));
    }

    /** The first placement of the initiative with this title in a public report's tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> initiativeIn(JsonPath report, String title) {
        Map<String, Object> found = find((List<Map<String, Object>>) (List<?>) report.getList("nodes"), title);
        if (found == null) {
            throw new AssertionError("no initiative " + title + " in " + report.prettify());
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(List<Map<String, Object>> nodes, String title) {
        if (nodes == null) {
            return null;
        }
        for (Map<String, Object> n : nodes) {
            Map<String, Object> i = (Map<String, Object>) n.get("initiative");
            if (i != null && title.equals(i.get("title"))) {
                return i;
            }
            Map<String, Object> deeper = find((List<Map<String, Object>>) n.get("children"), title);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    @Test
    void a_stale_row_refuses_the_whole_batch_and_nothing_changes() {
        TestPlan p = EvaluationFixtures.plan(office, 2020, 2022, 3);
        long a = p.initiative(0);
        long b = p.initiative(1);
        JsonPath s = save(committee, p.id(), FY, sheet(List.of(row(a, "A", "最初のコメント", null, null),
                row(b, "B", "二番目", null, null)))).then().statusCode(200).extract().jsonPath();
        int va = (int) evaluationOf(s, a).get("version");
        int vb = (int) evaluationOf(s, b).get("version");
        // someone else saves b
        save(committee, p.id(), FY, sheet(List.of(row(b, "C", "別の委員の書き込み", null, vb)))).then().statusCode(200);
        // a batch with a fresh a, a new c and a stale b: refused as a whole, the stale row named by its index
        JsonPath refused = save(committee, p.id(), FY, sheet(List.of(row(a, "D", "書き換えたい", null, va),
                row(p.initiative(2), "A", "新しい行", null, null), row(b, "A", "古い版から", null, vb))))
                .then().statusCode(412)
                .body("type", is("https://kyodo.example.jp/problems/stale-version"))
                .body("errors.field", contains("rows[2].version"))
                .extract().jsonPath();
        assertEquals("別の委員の書き込み", evaluationOf(refused.setRootPath("current"), b).get("comment"));
        JsonPath after = Api.as(committee).get(sheetPath(p.id(), FY)).then().statusCode(200).extract().jsonPath();
        assertEquals("最初のコメント", evaluationOf(after, a).get("comment"));
        assertEquals("A", evaluationOf(after, a).get("rating"));
        assertNull(evaluationOf(after, p.initiative(2)));
        assertEquals("別の委員の書き込み", evaluationOf(after, b).get("comment"));
        // a row that thinks there is nothing yet, when there is, is stale too
        save(committee, p.id(), FY, sheet(List.of(row(a, "D", "版なし", null, null)))).then().statusCode(412)
                .body("errors.field", contains("rows[0].version"));
    }

    @Test
    void emptying_a_draft_deletes_it() {
        TestPlan p = EvaluationFixtures.plan(office, 2020, 2022, 1);
        long i = p.initiative(0);
        JsonPath s = save(committee, p.id(), FY, sheet(List.of(row(i, "B", "書きかけ", null, null)))).then().statusCode(200)
                .extract().jsonPath();
        Object version = evaluationOf(s, i).get("version");
        JsonPath after = save(committee, p.id(), FY, sheet(List.of(row(i, null, "  ", "", version)))).then().statusCode(200)
                .extract().jsonPath();
        assertNull(evaluationOf(after, i));
        assertEquals(1, after.getInt("counts.missing"));
        Api.as(office).get("/api/v1/initiatives/" + i + "/history").then().statusCode(200)
                .body("items.findAll { it.entityType == 'Evaluation' }.action", contains("DELETE", "CREATE"));
        // nothing left to finalize
        finalizeSheet(committee, p.id(), FY).then().statusCode(409);
    }

    @Test
    void invalid_rows_are_named_by_their_index() {
        TestPlan p = EvaluationFixtures.plan(office, 2020, 2022, 2);
        TestPlan other = EvaluationFixtures.plan(office, 2020, 2022, 1);
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "Z", "x", null, null),
                row(other.initiative(0), "A", "x", null, null), row(p.initiative(0), "A", "x", null, null))))
                .then().statusCode(400)
                .body("errors.field", contains("rows[0].rating", "rows[1].initiativeId", "rows[2].initiativeId"));
        save(committee, p.id(), FY, Map.of("rows", List.of(Map.of("comment", "no id")))).then().statusCode(400);
        Api.as(committee).get(sheetPath(p.id(), FY)).then().statusCode(200).body("counts.missing", is(2));
        Api.as(committee).get(sheetPath(999_999_999L, FY)).then().statusCode(404);
    }
}
