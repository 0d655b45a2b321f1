package jp.kyodo.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** Without map tiles configured (the default): the outline map, and a policy that lets no other origin's image in. */
@QuarkusTest
class MapTilesTest {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    @Test
    void without_tiles_the_map_settings_are_empty() {
        Api.as(Api.token(Api.LIAISON)).get("/api/v1/map/settings").then().statusCode(200)
                .body("$", not(hasKey("tileUrl"))).body("$", not(hasKey("tileAttribution")));
        Api.anonymous().get("/api/v1/map/settings").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void without_tiles_images_come_only_from_this_origin() {
        given().get("/map").then().statusCode(200).header("Content-Security-Policy", is(POLICY));
        given().get("/").then().statusCode(200).header("Content-Security-Policy", is(POLICY));
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/map/settings").then()
                .header("Content-Security-Policy", is(POLICY));
        // Quarkus' own pages keep their own rules
        given().get("/q/openapi").then().statusCode(200).header("Content-Security-Policy",
                org.hamcrest.Matchers.nullValue());
        given().get("/map").then().header("Content-Security-Policy", not(containsString("http")));
    }
}
