package jp.kyodo.common;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * ETags follow what is sent (a record's version plus a digest of its body; a digest alone for lists and files), and
 * If-None-Match answers 304 without a body while nothing changed; If-Match keeps deciding on the version.
 */
@QuarkusTest
class ConditionalGetTest {

    private static final String RECORD_TAG = "\"\\d+-[0-9a-f]{32}\"";
    private static final String CONTENT_TAG = "\"[0-9a-f]{32}\"";

    @Test
    void a_record_tag_changes_with_a_derived_figure_and_if_match_still_takes_the_last_get() {
        Api.Town t = Api.town("条件", "じょうけん");
        String path = "/api/v1/districts/" + t.districtId();
        var before = Api.anonymous().get(path).then().statusCode(200).header("ETag", matchesPattern(RECORD_TAG)).extract();
        long version = before.jsonPath().getLong("version");
        assertTrue(before.header("ETag").startsWith("\"" + version + "-"));
        // Statistics are the district's children: the district's version stays, its representation does not.
        Api.as(Api.adminToken()).body(Map.of("population", 1234, "households", 567))
                .put(path + "/statistics/2025").then().statusCode(201);
        var after = Api.anonymous().get(path).then().statusCode(200).body("version", is((int) version))
                .body("latestStatistics.population", is(1234)).extract();
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        // The tag of the first GET still names the version nobody changed: the update succeeds.
        Map<String, Object> edit = Api.body("code", after.jsonPath().getString("code"), "name", "条件",
                "kana", "じょうけん", "wardId", t.wardId(), "communityHall", "条件公民館", "note", "更新");
        String saved = Api.as(Api.adminToken()).header("If-Match", before.header("ETag")).body(edit).put(path).then()
                .statusCode(200).header("ETag", matchesPattern("\"" + (version + 1) + "-[0-9a-f]{32}\"")).extract()
                .header("ETag");
        // The old tag is stale now; the 412 carries the current tag, which a GET sends too.
        String current = Api.as(Api.adminToken()).header("If-Match", before.header("ETag")).body(edit).put(path).then()
                .statusCode(412).extract().header("ETag");
        assertTrue(current.startsWith("\"" + (version + 1) + "-"));
        // Weak, star and malformed tags still never match.
        Api.as(Api.adminToken()).header("If-Match", "W/" + saved).body(edit).put(path).then().statusCode(412);
        Api.as(Api.adminToken()).header("If-Match", "*").body(edit).put(path).then().statusCode(428);
        Api.as(Api.adminToken()).header("If-Match", "\"" + (version + 1) + "-zz\"").body(edit).put(path).then()
                .statusCode(412);
        // The answer to the PUT is the representation a GET sends: the same tag, so the next GET can be a 304.
        Api.as(Api.adminToken()).header("If-None-Match", saved).get(path).then().statusCode(304)
                .header("ETag", is(saved)).body(is(emptyString()));
    }

    @Test
    void a_record_answers_304_while_nothing_changed() {
        Api.Town t = Api.town("再検証", "さいけんしょう");
        String path = "/api/v1/districts/" + t.districtId();
        String etag = Api.anonymous().get(path).then().statusCode(200).extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", is(etag))
                .body(is(emptyString()));
        Api.anonymous().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "*").get(path).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "\"other\"").get(path).then().statusCode(200).header("ETag", is(etag));
    }

    @Test
    void a_list_tag_is_a_digest_of_the_page() {
        Api.Town t = Api.town("一覧", "いちらん");
        String path = "/api/v1/districts?wardId=" + t.wardId() + "&fiscalYear=2025";
        String etag = Api.anonymous().get(path).then().statusCode(200).header("ETag", matchesPattern(CONTENT_TAG))
                .extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", is(etag));
        // A membership figure changes the listed join rate, not any district: the list's tag follows.
        long a = t.associationIds().get(0);
        String figure = Api.anonymous().get("/api/v1/organizations/" + a + "/membership-figures/2025").header("ETag");
        Api.putFigures(Api.adminToken(), a, 2025, 100, 50, figure).then().statusCode(200);
        String now = Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(200)
                .header("ETag", matchesPattern(CONTENT_TAG)).extract().header("ETag");
        assertNotEquals(etag, now);
    }

    @Test
    void an_export_answers_304_while_its_content_is_the_same() {
        String path = "/api/v1/exports/districts";
        var first = Api.as(Api.adminToken()).accept("text/csv").get(path).then().statusCode(200)
                .header("ETag", matchesPattern(CONTENT_TAG)).extract();
        assertTrue(first.asByteArray().length > 0);
        String etag = first.header("ETag");
        Api.as(Api.adminToken()).accept("text/csv").header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", is(etag)).header("Content-Disposition", org.hamcrest.Matchers.nullValue());
        var again = Api.as(Api.adminToken()).accept("text/csv").get(path).then().statusCode(200).extract();
        assertEquals(etag, again.header("ETag"));
        assertEquals(new String(first.asByteArray()), new String(again.asByteArray()));
        Api.createDistrict(Api.createWard(), "書出", "かきだし");
        Api.as(Api.adminToken()).accept("text/csv").header("If-None-Match", etag).get(path).then().statusCode(200)
                .header("ETag", not(is(etag)));
    }
}
