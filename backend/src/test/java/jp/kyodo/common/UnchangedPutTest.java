package jp.kyodo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** Sending back what was read changes nothing: same version and ETag, no history entry, no change-feed event. */
@QuarkusTest
class UnchangedPutTest {

    static int historyTotal(String path) {
        return Api.as(Api.adminToken()).get(path + "/history").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    static String feedHead() {
        String cursor = "";
        while (true) {
            var page = Api.as(Api.adminToken()).queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    static void putUnchanged(String path, Map<String, Object> body) {
        Response get = Api.as(Api.adminToken()).get(path);
        String etag = get.header("ETag");
        int version = get.jsonPath().getInt("version");
        int history = historyTotal(path);
        String head = feedHead();
        Response put = Api.as(Api.adminToken()).header("If-Match", etag).body(body).put(path);
        put.then().statusCode(200);
        assertEquals(version, put.jsonPath().getInt("version"), path + ": " + get.asString() + " → " + put.asString());
        assertEquals(etag, put.header("ETag"), path);
        assertEquals(history, historyTotal(path), path + ": no history entry");
        assertEquals(head, feedHead(), path + ": no change event");
    }

    /** The record's current values of the request's fields, as a client that read it would send them back. */
    static Map<String, Object> sent(String path, String... fields) {
        Map<String, Object> read = Api.as(Api.adminToken()).get(path).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String f : fields) {
            if (read.get(f) != null) {
                body.put(f, read.get(f));
            }
        }
        return body;
    }

    @Test
    void an_unchanged_district_organization_and_activity_record_keep_their_version_history_and_feed() {
        Api.Town town = Api.town("不変", "ふへん");
        String district = "/api/v1/districts/" + town.districtId();
        putUnchanged(district, sent(district, "code", "name", "kana", "wardId", "communityHall", "note"));
        String org = "/api/v1/organizations/" + town.associationIds().get(0);
        putUnchanged(org, sent(org, "code", "kind", "subKind", "name", "kana", "districtId", "parentId", "foundedOn",
                "legalEntity", "legalEntitySince", "publishesAssemblyDocuments", "publishesAccounts"));

        Map<String, Object> activity = Api.body("type", "VISIT", "occurredOn", "2026-04-10", "startsAt", "10:00", "endsAt",
                "11:30", "districtIds", List.of(town.districtId()), "organizationIds", List.of(town.councilId()), "summary",
                "会長と打合せ");
        long id = Api.as(Api.adminToken()).body(activity).post("/api/v1/activities").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        putUnchanged("/api/v1/activities/" + id, activity);
    }
}
