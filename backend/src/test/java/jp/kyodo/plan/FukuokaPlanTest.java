package jp.kyodo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Fukuoka 2009 plan ships with the product. The expected figures are counted by hand from the printed plan
 * (seed 000, 「コミュニティに関する今後の取り組み」 平成21年4月; see docs/plan-fukuoka-2009-counts.md), not from the JSON.
 */
@QuarkusTest
class FukuokaPlanTest {

    private static String office;
    private static long planId;
    private static JsonPath tree;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(FukuokaPlanTest::fixtures);

    static void fixtures() {
        office = Api.token(Api.OFFICE);
        JsonPath plans = Api.as(office).get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        int i = plans.getList("items.code").indexOf("fukuoka-2009");
        assertTrue(i >= 0, plans.prettify());
        planId = plans.getLong("items[" + i + "].id");
        // far in the future: only the plan's structure matters here
        tree = Api.as(office).get("/api/v1/plans/" + planId + "/tree").then().statusCode(200).extract().jsonPath();
    }

    /** Measure path → the placements under it, each as {code, initiative, relisted}. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> measures() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map<String, Object> pillar : (List<Map<String, Object>>) tree.getList("nodes", Map.class).stream().map(m -> (Map<String, Object>) m).toList()) {
            for (Map<String, Object> direction : (List<Map<String, Object>>) pillar.get("children")) {
                for (Map<String, Object> measure : (List<Map<String, Object>>) direction.get("children")) {
                    String key = pillar.get("code") + "-" + direction.getOrDefault("code", "") + "-" + measure.getOrDefault("code", "");
                    out.put(key, new ArrayList<>((List<Map<String, Object>>) measure.get("children")));
                }
            }
        }
        return out;
    }

    @Test
    void pillars_directions_and_measures_are_as_printed() {
        assertEquals(List.of("Ⅱ", "Ⅲ", "Ⅳ"), tree.getList("nodes.code"));
        assertEquals("コミュニティの自治の確立に向けた取り組み", tree.getString("nodes[0].title"));
        assertEquals("コミュニティと市の共働に向けた取り組み", tree.getString("nodes[1].title"));
        assertEquals(List.of("1", "2"), tree.getList("nodes[0].children.code"));
        assertEquals(List.of("1", "2", "3"), tree.getList("nodes[1].children.code"));
        assertEquals("自治の環境づくり", tree.getString("nodes[0].children[0].title"));
        assertEquals("市からコミュニティへの依頼等の見直し", tree.getString("nodes[1].children[1].children[1].title"));
        assertEquals(37, tree.getInt("plan.initiatives"));
        assertEquals(2009, tree.getInt("plan.fromFiscalYear"));
    }

    @Test
    void count_of_initiatives_per_measure_matches_the_seed() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("Ⅱ-1-(1)", 6);
        expected.put("Ⅱ-1-(2)", 3);
        expected.put("Ⅱ-2-(1)", 12);
        expected.put("Ⅱ-2-(2)", 2);
        expected.put("Ⅲ-1-(1)", 2);
        expected.put("Ⅲ-2-(1)", 2);
        expected.put("Ⅲ-2-(2)", 2);
        expected.put("Ⅲ-2-(3)", 2);
        expected.put("Ⅲ-3-(1)", 2);
        expected.put("Ⅲ-3-(2)", 2);
        expected.put("Ⅲ-3-(3)", 3);
        expected.put("Ⅳ--", 1);
        Map<String, Integer> actual = new LinkedHashMap<>();
        measures().forEach((k, v) -> actual.put(k, v.size()));
        assertEquals(expected, actual);
        assertEquals(List.of("ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ", "サ", "シ"),
                measures().get("Ⅱ-2-(1)").stream().map(p -> p.get("code")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void relisted_initiatives_are_the_same_initiative_in_two_places() {
        List<Map<String, Object>> first = measures().get("Ⅱ-1-(1)");
        List<Map<String, Object>> again = measures().get("Ⅱ-2-(1)");
        int relisted = 0;
        for (List<Map<String, Object>> m : measures().values()) {
            relisted += (int) m.stream().filter(p -> Boolean.TRUE.equals(p.get("relisted"))).count();
        }
        assertEquals(2, relisted);
        // カ 「住民自治フォーラム（仮称）」の開催【再掲】 and キ 「コミュニティ通信（仮称）」の発行【再掲】
        Map<String, Object> forum = (Map<String, Object>) first.get(0).get("initiative");
        Map<String, Object> forumAgain = (Map<String, Object>) again.get(5).get("initiative");
        assertEquals(true, again.get(5).get("relisted"));
        assertEquals(forum.get("id"), forumAgain.get("id"));
        assertEquals("「住民自治フォーラム（仮称）」の開催", forum.get("title"));
        assertEquals(2, forum.get("placements"));
        assertEquals("Ⅱ-1-(1)-ア", forum.get("path"));
        Map<String, Object> news = (Map<String, Object>) first.get(1).get("initiative");
        assertEquals(news.get("id"), ((Map<String, Object>) again.get(6).get("initiative")).get("id"));
        // the initiative page lists both placements
        JsonPath d = Api.as(office).get("/api/v1/initiatives/" + forum.get("id")).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Ⅱ-1-(1)-ア", "Ⅱ-2-(1)-カ"), d.getList("placementList.path"));
        assertEquals(List.of(false, true), d.getList("placementList.relisted"));
        // listed once in the initiative list
        assertEquals(37, Api.as(office).get("/api/v1/initiatives?planId=" + planId + "&size=100").then().statusCode(200)
                .extract().jsonPath().getInt("total"));
    }

    @Test
    void tags_as_printed() {
        JsonPath all = Api.as(office).get("/api/v1/initiatives?planId=" + planId + "&size=100").then().statusCode(200).extract().jsonPath();
        List<String> tags = all.getList("items.tag");
        // [新規] 7 distinct as printed + Ⅲ-2-(2) イ under the shared cell; [充実] 19 as printed + 5 rows under shared cells
        assertEquals(8, tags.stream().filter("NEW"::equals).count());
        assertEquals(24, tags.stream().filter("ENHANCED"::equals).count());
        assertEquals(5, tags.stream().filter(t -> t == null).count());
        assertEquals(8, Api.as(office).get("/api/v1/initiatives?planId=" + planId + "&tag=NEW").then().statusCode(200)
                .extract().jsonPath().getInt("total"));
    }

    @Test
    void targets_parentheses_notes_and_milestones_as_printed() {
        // イ 「自治会活動ハンドブック」の改善 — 21年度実施･完了: two targets in 2009
        JsonPath handbook = initiative("「自治会活動ハンドブック」の改善");
        assertEquals(List.of("START", "COMPLETE"), handbook.getList("targets.kind"));
        assertEquals(List.of(2009, 2009), handbook.getList("targets.fiscalYear"));
        assertEquals(List.of(false, false), handbook.getList("targets.enhancesExisting"));
        // ウ 「ふくおか市政だより」… — (21 年度実施): enhances a program already running
        JsonPath shisei = initiative("「ふくおか市政だより」への記事掲載");
        assertEquals(List.of("START"), shisei.getList("targets.kind"));
        assertEquals(List.of(true), shisei.getList("targets.enhancesExisting"));
        assertEquals("(21 年度実施)", shisei.getString("targets[0].label"));
        assertEquals("ENHANCED", shisei.getString("tag"));
        assertEquals(2, shisei.getList("points").size());
        // ク 活力あるまちづくり支援事業補助金の交付 — 継続, no year, no tag
        JsonPath subsidy = initiative("活力あるまちづくり支援事業補助金の交付");
        assertEquals(List.of("CONTINUE"), subsidy.getList("targets.kind"));
        assertNull(subsidy.get("targets[0].fiscalYear"));
        assertNull(subsidy.get("tag"));
        // 職員向け手引書の作成 — ※適宜改訂
        assertTrue(initiative("職員向け手引書の作成").getList("notes").contains("適宜改訂"));
        // Ⅲ-2-(3) ア 主催事業の整理・見直し — 21 年度本格着手, ① ② by FY2010, ③
        JsonPath review = initiative("主催事業の整理・見直し");
        assertEquals(List.of("BEGIN"), review.getList("targets.kind"));
        assertEquals("21 年度本格着手", review.getString("targets[0].label"));
        assertEquals(List.of("現状の検証", "今後の方向の検討～決定(見直し内容・実施時期等)", "見直し実施"), review.getList("milestones.title"));
        assertEquals(List.of(2010, 2010), review.getList("milestones.dueFiscalYear").subList(0, 2));
        // Ⅳ 推進委員会の設置 — ※21年夏を目途
        JsonPath committee = initiative("施策推進委員会");
        assertEquals("NEW", committee.getString("tag"));
        assertFalse(committee.getList("notes").isEmpty());
    }

    private static JsonPath initiative(String titleContains) {
        JsonPath found = Api.as(office).queryParam("planId", planId).queryParam("q", titleContains).get("/api/v1/initiatives")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(found.getInt("total") >= 1, titleContains);
        return Api.as(office).get("/api/v1/initiatives/" + found.getLong("items[0].id")).then().statusCode(200).extract().jsonPath();
    }
}
