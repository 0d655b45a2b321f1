package jp.kyodo.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountTest {

    @Test
    void sign_in_sets_an_http_only_same_site_cookie_and_sign_out_revokes_it() {
        String username = Api.createUser(Api.OFFICE);
        var r = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/sessions");
        r.then().statusCode(201).body("user.role", is("OFFICE")).body("expiresAt", notNullValue());
        String setCookie = r.header("Set-Cookie");
        org.junit.jupiter.api.Assertions.assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        String token = r.cookie("kyodo_session");
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(200).body("username", is(username));
        given().cookie("kyodo_session", token).delete("/api/v1/sessions/current").then().statusCode(204);
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void wrong_passwords_are_refused_and_then_throttled() {
        String username = Api.createUser(Api.DEPARTMENT);
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "wrong-" + i))
                    .post("/api/v1/sessions").then().statusCode(401).body("detail", containsString("Wrong"));
        }
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/sessions").then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
    }

    @Test
    void a_system_uses_an_api_token_as_bearer_until_it_is_revoked() {
        Map<String, Object> system = Map.of("username", Api.unique("stats-system"), "displayName", "統計システム", "role", "OFFICE");
        long userId = Api.as(Api.adminToken()).body(system).post("/api/v1/users").then().statusCode(201)
                .body("hasPassword", is(false)).extract().jsonPath().getLong("id");
        var created = Api.as(Api.adminToken()).body(Map.of("name", "住民基本台帳統計連携", "userId", userId, "validDays", 30))
                .post("/api/v1/api-tokens").then().statusCode(201).extract().jsonPath();
        String token = created.getString("token");
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200).body("role", is("OFFICE"));
        Api.as(Api.adminToken()).get("/api/v1/api-tokens").then().body("items[0].token", org.hamcrest.Matchers.nullValue());
        Api.as(Api.adminToken()).delete("/api/v1/api-tokens/" + created.getLong("id")).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void a_disabled_account_loses_its_sessions() {
        String username = Api.createUser(Api.COMMITTEE);
        String token = Api.signIn(username, Api.PASSWORD);
        long id = Api.userId(username);
        String etag = Api.as(Api.adminToken()).get("/api/v1/users/" + id).header("ETag");
        Api.as(Api.adminToken()).header("If-Match", etag)
                .body(Map.of("username", username, "displayName", "退任", "role", "COMMITTEE", "enabled", false))
                .put("/api/v1/users/" + id).then().statusCode(200).body("enabled", is(false));
        Api.as(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void usernames_are_unique_and_passwords_long_enough() {
        String username = Api.createUser(Api.COMMITTEE);
        Api.as(Api.adminToken()).body(Map.of("username", username, "displayName", "x", "role", "COMMITTEE", "password", "long-enough-pass"))
                .post("/api/v1/users").then().statusCode(409).body("errors[0].field", is("username"));
        Api.as(Api.adminToken()).body(Map.of("username", Api.unique("short"), "displayName", "x", "role", "BOSS", "password", "short"))
                .post("/api/v1/users").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("password", "role"));
    }
}
