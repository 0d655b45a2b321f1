package jp.kyodo.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 個人設定: a signed-in user keeps their own e-mail address for the notification digest; an admin may set it in the
 * user administration; nobody else sees it.
 */
@QuarkusTest
class MySettingsTest {

    static final String DEFAULT_EMAIL = "hakata.hanako@example.jp";
    static final String UPDATED_EMAIL = "tenjin.ichiro@example.jp";

    @Test
    void a_user_sets_changes_and_clears_their_own_address() {
        String username = Api.createUser(Api.LIAISON);
        String token = Api.signIn(username, Api.PASSWORD);
        var first = Api.as(token).get("/api/v1/me/settings");
        first.then().statusCode(200).body("email", nullValue()).body("digest", is(true))
                .body("digestAvailable", is(false));
        String etag = first.header("ETag");

        var saved = Api.as(token).header("If-Match", etag).body(Map.of("email", DEFAULT_EMAIL, "digest", true))
                .put("/api/v1/me/settings");
        saved.then().statusCode(200).body("email", is(DEFAULT_EMAIL)).body("digest", is(true));
        Api.as(token).get("/api/v1/me/settings").then().body("email", is(DEFAULT_EMAIL));

        // the old version is stale: 412 with the current settings, nothing changes
        Api.as(token).header("If-Match", etag).body(Map.of("email", UPDATED_EMAIL, "digest", false))
                .put("/api/v1/me/settings").then().statusCode(412).body("current.email", is(DEFAULT_EMAIL));
        // no version at all: 428
        Api.as(token).body(Map.of("email", UPDATED_EMAIL, "digest", false)).put("/api/v1/me/settings")
                .then().statusCode(428);

        String etag2 = saved.header("ETag");
        var off = Api.as(token).header("If-Match", etag2).body(Map.of("email", UPDATED_EMAIL, "digest", false))
                .put("/api/v1/me/settings");
        off.then().statusCode(200).body("email", is(UPDATED_EMAIL)).body("digest", is(false));

        Api.as(token).header("If-Match", off.header("ETag")).body(Map.of("email", "", "digest", true))
                .put("/api/v1/me/settings").then().statusCode(200).body("email", nullValue());
        Api.as(token).get("/api/v1/me/settings").then().body("email", nullValue()).body("digest", is(true));
    }

    @Test
    void a_bad_address_is_a_400_naming_the_field_and_changes_nothing() {
        String token = Api.signIn(Api.createUser(Api.DEPARTMENT), Api.PASSWORD);
        var before = Api.as(token).get("/api/v1/me/settings");
        String etag = before.header("ETag");
        for (String bad : new String[] {"not-an-address", "a@b", "two@@example.jp", "x".repeat(195) + "@example.jp",
                "space in@example.jp"}) {
            Api.as(token).header("If-Match", etag).body(Map.of("email", bad, "digest", true)).put("/api/v1/me/settings")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(containsString("email")));
        }
        Api.as(token).header("If-Match", etag).body(Api.body("email", DEFAULT_EMAIL)).put("/api/v1/me/settings")
                .then().statusCode(400).body("errors.field", hasItem(containsString("digest")));
        Api.as(token).get("/api/v1/me/settings").then().statusCode(200).header("ETag", is(etag)).body("email", nullValue());
    }

    @Test
    void only_a_signed_in_user_has_settings() {
        Api.anonymous().get("/api/v1/me/settings").then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().header("If-Match", "\"0\"").body(Map.of("email", DEFAULT_EMAIL, "digest", true))
                .put("/api/v1/me/settings").then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[] {Api.ADMIN, Api.OFFICE, Api.DEPARTMENT, Api.LIAISON, Api.COMMITTEE}) {
            Api.as(Api.token(role)).get("/api/v1/me/settings").then().statusCode(200);
        }
    }

    @Test
    void an_admin_sets_the_address_and_only_admin_and_the_user_see_it() {
        String username = Api.createUser(Api.COMMITTEE);
        long id = Api.userId(username);
        String admin = Api.adminToken();
        String etag = Api.as(admin).get("/api/v1/users/" + id).header("ETag");
        Api.as(admin).header("If-Match", etag)
                .body(Map.of("username", username, "displayName", "テスト 委員", "role", "COMMITTEE", "email", DEFAULT_EMAIL))
                .put("/api/v1/users/" + id).then().statusCode(200).body("email", is(DEFAULT_EMAIL));
        // the user themself
        String token = Api.signIn(username, Api.PASSWORD);
        Api.as(token).get("/api/v1/me/settings").then().body("email", is(DEFAULT_EMAIL));
        // ADMIN sees it in the list and the record; OFFICE, who may list users, does not
        Api.as(admin).queryParam("q", username).get("/api/v1/users").then().statusCode(200)
                .body("items[0].email", is(DEFAULT_EMAIL));
        String office = Api.token(Api.OFFICE);
        Api.as(office).queryParam("q", username).get("/api/v1/users").then().statusCode(200)
                .body("items[0].username", is(username)).body("items[0]", not(org.hamcrest.Matchers.hasKey("email")));
        Api.as(office).get("/api/v1/users/" + id).then().statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey("email")));
        Api.as(office).get("/api/v1/users").then().statusCode(200).body(not(containsString(DEFAULT_EMAIL)));
        // other roles may not read accounts at all
        for (String role : new String[] {Api.DEPARTMENT, Api.LIAISON, Api.COMMITTEE}) {
            Api.as(Api.token(role)).get("/api/v1/users/" + id).then().statusCode(403);
        }
        // omitting the address keeps it; an empty one removes it; a bad one is a 400 on the field
        String etag2 = Api.as(admin).get("/api/v1/users/" + id).header("ETag");
        var kept = Api.as(admin).header("If-Match", etag2)
                .body(Map.of("username", username, "displayName", "テスト 委員長", "role", "COMMITTEE"))
                .put("/api/v1/users/" + id);
        kept.then().statusCode(200).body("email", is(DEFAULT_EMAIL));
        Api.as(admin).header("If-Match", kept.header("ETag"))
                .body(Map.of("username", username, "displayName", "テスト 委員長", "role", "COMMITTEE", "email", "nope"))
                .put("/api/v1/users/" + id).then().statusCode(400).body("errors.field", hasItem(containsString("email")));
        Api.as(admin).header("If-Match", kept.header("ETag"))
                .body(Map.of("username", username, "displayName", "テスト 委員長", "role", "COMMITTEE", "email", ""))
                .put("/api/v1/users/" + id).then().statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey("email")));
        Api.as(token).get("/api/v1/me/settings").then().body("email", nullValue());
    }

    @Test
    void a_user_can_only_change_their_own_settings() {
        String a = Api.signIn(Api.createUser(Api.LIAISON), Api.PASSWORD);
        String bName = Api.createUser(Api.LIAISON);
        String b = Api.signIn(bName, Api.PASSWORD);
        String etag = Api.as(a).get("/api/v1/me/settings").header("ETag");
        Api.as(a).header("If-Match", etag).body(Map.of("email", DEFAULT_EMAIL, "digest", true)).put("/api/v1/me/settings")
                .then().statusCode(200);
        Api.as(b).get("/api/v1/me/settings").then().body("email", nullValue());
        // b's /me says nothing of a's address either
        Api.as(b).get("/api/v1/me").then().statusCode(200).body(not(containsString(DEFAULT_EMAIL)));
    }
}
