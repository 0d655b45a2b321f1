package jp.kyodo.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import jp.kyodo.common.web.StatementCountHeader;
import jp.kyodo.testing.Api;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A signed-in caller is remembered between requests (no statement to authenticate), and every change of who a token
 * is takes effect at the very next request: sign-out, revocation, an account disabled or given another role, a
 * liaison's assignment ended. On PostgreSQL a change made by another instance arrives by NOTIFY.
 */
@QuarkusTest
class IdentityCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private static int statements(io.restassured.response.Response r) {
        return Integer.parseInt(r.header(StatementCountHeader.HEADER));
    }

    @Test
    void a_remembered_session_is_checked_without_a_statement() {
        String token = Api.signIn(Api.createUser(Api.OFFICE), Api.PASSWORD);
        long ward = Api.createWard();
        var first = given().cookie("kyodo_session", token).get("/api/v1/wards/" + ward);
        first.then().statusCode(200);
        var second = given().cookie("kyodo_session", token).get("/api/v1/wards/" + ward);
        second.then().statusCode(200);
        assertEquals(statements(first) - 1, statements(second), "the second request skips the token lookup");
        assertEquals(1, statements(second), "one indexed lookup of the ward, nothing else");
    }

    @Test
    void sign_out_ends_the_session_at_once() {
        String token = Api.signIn(Api.createUser(Api.OFFICE), Api.PASSWORD);
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(200);
        given().cookie("kyodo_session", token).delete("/api/v1/sessions/current").then().statusCode(204);
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void a_revoked_api_token_is_refused_at_once() {
        String username = Api.createUser(Api.OFFICE);
        var issued = Api.as(Api.adminToken()).body(Map.of("name", "同期", "userId", Api.userId(username), "validDays", 30))
                .post("/api/v1/api-tokens");
        issued.then().statusCode(201);
        String secret = issued.jsonPath().getString("token");
        long id = issued.jsonPath().getLong("id");
        Api.as(secret).get("/api/v1/me").then().statusCode(200);
        Api.as(Api.adminToken()).delete("/api/v1/api-tokens/" + id).then().statusCode(204);
        Api.as(secret).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void a_disabled_account_or_a_new_role_takes_effect_at_once() {
        String username = Api.createUser(Api.OFFICE);
        String token = Api.signIn(username, Api.PASSWORD);
        long id = Api.userId(username);
        Api.as(token).get("/api/v1/users").then().statusCode(200);
        var user = Api.as(Api.adminToken()).get("/api/v1/users/" + id);
        Api.as(Api.adminToken()).header("If-Match", user.header("ETag"))
                .body(Map.of("username", username, "displayName", "テスト", "role", "COMMITTEE"))
                .put("/api/v1/users/" + id).then().statusCode(200);
        Api.as(token).get("/api/v1/users").then().statusCode(403);
        user = Api.as(Api.adminToken()).get("/api/v1/users/" + id);
        Api.as(Api.adminToken()).header("If-Match", user.header("ETag"))
                .body(Map.of("username", username, "displayName", "テスト", "role", "COMMITTEE", "enabled", false))
                .put("/api/v1/users/" + id).then().statusCode(200);
        Api.as(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void an_ended_assignment_takes_the_district_away_at_once() {
        long ward = Api.createWard();
        long district = Api.createDistrict(ward, Api.unique("校区"), "こうく");
        String liaison = Api.liaisonFor(district);
        Map<String, Object> org = Map.of("kind", "NEIGHBORHOOD_ASSOCIATION", "districtId", district, "name",
                Api.unique("町内会"), "kana", "ちょうないかい");
        Api.as(liaison).body(org).post("/api/v1/organizations").then().statusCode(201);
        var assignments = Api.as(Api.adminToken()).get("/api/v1/districts/" + district + "/liaison-assignments");
        long assignment = assignments.jsonPath().getLong("items[0].id");
        String etag = Api.as(Api.adminToken()).get("/api/v1/liaison-assignments/" + assignment).header("ETag");
        Api.as(Api.adminToken()).header("If-Match", etag).delete("/api/v1/liaison-assignments/" + assignment)
                .then().statusCode(204);
        Api.as(liaison).body(Map.of("kind", "NEIGHBORHOOD_ASSOCIATION", "districtId", district, "name",
                Api.unique("町内会"), "kana", "ちょうないかい")).post("/api/v1/organizations").then().statusCode(403);
    }

    @Test
    void on_postgresql_a_change_committed_elsewhere_arrives_by_notify() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(dbKind), "NOTIFY is PostgreSQL's");
        String token = Api.signIn(Api.createUser(Api.OFFICE), Api.PASSWORD);
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(200);
        // another instance signs the session out: the row goes without this instance's services knowing
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from auth_token where token_hash = ?")) {
            s.setString(1, jp.kyodo.account.service.Tokens.hash(token));
            assertEquals(1, s.executeUpdate());
        }
        // without a notification this instance still knows the caller (the cache is in use) ...
        given().cookie("kyodo_session", token).get("/api/v1/me").then().statusCode(200);
        // ... and the other instance's notification (sent at its commit) ends it
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select pg_notify('kyodo_identity', '*')")) {
            s.execute();
        }
        long deadline = System.currentTimeMillis() + 5_000;
        int status;
        do {
            Thread.sleep(50);
            status = given().cookie("kyodo_session", token).get("/api/v1/me").statusCode();
        } while (status == 200 && System.currentTimeMillis() < deadline);
        assertEquals(401, status);
        assertTrue(System.currentTimeMillis() < deadline);
    }
}
