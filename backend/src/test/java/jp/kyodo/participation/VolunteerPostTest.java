package jp.kyodo.participation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import jp.kyodo.participation.service.VolunteerRelay;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * ボランティア募集: a liaison writes a council's post and sends it, the office returns and then approves it, it is public
 * (and open data) until it closes, a visitor's inquiry is counted, reaches the liaisons' worklist and is relayed to
 * the council by e-mail (its address never shown) or by hand.
 */
@QuarkusTest
class VolunteerPostTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Inject
    VolunteerRelay relay;

    @Inject
    MockMailbox mailbox;

    static Map<String, Object> post(long organizationId, String title) {
        return Api.body("organizationId", organizationId, "title", title, "activity", "テント設営と片付け", "place", "小学校 運動場",
                "startsOn", TODAY.plusDays(40).toString(), "endsOn", TODAY.plusDays(41).toString(), "schedule", "両日 8:00〜12:00",
                "wanted", 10, "conditions", "中学生以上", "closesOn", TODAY.plusDays(30).toString());
    }

    static String tag(String token, long id) {
        return Api.as(token).get("/api/v1/volunteer-posts/" + id).then().extract().header("ETag");
    }

    static io.restassured.response.Response move(String token, long id, String status, String note) {
        return Api.as(token).header("If-Match", tag(Api.token(Api.OFFICE), id)).body(Api.body("status", status, "note", note))
                .put("/api/v1/volunteer-posts/" + id + "/status");
    }

    @Test
    void a_post_filled_to_every_limit_is_saved() {
        Town town = Api.town("満杯校区", "まんぱいこうく");
        Map<String, Object> full = post(town.councilId(), "祭".repeat(200));
        full.put("activity", "設".repeat(4000));
        full.put("place", "場".repeat(200));
        full.put("conditions", "条".repeat(2000));
        Api.as(Api.token(Api.OFFICE)).body(full).post("/api/v1/volunteer-posts").then().statusCode(201).body("status", is("DRAFT"));
    }

    @Test
    void a_post_is_sent_approved_published_and_inquiries_reach_the_council() {
        Town town = Api.town("募集校区", "ぼしゅうこうく");
        Town other = Api.town("募集他校区", "ぼしゅうたこうく");
        String office = Api.token(Api.OFFICE);
        String liaison = Api.liaisonFor(town.districtId());
        String otherLiaison = Api.liaisonFor(other.districtId());
        String title = Api.unique("夏祭りの会場設営");
        // the council has an address kyodo relays to
        String orgTag = Api.as(office).get("/api/v1/organizations/" + town.councilId()).then().extract().header("ETag");
        Map<String, Object> council = Api.as(office).get("/api/v1/organizations/" + town.councilId()).then().extract().jsonPath().getMap("");
        Assertions.assertNotNull(council);

        Api.as(otherLiaison).body(post(town.councilId(), title)).post("/api/v1/volunteer-posts").then().statusCode(403);
        Map<String, Object> late = post(town.councilId(), title);
        late.put("closesOn", TODAY.plusDays(50).toString());
        Api.as(liaison).body(late).post("/api/v1/volunteer-posts").then().statusCode(400).body("errors[0].field", is("closesOn"));
        long id = Api.as(liaison).body(post(town.councilId(), title)).post("/api/v1/volunteer-posts").then().statusCode(201)
                .body("status", is("DRAFT")).body("districtId", is((int) town.districtId())).body("permissions.canSubmit", is(true))
                .body("published", is(false)).extract().jsonPath().getLong("id");
        Api.anonymous().get("/api/v1/public/volunteer-posts/" + id).then().statusCode(404);

        // the liaison sends it; only the office approves or returns; a return needs a note
        move(office, id, "APPROVED", null).then().statusCode(409);
        move(liaison, id, "SUBMITTED", null).then().statusCode(200).body("status", is("SUBMITTED"));
        move(liaison, id, "APPROVED", null).then().statusCode(403);
        Api.as(office).get("/api/v1/office-worklist").then().body("items.findAll { it.kind == 'VOLUNTEER_APPROVAL' }.title",
                hasItem("募集校区 " + title));
        move(office, id, "RETURNED", " ").then().statusCode(400).body("errors[0].field", is("note"));
        move(office, id, "RETURNED", "締切を確認してください").then().statusCode(200).body("statusNote", is("締切を確認してください"));
        Api.as(liaison).get("/api/v1/me/districts").then().body("worklist.findAll { it.kind == 'VOLUNTEER_RETURNED' }.title", hasItem(title));
        move(liaison, id, "SUBMITTED", null).then().statusCode(200).body("statusNote", nullValue());
        move(office, id, "APPROVED", null).then().statusCode(200).body("status", is("APPROVED")).body("published", is(true))
                .body("approvedBy", not(nullValue()));
        // published: the liaison no longer edits it, the office may
        Api.as(liaison).header("If-Match", tag(office, id)).body(post(town.councilId(), title)).put("/api/v1/volunteer-posts/" + id)
                .then().statusCode(409);

        // the public pages and open data: no contact of the council
        Api.anonymous().get("/api/v1/public/volunteer-posts?districtId=" + town.districtId()).then().statusCode(200)
                .body("items.title", hasItem(title)).body("items[0].organizationName", is("募集校区校区自治協議会"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("contactEmail")));
        Api.anonymous().accept("text/csv").get("/api/v1/public/volunteer-posts/csv").then().statusCode(200)
                .body(containsString(title));
        Api.anonymous().get("/api/v1/open-data/catalog").then().statusCode(200).body(containsString("volunteer-posts"));

        // a visitor's inquiry: consent needed, the hidden field empty; counted and told to the liaisons
        Map<String, Object> inquiry = Api.body("name", "福岡 花子", "email", "hanako@example.jp", "message", "1日目だけ参加できますか",
                "consent", true);
        Map<String, Object> noConsent = new java.util.HashMap<>(inquiry);
        noConsent.put("consent", false);
        Api.anonymous().body(noConsent).post("/api/v1/public/volunteer-posts/" + id + "/inquiries").then().statusCode(400)
                .body("errors[0].field", is("consent"));
        Map<String, Object> bot = new java.util.HashMap<>(inquiry);
        bot.put("website", "http://spam.example");
        Api.anonymous().body(bot).post("/api/v1/public/volunteer-posts/" + id + "/inquiries").then().statusCode(400);
        String before = tag(liaison, id);
        Api.anonymous().body(inquiry).post("/api/v1/public/volunteer-posts/" + id + "/inquiries").then().statusCode(201)
                .body("receiptNo", not(nullValue()));
        Api.as(liaison).get("/api/v1/volunteer-posts/" + id).then().body("inquiryCount", is(1)).body("unrelayedCount", is(1));
        // the counts move the post's version: a screen that read the post before cannot write the old counts back
        Assertions.assertNotEquals(before, tag(liaison, id));
        Api.as(office).header("If-Match", before).body(Map.of("status", "CLOSED")).put("/api/v1/volunteer-posts/" + id + "/status")
                .then().statusCode(412);
        Api.as(liaison).get("/api/v1/volunteer-posts/" + id).then().body("inquiryCount", is(1)).body("status", is("APPROVED"));
        Api.as(liaison).get("/api/v1/me/districts").then().body("worklist.findAll { it.kind == 'VOLUNTEER_INQUIRY' }.title", hasItem(title));
        Api.as(liaison).get("/api/v1/me/notifications").then().statusCode(200).body("items.kind", hasItem("VOLUNTEER_INQUIRY"));
        Api.as(otherLiaison).get("/api/v1/volunteer-posts/" + id + "/inquiries").then().statusCode(403);
        long first = Api.as(liaison).get("/api/v1/volunteer-posts/" + id + "/inquiries").then().statusCode(200)
                .body("items[0].email", is("hanako@example.jp")).body("items[0].relayedAt", nullValue()).extract().jsonPath().getLong("items[0].id");

        // the council has no address: nothing is mailed; the liaison passes it on by hand
        mailbox.clear();
        Assertions.assertEquals(0, relay.relayPending());
        Api.as(liaison).header("If-Match", "\"0\"").post("/api/v1/volunteer-inquiries/" + first + "/relayed").then().statusCode(200)
                .body("relayChannel", is("HAND"));
        Api.as(liaison).get("/api/v1/volunteer-posts/" + id).then().body("unrelayedCount", is(0));

        // with an address, kyodo mails the next inquiry to the council, the visitor as Reply-To
        Map<String, Object> withEmail = new java.util.HashMap<>(council);
        withEmail.keySet().retainAll(java.util.Set.of("code", "kind", "subKind", "name", "kana", "districtId", "wardId", "parentId",
                "foundedOn", "legalEntity", "legalEntitySince", "publishesAssemblyDocuments", "publishesAccounts"));
        withEmail.put("contact", Map.of("email", "council@example.jp"));
        Api.as(office).header("If-Match", orgTag).body(withEmail).put("/api/v1/organizations/" + town.councilId()).then().statusCode(200);
        Api.anonymous().body(inquiry).post("/api/v1/public/volunteer-posts/" + id + "/inquiries").then().statusCode(201);
        Assertions.assertTrue(relay.relayPending() >= 1);
        var mails = mailbox.getMailsSentTo("council@example.jp");
        Assertions.assertEquals(1, mails.size());
        Assertions.assertTrue(mails.get(0).getText().contains("1日目だけ参加できますか"));
        Assertions.assertEquals(java.util.List.of("hanako@example.jp"), mails.get(0).getReplyTo() == null ? null
                : java.util.List.of(mails.get(0).getReplyTo()));
        Api.as(liaison).get("/api/v1/volunteer-posts/" + id).then().body("inquiryCount", is(2)).body("unrelayedCount", is(0));
        Assertions.assertEquals(0, relay.relayPending());

        // closing by hand takes it off the public pages
        move(liaison, id, "CLOSED", null).then().statusCode(200).body("published", is(false));
        Api.anonymous().get("/api/v1/public/volunteer-posts/" + id).then().statusCode(404);
        Api.anonymous().body(inquiry).post("/api/v1/public/volunteer-posts/" + id + "/inquiries").then().statusCode(404);
        Api.as(office).header("If-Match", tag(office, id)).delete("/api/v1/volunteer-posts/" + id).then().statusCode(409);
        Api.as(office).get("/api/v1/volunteer-posts/" + id + "/history").then().statusCode(200)
                .body("items.entityType", hasItem("VolunteerInquiry"));
    }
}
