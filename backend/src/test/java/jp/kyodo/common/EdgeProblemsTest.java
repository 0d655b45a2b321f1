package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Refusals before the API (size, URI length, origin) and 401s speak problem+json like every other error. */
@QuarkusTest
class EdgeProblemsTest {

    @Test
    void a_body_over_the_limit_is_a_413_problem() {
        byte[] body = new byte[21 * 1024 * 1024];
        given().contentType("application/json").body(body).post("/api/v1/wards").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", is(413));
    }

    @Test
    void a_uri_too_long_is_a_414_problem() {
        given().get("/api/v1/wards?q=" + "a".repeat(9000)).then().statusCode(414)
                .contentType(startsWith("application/problem+json")).body("status", is(414));
    }

    @Test
    void a_refused_origin_is_a_403_problem() {
        // (public data is open to any origin: OpenDataCorsTest)
        given().header("Origin", "https://evil.example").get("/api/v1/me").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("title", is("Origin not allowed"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/wards").then().statusCode(403).contentType(startsWith("application/problem+json"));
        // the app's own origin passes
        given().header("Origin", "http://localhost:" + io.restassured.RestAssured.port).get("/api/v1/wards").then().statusCode(200);
    }

    @Test
    void a_401_says_how_to_authenticate() {
        given().get("/api/v1/me").then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void the_web_app_reports_its_errors_to_the_log() {
        given().contentType("application/json").body(java.util.Map.of("message", "x is null", "path", "/districts/1",
                "stack", "at A\nat B")).post("/api/v1/client-errors").then().statusCode(204);
        given().contentType("application/json").body(java.util.Map.of("message", "m".repeat(501), "path", "/"))
                .post("/api/v1/client-errors").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
