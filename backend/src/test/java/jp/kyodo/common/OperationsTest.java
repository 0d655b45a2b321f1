package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readiness_reports_the_database() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metrics_are_exposed_in_prometheus_format() {
        given().get("/api/v1/wards");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void spa_deep_links_are_served_index_html_with_security_headers() {
        given().get("/districts/12").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("X-Frame-Options", is("DENY"));
        given().get("/assets/missing.js").then().statusCode(404);
    }

    @Test
    void cors_is_closed_to_unconfigured_origins() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/wards").then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
