package jp.kyodo.plan;

import static jp.kyodo.testing.AccessMatrix.ADMIN_ONLY;
import static jp.kyodo.testing.AccessMatrix.ANONYMOUS;
import static jp.kyodo.testing.AccessMatrix.OFFICE_ONLY;
import static jp.kyodo.testing.Api.ADMIN;
import static jp.kyodo.testing.Api.COMMITTEE;
import static jp.kyodo.testing.Api.DEPARTMENT;
import static jp.kyodo.testing.Api.LIAISON;
import static jp.kyodo.testing.Api.OFFICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.plan.EvaluationFixtures.TestPlan;
import jp.kyodo.testing.AccessMatrix;
import jp.kyodo.testing.AccessMatrix.Op;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every committee, evaluation and publication operation × every role: the office keeps the committee's records and
 * publishes; only the committee writes evaluations; liaisons and departments see none of it; the public reads the
 * published reports and the rating scale only.
 */
@QuarkusTest
class EvaluationAccessTest {

    static final List<String> CALLERS = List.of(ANONYMOUS, ADMIN, OFFICE, DEPARTMENT, LIAISON, COMMITTEE);
    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> READERS = Set.of(ADMIN, OFFICE, COMMITTEE);
    static final Set<String> COMMITTEE_ONLY = Set.of(COMMITTEE);

    static Map<String, String> tokens = new LinkedHashMap<>();
    static TestPlan plan;
    static long memberId;
    static long meetingId;
    static long evaluationId;

    @RegisterExtension
    static final Fixtures FIXTURES = Fixtures.of(EvaluationAccessTest::fixtures);

