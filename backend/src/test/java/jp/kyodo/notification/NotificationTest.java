package jp.kyodo.notification;

import static jp.kyodo.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.notification.service.NotificationDigest;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/** Notices fired as CDI events become one notification per recipient; the bell's API; the e-mail digest. */
@QuarkusTest
class NotificationTest {

    @Inject
    Event<Notice> notices;

    @Inject
    NotificationDigest digest;

    @Inject
    MockMailbox mailbox;

    void fire(Notice n) {
        QuarkusTransaction.requiringNew().run(() -> notices.fire(n));
    }

    @Test
    void districtLiaisonsReceiveOnceAndMarkRead() {
        long district = Api.createDistrict(Api.createWard(), "通知校区", "つうちこうく");
        String liaison = Api.liaisonFor(district);
        String key = "test-due:" + Api.unique("k");
        fire(Notice.toDistrictLiaisons(district, "FOLLOW_UP_DUE", "防犯灯の修理", "/activities/1", key));
        fire(Notice.toDistrictLiaisons(district, "FOLLOW_UP_DUE", "防犯灯の修理", "/activities/1", key));
        fire(Notice.toDistrictLiaisons(district, "REPORT_RECEIVED", "校区だより 12月号", "/upward-reports", null));
        as(liaison).get("/api/v1/me/notifications/unread-count").then().statusCode(200).body("unread", equalTo(2));
        var page = as(liaison).queryParam("unreadFirst", true).get("/api/v1/me/notifications").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath();
        long first = page.getLong("items[0].id");
        as(liaison).post("/api/v1/me/notifications/" + first + "/read").then().statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        as(liaison).get("/api/v1/me/notifications/unread-count").then().body("unread", equalTo(1));
        // someone else's notification is not found
        as(Api.token(Api.OFFICE)).post("/api/v1/me/notifications/" + first + "/read").then().statusCode(404);
        as(liaison).post("/api/v1/me/notifications/read-all").then().statusCode(200).body("unread", equalTo(0));
        Api.anonymous().get("/api/v1/me/notifications").then().statusCode(401);
    }

    @Test
    void sectionUsersAndDigest() {
        long section = Api.createSection("通知局", "通知課");
        String dept = Api.departmentUser(section);
        fire(Notice.toSection(section, "VOICE_OVERDUE", "公園の草刈り", "/voices/3", null));
        as(dept).get("/api/v1/me/notifications/unread-count").then().body("unread", equalTo(1));
        String address = Api.unique("d") + "@example.jp";
        String etag = as(dept).get("/api/v1/me/settings").header("ETag");
        as(dept).header("If-Match", etag).body(java.util.Map.of("email", address, "digest", true))
                .put("/api/v1/me/settings").then().statusCode(200);
        mailbox.clear();
        assertTrue(digest.send() >= 1);
        var mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("1件"));
        assertTrue(mails.get(0).getText().contains("公園の草刈り"));
        // e-mailed once
        mailbox.clear();
        digest.send();
        assertEquals(0, mailbox.getMailsSentTo(address).size());
    }

    @Test
    void noDigestForAUserWhoTurnedItOff() {
        String username = Api.createUser(Api.OFFICE);
        String token = Api.signIn(username, Api.PASSWORD);
        String address = Api.unique("off") + "@example.jp";
        String etag = as(token).get("/api/v1/me/settings").header("ETag");
        var saved = as(token).header("If-Match", etag).body(java.util.Map.of("email", address, "digest", false))
                .put("/api/v1/me/settings").then().statusCode(200).extract();
        fire(Notice.toUser(Api.userId(username), "TERM_ENDING", "任期満了", "/organizations/1", null));
        mailbox.clear();
        digest.send();
        assertEquals(0, mailbox.getMailsSentTo(address).size());
        // turned on again: the unread notification goes out
        as(token).header("If-Match", saved.header("ETag")).body(java.util.Map.of("email", address, "digest", true))
                .put("/api/v1/me/settings").then().statusCode(200);
        digest.send();
        assertEquals(1, mailbox.getMailsSentTo(address).size());
    }

    @Test
    void userNotice() {
        String username = Api.createUser(Api.COMMITTEE);
        long id = Api.userId(username);
        fire(Notice.toUser(id, "TERM_ENDING", "山田 太郎", "/organizations/1", null));
        as(Api.signIn(username, Api.PASSWORD)).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("TERM_ENDING")).body("items[0].readAt", equalTo(null));
    }
}
