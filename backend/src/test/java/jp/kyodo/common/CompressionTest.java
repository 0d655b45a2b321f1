package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** JSON answers and the SPA's files come gzip-compressed when the client accepts it, and plain when it does not. */
@QuarkusTest
class CompressionTest {

    @Test
    void a_json_list_is_compressed() {
        given().header("Accept-Encoding", "gzip").accept("application/json")
                .get("/api/v1/wards").then().statusCode(200)
                .header("Content-Encoding", is("gzip")).header("Vary", containsString("Accept-Encoding"))
                .header("ETag", org.hamcrest.Matchers.notNullValue());
        // (without gzip in Accept-Encoding the answer is plain: RestAssured always asks for gzip, curl checks that)
    }

    @Test
    void the_spa_files_are_compressed() {
        given().header("Accept-Encoding", "gzip").get("/assets/probe.js").then().statusCode(200)
                .header("Content-Encoding", is("gzip")).body(containsString("compressible text"));
        given().header("Accept-Encoding", "gzip").get("/").then().statusCode(200)
                .header("Content-Encoding", is("gzip"));
    }
}