    static void fixtures() {
        tokens.put(ANONYMOUS, null);
        for (String role : List.of(ADMIN, OFFICE, DEPARTMENT, LIAISON, COMMITTEE)) {
            tokens.put(role, Api.token(role));
        }
        plan = EvaluationFixtures.plan(tokens.get(OFFICE), 2020, 2022, 2);
        memberId = Api.as(tokens.get(OFFICE)).body(CommitteeResourceTest.member("権限 花子", "けんげん はなこ", "権限テスト", "2020-04-01", null))
                .post("/api/v1/committee-members").then().statusCode(201).extract().jsonPath().getLong("id");
        meetingId = Api.as(tokens.get(OFFICE)).body(Map.of("heldOn", "2021-05-10", "attendeeIds", List.of(memberId)))
                .post("/api/v1/committee-meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        evaluationId = ((Number) EvaluationFixtures.evaluationOf(EvaluationFixtures.save(tokens.get(COMMITTEE), plan.id(), 2021,
                EvaluationFixtures.sheet(List.of(EvaluationFixtures.row(plan.initiative(0), "B", "権限テスト", null, null))))
                .then().statusCode(200).extract().jsonPath(), plan.initiative(0)).get("id")).longValue();
        EvaluationFixtures.finalizeSheet(tokens.get(COMMITTEE), plan.id(), 2021).then().statusCode(200);
        EvaluationFixtures.publish(tokens.get(OFFICE), plan.id(), 2021, null).then().statusCode(201);
    }

    List<Op> operations() {
        String member = "/api/v1/committee-members/" + memberId;
        String meeting = "/api/v1/committee-meetings/" + meetingId;
        String sheet = EvaluationFixtures.sheetPath(plan.id(), 2021);
        Map<String, Object> memberBody = CommitteeResourceTest.member("権限 次郎", null, "権限テスト", "2020-04-01", null);
        Map<String, Object> meetingBody = new HashMap<>();
        meetingBody.put("heldOn", "2021-06-10");
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("listCommitteeMembers", READERS, s -> s.get("/api/v1/committee-members")));
        ops.add(new Op("getCommitteeMember", READERS, s -> s.get(member)));
        ops.add(new Op("getCommitteeMemberHistory", READERS, s -> s.get(member + "/history")));
        ops.add(new Op("createCommitteeMember", OFFICE_ONLY, s -> s.body(memberBody).post("/api/v1/committee-members")));
        ops.add(new Op("updateCommitteeMember", OFFICE_ONLY, s -> s.header("If-Match", "*").body(memberBody).put(member)));
        ops.add(new Op("deleteCommitteeMember", OFFICE_ONLY, s -> s.header("If-Match", "*").delete(member)));
        ops.add(new Op("listCommitteeMeetings", READERS, s -> s.get("/api/v1/committee-meetings")));
        ops.add(new Op("getCommitteeMeeting", READERS, s -> s.get(meeting)));
        ops.add(new Op("getCommitteeMeetingHistory", READERS, s -> s.get(meeting + "/history")));
        ops.add(new Op("createCommitteeMeeting", OFFICE_ONLY, s -> s.body(meetingBody).post("/api/v1/committee-meetings")));
        ops.add(new Op("updateCommitteeMeeting", OFFICE_ONLY, s -> s.header("If-Match", "*").body(meetingBody).put(meeting)));
        ops.add(new Op("deleteCommitteeMeeting", OFFICE_ONLY, s -> s.header("If-Match", "1000").delete(meeting)));
        ops.add(new Op("listRatingGrades", EVERYONE, s -> s.get("/api/v1/rating-grades")));
        ops.add(new Op("replaceRatingGrades", ADMIN_ONLY, s -> s.header("If-Match", "*")
                .body(Map.of("grades", List.of(Map.of("code", "A", "labelJa", "順調", "labelEn", "On track")))).put("/api/v1/rating-grades")));
        ops.add(new Op("getEvaluationSheet", READERS, s -> s.get(sheet)));
        ops.add(new Op("saveEvaluationSheet", COMMITTEE_ONLY, s -> s.body(EvaluationFixtures.sheet(List.of(
                EvaluationFixtures.row(plan.initiative(1), "A", "書き込み", null, 999)))).put(sheet)));
        ops.add(new Op("finalizeEvaluationSheet", COMMITTEE_ONLY, s -> s.post(sheet + "/finalization")));
        ops.add(new Op("correctEvaluation", COMMITTEE_ONLY, s -> s.body(Map.of("reason", "")).post("/api/v1/evaluations/" + evaluationId + "/corrections")));
        ops.add(new Op("getEvaluation", READERS, s -> s.get("/api/v1/evaluations/" + evaluationId)));
        ops.add(new Op("listInitiativeEvaluations", READERS, s -> s.get("/api/v1/initiatives/" + plan.initiative(0) + "/evaluations")));
        ops.add(new Op("listPublishedReports", READERS, s -> s.get("/api/v1/plans/" + plan.id() + "/reports")));
        ops.add(new Op("previewReport", READERS, s -> s.get("/api/v1/plans/" + plan.id() + "/reports/2021/preview")));
        ops.add(new Op("publishReport", OFFICE_ONLY, s -> s.body(Map.of("fiscalYear", 2030)).post("/api/v1/plans/" + plan.id() + "/reports")));
        ops.add(new Op("listPublicReports", EVERYONE, s -> s.get("/api/v1/public/reports")));
        ops.add(new Op("getPublicReport", EVERYONE, s -> s.get("/api/v1/public/reports/" + plan.code() + "/2021")));
        ops.add(new Op("getPublicInitiativesJson", EVERYONE, s -> s.get("/api/v1/public/reports/" + plan.code() + "/2021/initiatives")));
        ops.add(new Op("getPublicInitiativesCsv", EVERYONE, s -> s.accept("text/csv").get("/api/v1/public/reports/" + plan.code() + "/2021/initiatives/csv")));
        return ops;
    }

    @Test
    void every_operation_answers_each_role_as_documented() {
        List<String> failures = AccessMatrix.failures(operations(), CALLERS, tokens);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
