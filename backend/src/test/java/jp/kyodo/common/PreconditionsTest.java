package jp.kyodo.common;

import static jp.kyodo.testing.Api.adminToken;
import static jp.kyodo.testing.Api.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** If-Match is compared strongly (RFC 9110): "*" and weak tags never stand in for the version the client edited. */
@QuarkusTest
class PreconditionsTest {

    private static Map<String, Object> ward(long id) {
        return as(adminToken()).get("/api/v1/wards/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void a_star_is_no_version_on_update_or_delete() {
        long id = Api.createWard();
        Map<String, Object> w = ward(id);
        Map<String, Object> body = Map.of("code", w.get("code"), "name", w.get("name") + "改", "kana", w.get("kana"));
        as(adminToken()).header("If-Match", "*").body(body).put("/api/v1/wards/" + id).then().statusCode(428)
                .contentType(startsWith("application/problem+json"));
        long district = Api.createDistrict(id, "前提校区", "ぜんていこうく");
        as(adminToken()).header("If-Match", "*").delete("/api/v1/districts/" + district).then().statusCode(428);
        as(adminToken()).header("If-Match", "W/\"0\"").delete("/api/v1/districts/" + district).then().statusCode(412);
        as(adminToken()).get("/api/v1/districts/" + district).then().statusCode(200);
        as(adminToken()).get("/api/v1/wards/" + id).then().statusCode(200).body("name", is(w.get("name")));
    }

    @Test
    void a_weak_or_unquoted_tag_does_not_match() {
        long id = Api.createWard();
        Map<String, Object> w = ward(id);
        Map<String, Object> body = Map.of("code", w.get("code"), "name", w.get("name") + "改", "kana", w.get("kana"));
        as(adminToken()).header("If-Match", "W/\"0\"").body(body).put("/api/v1/wards/" + id).then().statusCode(412)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"0-"));
        as(adminToken()).header("If-Match", "0").body(body).put("/api/v1/wards/" + id).then().statusCode(412);
        as(adminToken()).header("If-Match", "\"7\", \"0\"").body(body).put("/api/v1/wards/" + id).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"1-"));
    }
}
