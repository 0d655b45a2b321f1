package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.FailingIdentityScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A session that cannot be checked because the database is unreachable is not a wrong session: the API answers
 * 503 problem+json with Retry-After (a client keeps the session and retries), never 401; what needs no database is
 * still served; once the database answers again the same session works.
 */
@QuarkusTest
class DatabaseOutageAuthTest {

    @jakarta.inject.Inject
    jp.kyodo.common.security.IdentityCache identities;

    @AfterEach
    void databaseBack() {
        FailingIdentityScope.UNREACHABLE.clear();
    }

    @Test
    void a_session_that_cannot_be_checked_answers_503_not_401_and_works_again_afterwards() {
        String username = Api.createUser(Api.OFFICE);
        String token = Api.signIn(username, Api.PASSWORD);
        long id = Api.userId(username);
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(200);

        FailingIdentityScope.UNREACHABLE.add(id);
        // a real outage on PostgreSQL breaks the identity listener's connection, which turns the cache off
        identities.evict(null);
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(503)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", is("5"))
                .body("type", is("https://kyodo.example.jp/problems/service-unavailable"))
                .body("title", is("Service temporarily unavailable"))
                .body("status", is(503))
                .body("detail", containsString("database"));
        // a bearer token goes the same way, and so does a public operation (the caller is unknown, not anonymous)
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(503);
        given().cookie("kyodo_session", token).get("/api/v1/wards").then().statusCode(503)
                .header("Retry-After", is("5"));
        // what needs no database is still served to the signed-in browser (health is on the management port)
        given().cookie("kyodo_session", token).get("/districts/12").then().statusCode(200)
                .contentType(containsString("text/html"));

        FailingIdentityScope.UNREACHABLE.clear();
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(200)
                .body("username", is(username));
    }

    @Test
    void an_unknown_token_is_still_401() {
        given().cookie("kyodo_session", "no-such-token").get("/api/v1/me").then().statusCode(401)
                .header("Retry-After", org.hamcrest.Matchers.nullValue());
    }
}
