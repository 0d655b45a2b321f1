package jp.kyodo.meeting;

import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;

/** Fixtures of the meeting feature, built through the API with unique codes and names. */
final class Meetings {

    private Meetings() {
    }

    static String admin() {
        return Api.adminToken();
    }

    /** A council body with a unique code; name and aliases as given (make them unique with a tag). */
    static long body(String nameJa, String kind, String... aliases) {
        Map<String, Object> b = Api.body("code", Api.unique("CB"), "nameJa", nameJa, "nameEn", "Body " + nameJa,
                "kind", kind, "aliases", List.of(aliases), "sortOrder", 500);
        return Api.as(admin()).body(b).post("/api/v1/council-bodies").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long meeting(long bodyId, Integer number, String heldOn) {
        Map<String, Object> m = Api.body("bodyId", bodyId, "number", number, "heldOn", heldOn);
        return Api.as(admin()).body(m).post("/api/v1/council-meetings").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long item(String token, long meetingId, String title, String sectionName) {
        Map<String, Object> a = Api.body("title", title, "sectionName", sectionName);
        return Api.as(token).body(a).post("/api/v1/council-meetings/" + meetingId + "/agenda-items").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> report(long districtId, String type, String title, String receivedOn) {
        Map<String, Object> r = Api.body("type", type, "title", title, "districtId", districtId,
                "receivedOn", receivedOn, "sectionName", "協働推進課", "note", "内部メモ " + title,
                "url", "https://docs.example.jp/" + title.hashCode());
        return r;
    }

    static long createReport(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/upward-reports").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static String etag(String path) {
        return Api.as(admin()).get(path).then().statusCode(200).extract().header("ETag");
    }
}
