package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.OpenData;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** Public data can be read from a page on any origin; nothing else can. */
@QuarkusTest
class OpenDataCorsTest {

    static final String ELSEWHERE = "https://opendata.example.org";

    @Test
    void the_open_list_is_every_public_get_of_the_contract_but_the_calendar_feed() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()).get("paths");
        List<String> publicGets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode get = e.getValue().get("get");
            if (get != null && get.path("description").asText().contains(ApiDoc.PUBLIC)
                    && !e.getKey().endsWith(".ics")) {
                publicGets.add(e.getKey());
            }
        }
        assertEquals(new TreeSet<>(publicGets), new TreeSet<>(OpenData.PUBLIC_GETS));
    }

    @Test
    void a_public_operation_answers_a_preflight_and_a_get_from_any_origin() {
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").options("/api/v1/districts").then()
                .statusCode(204).header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", ELSEWHERE).accept("application/json").get("/api/v1/wards").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("*")).header("Access-Control-Expose-Headers", containsString("ETag")).header("Access-Control-Expose-Headers", containsString("RateLimit"))
                .header("Access-Control-Allow-Credentials", nullValue()).header("Cache-Control", is("public, no-cache"));
        // read as anonymous even with a token: a page elsewhere never gets what a signed-in caller is sent
        given().header("Origin", ELSEWHERE).header("Authorization", "Bearer " + Api.token(Api.OFFICE))
                .accept("application/json").get("/api/v1/wards").then().statusCode(200)
                .header("Cache-Control", is("public, no-cache"));
        // the same header without an Origin, so that a shared cache cannot hand out an answer without it
        given().accept("application/json").get("/api/v1/wards").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("*"));
        given().header("Origin", ELSEWHERE).accept("text/csv").get("/api/v1/public/reports/none/2020/initiatives/csv")
                .then().statusCode(404).header("Access-Control-Allow-Origin", is("*"));
    }

    @Test
    void anything_else_from_another_origin_stays_refused() {
        given().header("Origin", ELSEWHERE).header("Authorization", "Bearer " + Api.token(Api.OFFICE)).get("/api/v1/me")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", is("https://kyodo.example.jp/problems/cors-origin"))
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET").options("/api/v1/me").then()
                .statusCode(403).contentType(startsWith("application/problem+json"));
        // a public path, but not a read
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "POST").options("/api/v1/wards")
                .then().statusCode(403);
        given().header("Origin", ELSEWHERE).body("{}").contentType("application/json").post("/api/v1/wards").then()
                .statusCode(403).header("Access-Control-Allow-Origin", not(is("*")));
        given().header("Origin", ELSEWHERE).accept("application/json").get("/api/v1/exports/districts").then()
                .statusCode(403);
    }
}
