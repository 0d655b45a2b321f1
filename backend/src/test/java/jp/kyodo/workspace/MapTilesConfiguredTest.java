package jp.kyodo.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** With 地理院タイル configured: the SPA is told the template and credit, and img-src admits that origin only. */
@QuarkusTest
@TestProfile(MapTilesConfiguredTest.Tiles.class)
class MapTilesConfiguredTest {

    static final String TILE_URL = "https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png";

    public static class Tiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kyodo.map.tile-url", TILE_URL, "kyodo.map.tile-attribution", "地理院タイル");
        }
    }

    @Test
    void the_map_settings_name_the_tiles_and_their_credit() {
        for (String role : new String[] {Api.ADMIN, Api.OFFICE, Api.DEPARTMENT, Api.LIAISON, Api.COMMITTEE}) {
            Api.as(Api.token(role)).get("/api/v1/map/settings").then().statusCode(200)
                    .body("tileUrl", is(TILE_URL)).body("tileAttribution", is("地理院タイル"));
        }
    }

    @Test
    void images_may_come_from_the_tile_server_and_nothing_else_from_it() {
        String policy = "default-src 'self'; img-src 'self' data: https://cyberjapandata.gsi.go.jp; "
                + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'";
        given().get("/map").then().statusCode(200).header("Content-Security-Policy", is(policy));
        given().get("/").then().statusCode(200).header("Content-Security-Policy", is(policy));
    }
}
