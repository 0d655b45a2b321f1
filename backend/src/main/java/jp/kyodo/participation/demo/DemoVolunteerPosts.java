package jp.kyodo.participation.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.organization.Organization;
import jp.kyodo.participation.VolunteerInquiry;
import jp.kyodo.participation.VolunteerPost;
import jp.kyodo.participation.VolunteerPostStatus;
import org.jboss.logging.Logger;

/**
 * Demo volunteer posts (ボランティア募集), dated from today: a published summer-festival call of the first district's
 * council with two inquiries (one passed on by the liaison, one waiting), a published clean-up call of the second, a
 * post waiting for the office's approval, one returned with a note, and a draft. Loaded while there is no post.
 */
@ApplicationScoped
public class DemoVolunteerPosts {

    private static final Logger LOG = Logger.getLogger(DemoVolunteerPosts.class);

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3020) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo volunteer posts", this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (VolunteerPost.count() > 0) {
            return;
        }
        List<Organization> councils = em.createQuery("select o from Organization o join fetch o.district d where o.kindCode = 'DISTRICT_COUNCIL'"
                + " order by d.code, o.id", Organization.class).setMaxResults(4).getResultList();
        if (councils.size() < 4) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        VolunteerPost festival = post(councils.get(0), "夏祭りの会場設営・片付け", "テントの設営と片付け、会場の案内、ごみの分別の呼びかけ。",
                "校区の小学校 運動場", today.plusDays(40), today.plusDays(41), "両日 8:00〜12:00", 15, "中学生以上（中学生は保護者の同意が必要）。動きやすい服装で。",
                today.plusDays(30), VolunteerPostStatus.APPROVED, null, now);
        post(councils.get(1), "川沿いの清掃活動", "月に一度の川沿いの清掃。ごみ拾いと草刈りの補助です。", "校区内の川沿い（公民館前集合）",
                today.plusDays(20), null, "第3日曜 9:00〜10:30", 20, "小学生は保護者と一緒に。軍手と袋は用意します。", today.plusDays(18),
                VolunteerPostStatus.APPROVED, null, now);
        post(councils.get(2), "見守り活動（登下校）", "通学路での子どもの見守り。", "校区内の通学路", today.plusDays(60), today.plusDays(240),
                "平日 7:30〜8:15 のうち都合のよい日", 10, null, today.plusDays(45), VolunteerPostStatus.SUBMITTED, null, null);
        post(councils.get(3), "敬老会のお手伝い", "会場準備と受付、お茶出し。", "校区公民館", today.plusDays(25), null, "9:00〜13:00", 8, null,
                today.plusDays(15), VolunteerPostStatus.RETURNED, "活動日と締切を確認してください（締切が近すぎます）。", null);
        post(councils.get(0), "防災訓練の誘導係", "避難所開設訓練での誘導と受付。", "校区の小学校 体育館", today.plusDays(90), null, "9:00〜12:00", 6,
                null, today.plusDays(75), VolunteerPostStatus.DRAFT, null, null);
        inquiry(festival, "福岡 花子", "hanako@example.jp", null, "高校生ですが、1日目だけ参加できますか。", now.minusDays(3), now.minusDays(2));
        inquiry(festival, "天神 一郎", "ichiro@example.jp", "090-0000-1111", "家族3人で参加したいです。", now.minusHours(5), null);
        LOG.info("Loaded the demo volunteer posts");
    }

    private VolunteerPost post(Organization org, String title, String activity, String place, LocalDate starts, LocalDate ends,
            String schedule, int wanted, String conditions, LocalDate closes, VolunteerPostStatus status, String note, OffsetDateTime approved) {
        VolunteerPost p = new VolunteerPost();
        p.organization = org;
        p.district = org.district;
        p.title = title;
        p.activity = activity;
        p.place = place;
        p.startsOn = starts;
        p.endsOn = ends;
        p.schedule = schedule;
        p.wanted = wanted;
        p.conditions = conditions;
        p.closesOn = closes;
        p.status = status;
        p.statusNote = note;
        if (status != VolunteerPostStatus.DRAFT) {
            p.submittedAt = OffsetDateTime.now(clock).minusDays(5);
        }
        p.approvedAt = approved;
        p.approvedBy = approved == null ? null : "地域協働課";
        p.searchKey = TextNormalizer.searchKey(title, activity, place, conditions, org.name);
        p.persist();
        return p;
    }

    private void inquiry(VolunteerPost p, String name, String email, String phone, String message, OffsetDateTime at, OffsetDateTime relayed) {
        VolunteerInquiry i = new VolunteerInquiry();
        i.post = p;
        i.personName = name;
        i.email = email;
        i.phone = phone;
        i.message = message;
        i.receivedAt = at;
        if (relayed != null) {
            i.relayedAt = relayed;
            i.relayChannel = "HAND";
            i.relayedBy = "校区担当";
        }
        i.persist();
        // the counts are written by update statements only (VolunteerPosts.COUNTS_MOVED)
        VolunteerPost.update("inquiryCount = inquiryCount + 1, unrelayedCount = unrelayedCount + ?1 where id = ?2",
                relayed == null ? 1 : 0, p.id);
    }
}
