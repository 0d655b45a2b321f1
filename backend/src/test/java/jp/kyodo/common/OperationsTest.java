package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    /** The management interface: its own port, kept inside the network. */
    @TestHTTPResource(value = "", management = true)
    URL managementRoot;

    private String management() {
        String root = managementRoot.toString();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    @Test
    void readiness_reports_the_database_on_the_management_port() {
        given().get(management() + "/health/ready").then().statusCode(200).body("status", is("UP"))
                .body(containsString("Database connections health check"));
        given().get(management() + "/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metrics_are_exposed_in_prometheus_format_on_the_management_port() {
        given().get("/api/v1/wards");
        given().get(management() + "/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void the_contract_and_swagger_ui_stay_on_the_public_port() {
        given().get("/q/openapi?format=yaml").then().statusCode(200).body(containsString("openapi:"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void nobody_reads_metrics_or_health_on_the_public_port() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
            given().get(path).then().statusCode(404)
                    .body(org.hamcrest.Matchers.not(containsString("http_server_requests")))
                    .body(org.hamcrest.Matchers.not(containsString("\"checks\"")));
        }
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
        // (public data is open to any origin: OpenDataCorsTest)
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/me").then().statusCode(403)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
