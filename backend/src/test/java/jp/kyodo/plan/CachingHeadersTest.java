package jp.kyodo.plan;

import static jp.kyodo.plan.EvaluationFixtures.finalizeSheet;
import static jp.kyodo.plan.EvaluationFixtures.publish;
import static jp.kyodo.plan.EvaluationFixtures.row;
import static jp.kyodo.plan.EvaluationFixtures.save;
import static jp.kyodo.plan.EvaluationFixtures.sheet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import jp.kyodo.plan.EvaluationFixtures.TestPlan;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Cache-Control says who may keep an answer: open data pinned to a published revision forever, other public answers
 * with revalidation, a signed-in caller's answers nowhere.
 */
@QuarkusTest
class CachingHeadersTest {

    static final int FY = 2016;

    @Test
    void a_pinned_revision_is_immutable_and_the_latest_is_revalidated() {
        String office = Api.token(Api.OFFICE);
        String committee = Api.token(Api.COMMITTEE);
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 2);
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "A", "公表するコメント", null, null)))).then()
                .statusCode(200);
        finalizeSheet(committee, p.id(), FY).then().statusCode(200);
        publish(office, p.id(), FY, null).then().statusCode(201).body("revision", is(1));
        String base = "/api/v1/public/reports/" + p.code() + "/" + FY;

        String immutable = "public, max-age=31536000, immutable";
        Api.anonymous().get(base + "/initiatives?revision=1").then().statusCode(200).header("Cache-Control", is(immutable));
        String etag = Api.anonymous().accept("text/csv").get(base + "/initiatives/csv?revision=1").then().statusCode(200)
                .header("Cache-Control", is(immutable)).extract().header("ETag");
        Api.anonymous().accept("text/csv").header("If-None-Match", etag).get(base + "/initiatives/csv?revision=1").then()
                .statusCode(304).header("Cache-Control", is(immutable)).header("ETag", is(etag));
        // the same for a signed-in caller: published data is the same for everyone
        Api.as(office).get(base + "/initiatives?revision=1").then().statusCode(200).header("Cache-Control", is(immutable));

        // the latest revision moves when the office publishes again; a report lists its revisions, which grow
        Api.anonymous().get(base + "/initiatives").then().statusCode(200).header("Cache-Control", is("public, no-cache"));
        Api.anonymous().get(base + "?revision=1").then().statusCode(200).header("Cache-Control", is("public, no-cache"));
        Api.anonymous().get("/api/v1/public/reports").then().statusCode(200).header("Cache-Control", is("public, no-cache"));
    }

    @Test
    void anonymous_answers_are_public_and_signed_in_answers_are_not_stored() {
        Api.anonymous().get("/api/v1/districts").then().statusCode(200)
                .header("Cache-Control", is("public, no-cache")).header("Vary", containsString("Cookie"));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/districts").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
        // an operation's own policy stands: exports are never stored
        Api.as(Api.adminToken()).accept("text/csv").get("/api/v1/exports/districts").then().statusCode(200)
                .header("Cache-Control", is("no-store"));
    }
}
