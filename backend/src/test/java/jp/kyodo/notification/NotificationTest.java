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
import jakarta.persistence.EntityManager;
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
    EntityManager em;

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
        long userId = as(dept).get("/api/v1/me").then().extract().jsonPath().getLong("id");
        String address = Api.unique("d") + "@example.jp";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set email = :e where id = :u")
                .setParameter("e", address).setParameter("u", userId).executeUpdate());
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
    void userNotice() {
        String username = Api.createUser(Api.COMMITTEE);
        long id = Api.userId(username);
        fire(Notice.toUser(id, "TERM_ENDING", "山田 太郎", "/organizations/1", null));
        as(Api.signIn(username, Api.PASSWORD)).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("TERM_ENDING")).body("items[0].readAt", equalTo(null));
    }
}
