package jp.kyodo.participation;

import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.DEPARTMENT;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every volunteer-post operation × every caller: staff read posts; the office and the district's liaisons write them,
 * only the office approves; inquiries (personal data) for the office and the district's liaisons; the public pages
 * and the inquiry form for anyone.
 */
@QuarkusTest
class ParticipationAccessTest {

    static final String OWN_LIAISON = "LIAISON_OWN";
    static final String OTHER_LIAISON = "LIAISON_OTHER";
    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPARTMENT, OWN_LIAISON, OTHER_LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = AccessMatrix.signedIn(CALLERS);
    static final Set<String> WRITERS = Set.of(ADMIN, OFFICE, OWN_LIAISON);

    static Town town;
    static long postId;
    static long publishedId;
    static long inquiryId;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(ParticipationAccessTest::fixtures);

    static void fixtures() {
        town = Api.town("募集権限", "ぼしゅうけんげん");
        Town other = Api.town("募集権限他", "ぼしゅうけんげんた");
        postId = create();
        publishedId = create();
        String office = Api.token(OFFICE);
        VolunteerPostTest.move(office, publishedId, "SUBMITTED", null).then().statusCode(200);
        VolunteerPostTest.move(office, publishedId, "APPROVED", null).then().statusCode(200);
        inquiryId = inquire();
        tokens.put(ANONYMOUS, null);
        tokens.put(ADMIN, Api.token(ADMIN));
        tokens.put(OFFICE, office);
        tokens.put(DEPARTMENT, Api.token(DEPARTMENT));
        tokens.put(COMMITTEE, Api.token(COMMITTEE));
        tokens.put(OWN_LIAISON, Api.liaisonFor(town.districtId()));
        tokens.put(OTHER_LIAISON, Api.liaisonFor(other.districtId()));
    }

    static long create() {
        return Api.as(Api.token(OFFICE)).body(VolunteerPostTest.post(town.councilId(), Api.unique("権限の募集"))).post("/api/v1/volunteer-posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long inquire() {
        Api.anonymous().body(Api.body("name", "権限 花子", "email", "h@example.jp", "message", "質問", "consent", true))
                .post("/api/v1/public/volunteer-posts/" + publishedId + "/inquiries").then().statusCode(201);
        return Api.as(Api.token(OFFICE)).get("/api/v1/volunteer-posts/" + publishedId + "/inquiries").then().extract().jsonPath()
                .getLong("[0].id");
    }

    List<Op> operations() {
        String post = "/api/v1/volunteer-posts/" + postId;
        Map<String, Object> body = VolunteerPostTest.post(town.councilId(), "権限の募集");
        Map<String, Object> inquiry = Api.body("name", "権限 花子", "email", "h@example.jp", "message", "質問", "consent", true);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listVolunteerPosts", SIGNED_IN, s -> s.get("/api/v1/volunteer-posts?districtId=" + town.districtId())));
        ops.add(new Op("getVolunteerPost", SIGNED_IN, s -> s.get(post)));
        ops.add(new Op("createVolunteerPost", WRITERS, s -> s.body(body).post("/api/v1/volunteer-posts")));
        ops.add(new Op("updateVolunteerPost", WRITERS, s -> s.header("If-Match", "*").body(body).put(post)));
        ops.add(new Op("deleteVolunteerPost", WRITERS, s -> s.header("If-Match", "*").delete("/api/v1/volunteer-posts/" + create())));
        ops.add(new Op("changeVolunteerPostStatus", WRITERS, s -> s.header("If-Match", "*").body(Map.of("status", "SUBMITTED"))
                .put(post + "/status")));
        ops.add(new Op("getVolunteerPostHistory", SIGNED_IN, s -> s.get(post + "/history")));
        ops.add(new Op("listVolunteerInquiries", WRITERS, s -> s.get("/api/v1/volunteer-posts/" + publishedId + "/inquiries")));
        ops.add(new Op("markVolunteerInquiryRelayed", WRITERS, s -> s.header("If-Match", "*")
                .post("/api/v1/volunteer-inquiries/" + inquiryId + "/relayed")));
        ops.add(new Op("listPublicVolunteerPosts", EVERYONE, s -> s.get("/api/v1/public/volunteer-posts")));
        ops.add(new Op("getPublicVolunteerPostsCsv", EVERYONE, s -> s.accept("text/csv, application/problem+json")
                .get("/api/v1/public/volunteer-posts/csv")));
        ops.add(new Op("getPublicVolunteerPost", EVERYONE, s -> s.get("/api/v1/public/volunteer-posts/" + publishedId)));
        ops.add(new Op("sendVolunteerInquiry", EVERYONE, s -> s.body(inquiry).post("/api/v1/public/volunteer-posts/" + publishedId + "/inquiries")));
        return ops;
    }

    @Test
    void every_operation_admits_exactly_the_roles_it_declares() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
