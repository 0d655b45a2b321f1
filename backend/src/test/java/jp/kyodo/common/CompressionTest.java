package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * JSON answers and the SPA's files come gzip-compressed when the client accepts it, and plain when it does not; the
 * build's hashed files are kept by browsers for good, index.html is revalidated so a deploy is seen at once.
 */
@QuarkusTest
class CompressionTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** RestAssured asks for gzip by itself; a client that does not (curl without --compressed) gets plain bytes. */
    private static RequestSpecification withoutGzip() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity");
    }

    @Test
    void a_json_list_is_compressed_when_accepted_and_plain_otherwise() {
        given().header("Accept-Encoding", "gzip").accept("application/json")
                .get("/api/v1/wards").then().statusCode(200)
                .header("Content-Encoding", is("gzip")).header("Vary", containsStringIgnoringCase("Accept-Encoding"))
                .header("ETag", notNullValue());
        withoutGzip().accept("application/json").get("/api/v1/wards").then().statusCode(200)
                .header("Content-Encoding", nullValue()).header("Vary", containsStringIgnoringCase("Accept-Encoding"));
    }

    @Test
    void the_district_boundaries_geo_json_is_compressed() {
        given().cookie("kyodo_session", Api.token(Api.OFFICE)).header("Accept-Encoding", "gzip")
                .get("/api/v1/districts/boundaries").then().statusCode(200)
                .contentType(containsString("application/geo+json"))
                .header("Content-Encoding", is("gzip"));
    }

    @Test
    void the_spa_files_are_compressed() {
        given().header("Accept-Encoding", "gzip").get("/assets/probe.js").then().statusCode(200)
                .header("Content-Encoding", is("gzip")).body(containsString("compressible text"));
        given().header("Accept-Encoding", "gzip").get("/assets/probe-Ab12_d-4.css").then().statusCode(200)
                .header("Content-Encoding", is("gzip")).body(containsString(".probe-199"));
        given().header("Accept-Encoding", "gzip").get("/probe.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).header("Content-Encoding", is("gzip"));
        given().header("Accept-Encoding", "gzip").get("/").then().statusCode(200)
                .header("Content-Encoding", is("gzip"));
        withoutGzip().get("/assets/probe-Ab12_d-4.css").then().statusCode(200)
                .header("Content-Encoding", nullValue()).header("Vary", containsStringIgnoringCase("Accept-Encoding"));
    }

    @Test
    void the_builds_hashed_files_are_kept_for_a_year_and_never_asked_for_again() {
        given().get("/assets/probe-Ab12_d-4.css").then().statusCode(200).header("Cache-Control", is(IMMUTABLE));
        // A missing hashed file is a 404 that nobody may keep: the next deploy may bring it.
        given().get("/assets/gone-Zz98_y-7.js").then().statusCode(404)
                .header("Cache-Control", not(IMMUTABLE));
    }

    @Test
    void index_html_and_unhashed_files_are_revalidated_every_time() {
        given().get("/").then().statusCode(200).header("Cache-Control", is("no-cache"));
        given().get("/index.html").then().statusCode(200).header("Cache-Control", is("no-cache"));
        // a client-side route, answered with index.html
        given().get("/districts/12").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", is("no-cache"));
        given().get("/assets/probe.js").then().statusCode(200).header("Cache-Control", is("no-cache"));
        given().get("/probe.svg").then().statusCode(200).header("Cache-Control", is("no-cache"));
    }

    @Test
    void api_answers_keep_their_own_policy() {
        given().get("/api/v1/public/reports").then().header("Cache-Control", is("public, no-cache"));
    }
}
