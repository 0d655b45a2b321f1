package jp.kyodo.plan;

import static jp.kyodo.plan.EvaluationFixtures.finalizeSheet;
import static jp.kyodo.plan.EvaluationFixtures.publish;
import static jp.kyodo.plan.EvaluationFixtures.row;
import static jp.kyodo.plan.EvaluationFixtures.save;
import static jp.kyodo.plan.EvaluationFixtures.sheet;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.plan.EvaluationFixtures.TestPlan;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.publication.PublishedReport;
import jp.kyodo.plan.publication.service.StoredReports;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * A published report is served from its stored JSON and stored digest (#12): the answer is byte for byte what the
 * tree-rebuilding read used to send, the ETag is known without reading the snapshot, and a browser that has it gets 304.
 */
@QuarkusTest
class PublishedReportServingTest {

    static final int FY = 2016;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    StoredReports storedReports;

    @Test
    void the_answer_is_the_stored_json_with_its_revisions_exactly_as_before_and_a_known_etag_gives_304() throws Exception {
        String office = Api.token(Api.OFFICE);
        String committee = Api.token(Api.COMMITTEE);
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 2);
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "A", "公表する\"コメント\"\n改行つき", null, null)))).then()
                .statusCode(200);
        finalizeSheet(committee, p.id(), FY).then().statusCode(200);
        // the first revision without a note (the revisions go after publishedAt), the second with one (after note)
        publish(office, p.id(), FY, null).then().statusCode(201).body("revision", is(1));
        String base = "/api/v1/public/reports/" + p.code() + "/" + FY;
        String etagWithOneRevision = Api.anonymous().get(base).then().statusCode(200).extract().header("ETag");
        publish(office, p.id(), FY, "誤字を訂正しました").then().statusCode(201).body("revision", is(2));

        for (String query : List.of("", "?revision=1", "?revision=2")) {
            var response = Api.anonymous().get(base + query).then().statusCode(200).extract();
            byte[] body = response.asByteArray();
            int revision = query.isEmpty() ? 2 : Integer.parseInt(query.substring(query.indexOf('=') + 1));
            assertEquals(rebuiltAsBefore(p.id(), revision), new String(body, StandardCharsets.UTF_8), "the answer to " + query);
            String etag = response.header("ETag");
            assertNotNull(etag);
            Api.anonymous().header("If-None-Match", etag).get(base + query).then().statusCode(304)
                    .header("ETag", is(etag)).header("Cache-Control", is("public, no-cache"));
        }
        // the first revision's answer changed (its list of revisions grew), and so did its tag
        String etagNow = Api.anonymous().get(base + "?revision=1").then().statusCode(200).extract().header("ETag");
        assertNotEquals(etagWithOneRevision, etagNow);
        Api.anonymous().header("If-None-Match", etagWithOneRevision).get(base + "?revision=1").then().statusCode(200);
        // compressed when asked for, like any JSON
        Api.anonymous().header("Accept-Encoding", "gzip").get(base).then().statusCode(200).header("Content-Encoding", is("gzip"));
    }

    @Test
    void revisions_published_before_the_stored_digest_existed_get_it_at_startup() {
        String office = Api.token(Api.OFFICE);
        String committee = Api.token(Api.COMMITTEE);
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 2);
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "B", "旧い公表", null, null)))).then().statusCode(200);
        finalizeSheet(committee, p.id(), FY).then().statusCode(200);
        publish(office, p.id(), FY, "旧い版").then().statusCode(201);
        String base = "/api/v1/public/reports/" + p.code() + "/" + FY;
        String before = Api.anonymous().get(base).then().statusCode(200).extract().asString();
        String etag = Api.anonymous().get(base).then().extract().header("ETag");
        PublishedReport stored = QuarkusTransaction.requiringNew().call(() -> one(p.id(), 1));

        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update PublishedReport r set r.contentDigest = null,"
                + " r.revisionsAt = null where r.planId = :p").setParameter("p", p.id()).executeUpdate());
        // read as it is (computed on the fly), then filled in as the next start does
        Api.anonymous().get(base).then().statusCode(200).body(is(before)).header("ETag", is(etag));
        QuarkusTransaction.requiringNew().run(() -> storedReports.onStart(null));

        PublishedReport filled = QuarkusTransaction.requiringNew().call(() -> one(p.id(), 1));
        assertEquals(stored.contentDigest, filled.contentDigest);
        assertEquals(stored.revisionsAt, filled.revisionsAt);
        Api.anonymous().get(base).then().statusCode(200).body(is(before)).header("ETag", is(etag));
    }

    private PublishedReport one(long planId, int revision) {
        PublishedReport r = em.createQuery("from PublishedReport r where r.planId = :p and r.fiscalYear = :fy and r.revision = :rev",
                PublishedReport.class).setParameter("p", planId).setParameter("fy", FY).setParameter("rev", revision).getSingleResult();
        em.detach(r);
        return r;
    }

    /** What the read did before #12: parse the snapshot, add every revision after note (or publishedAt), write it. */
    private String rebuiltAsBefore(long planId, int revision) throws Exception {
        PublishedReport r = QuarkusTransaction.requiringNew().call(() -> one(planId, revision));
        List<PublishedReport> all = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from PublishedReport r where r.planId = :p and r.fiscalYear = :fy order by r.revision desc", PublishedReport.class)
                .setParameter("p", planId).setParameter("fy", FY).getResultList());
        ObjectNode stored = (ObjectNode) mapper.readTree(r.content);
        ArrayNode revisions = mapper.createArrayNode();
        for (PublishedReport x : all) {
            ObjectNode v = revisions.addObject();
            v.put("revision", x.revision);
            v.set("publishedAt", mapper.valueToTree(EvaluationService.at(x.publishedAt)));
            if (x.note != null) {
                v.put("note", x.note);
            }
        }
        ObjectNode out = mapper.createObjectNode();
        stored.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("revisions")) {
                out.set(f.getKey(), f.getValue());
            }
            if (f.getKey().equals("note") || (f.getKey().equals("publishedAt") && !stored.has("note"))) {
                out.set("revisions", revisions);
            }
        });
        if (!out.has("revisions")) {
            out.set("revisions", revisions);
        }
        return mapper.writeValueAsString(out);
    }
}
