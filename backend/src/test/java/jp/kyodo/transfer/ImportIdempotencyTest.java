package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.csv;
import static jp.kyodo.transfer.Transfer.utf8;
import static jp.kyodo.transfer.Transfer.wardCode;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on imports and on the creating POSTs that lacked it (#11). */
@QuarkusTest
class ImportIdempotencyTest {

    @Test
    void a_late_retry_of_an_import_answers_the_first_report_and_does_not_overwrite_a_correction() {
        long ward = Api.createWard();
        String code = Api.unique("IK");
        String file = csv("code,name,kana,wardCode", code + ",再送,さいそう," + wardCode(ward));
        String key = UUID.randomUUID().toString();
        Transfer.as(Api.adminToken()).contentType("text/csv").header("Idempotency-Key", key).body(utf8(file))
                .post("/api/v1/imports/districts").then().statusCode(200).body("applied", is(true))
                .body("rows[0].action", is("CREATE"));
        long id = Api.as(Api.adminToken()).queryParam("q", code).get("/api/v1/districts").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        // someone corrects the name since
        var read = Api.as(Api.adminToken()).get("/api/v1/districts/" + id);
        Api.as(Api.adminToken()).header("If-Match", read.header("ETag")).body(Map.of("code", code, "name", "再送（訂正）", "kana",
                "さいそう", "wardId", ward)).put("/api/v1/districts/" + id).then().statusCode(200);
        // the client's retry of the first upload: the first answer again, nothing imported
        Transfer.as(Api.adminToken()).contentType("text/csv").header("Idempotency-Key", key).body(utf8(file))
                .post("/api/v1/imports/districts").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("rows[0].action", is("CREATE"));
        Api.anonymous().get("/api/v1/districts/" + id).then().body("name", is("再送（訂正）"));
        // the key with another file is refused; a dry run needs no key and is never remembered
        Transfer.as(Api.adminToken()).contentType("text/csv").header("Idempotency-Key", key)
                .body(utf8(csv("code,name,kana,wardCode", code + ",別,べつ," + wardCode(ward))))
                .post("/api/v1/imports/districts").then().statusCode(422).contentType(startsWith("application/problem+json"));
        Api.anonymous().get("/api/v1/districts/" + id).then().body("name", is("再送（訂正）"));
    }

    @Test
    void an_invalid_file_keeps_its_problem_answer_for_the_retry() {
        String key = UUID.randomUUID().toString();
        String bad = csv("code,name,kana,wardCode", Api.unique("IK") + ",名,めい,NO-SUCH-WARD");
        for (int i = 0; i < 2; i++) {
            Transfer.as(Api.adminToken()).contentType("text/csv").header("Idempotency-Key", key).body(utf8(bad))
                    .post("/api/v1/imports/districts").then().statusCode(422).contentType(startsWith("application/problem+json"))
                    .body("valid", is(false));
        }
    }

    @Test
    void wards_and_liaison_assignments_are_created_once_per_key() {
        String key = UUID.randomUUID().toString();
        String code = Api.unique("IW").replace("-", "");
        Map<String, Object> ward = Map.of("code", code, "name", "一度区" + code, "kana", "いちどく");
        long first = Api.as(Api.adminToken()).header("Idempotency-Key", key).body(ward).post("/api/v1/wards").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.adminToken()).header("Idempotency-Key", key).body(ward).post("/api/v1/wards").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is((int) first));

        long district = Api.createDistrict(first, "一度", "いちど");
        String liaison = Api.createUser(Api.LIAISON);
        long userId = Api.userId(liaison);
        String akey = UUID.randomUUID().toString();
        Map<String, Object> assignment = Map.of("userId", userId, "startsOn", "2026-04-01");
        long a = Api.as(Api.adminToken()).header("Idempotency-Key", akey).body(assignment)
                .post("/api/v1/districts/" + district + "/liaison-assignments").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.adminToken()).header("Idempotency-Key", akey).body(assignment)
                .post("/api/v1/districts/" + district + "/liaison-assignments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is((int) a));
        // the same key and body for another district is another request
        long other = Api.createDistrict(first, "二度", "にど");
        Api.as(Api.adminToken()).header("Idempotency-Key", akey).body(assignment)
                .post("/api/v1/districts/" + other + "/liaison-assignments").then().statusCode(422);
    }
}
