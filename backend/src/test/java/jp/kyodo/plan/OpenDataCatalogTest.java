package jp.kyodo.plan;

import static jp.kyodo.plan.EvaluationFixtures.finalizeSheet;
import static jp.kyodo.plan.EvaluationFixtures.publish;
import static jp.kyodo.plan.EvaluationFixtures.row;
import static jp.kyodo.plan.EvaluationFixtures.save;
import static jp.kyodo.plan.EvaluationFixtures.sheet;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jp.kyodo.plan.EvaluationFixtures.TestPlan;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** The catalogue lists the real public datasets, and every download URL it gives answers 200 with its media type. */
@QuarkusTest
class OpenDataCatalogTest {

    static final int FY = 2016;

    @Test
    void the_catalogue_lists_published_reports_and_registers_whose_urls_answer() {
        String office = Api.token(Api.OFFICE);
        String committee = Api.token(Api.COMMITTEE);
        TestPlan p = EvaluationFixtures.plan(office, 2015, 2017, 2);
        save(committee, p.id(), FY, sheet(List.of(row(p.initiative(0), "A", "公表するコメント", null, null)))).then()
                .statusCode(200);
        finalizeSheet(committee, p.id(), FY).then().statusCode(200);
        publish(office, p.id(), FY, null).then().statusCode(201);

        JsonPath catalog = Api.anonymous().header("Origin", "https://harvester.example.org").get("/api/v1/open-data/catalog")
                .then().statusCode(200).header("Access-Control-Allow-Origin", is("*"))
                .body("publisher.name.ja", is("福岡市")).body("license", is("https://creativecommons.org/licenses/by/4.0/"))
                .extract().jsonPath();
        List<Map<String, Object>> datasets = catalog.getList("dataset");
        Map<String, Object> report = datasets.stream().filter(d -> d.get("identifier").equals("report-" + p.code() + "-" + FY))
                .findFirst().orElseThrow();
        assertNotNull(report.get("issued"));
        assertNotNull(report.get("modified"));
        assertTrue(((String) report.get("rights")).contains("公共データ利用規約（第1.0版）"));
        assertTrue(datasets.stream().anyMatch(d -> d.get("identifier").equals("districts")));

        int checked = 0;
        for (Map<String, Object> d : datasets) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> distributions = (List<Map<String, Object>>) d.get("distribution");
            assertFalse(distributions.isEmpty(), d.get("identifier") + " has no distribution");
            for (Map<String, Object> dist : distributions) {
                URI url = URI.create((String) dist.get("downloadURL"));
                assertEquals(RestAssured.port, url.getPort(), url.toString());
                String type = (String) dist.get("mediaType");
                String got = Api.anonymous().accept(type).get(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))
                        .then().statusCode(200).extract().contentType();
                assertTrue(got.startsWith(type), url + " answered " + got);
                checked++;
            }
        }
        assertTrue(checked >= 7);
    }
}
