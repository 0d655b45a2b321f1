package jp.kyodo.activity.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.kyodo.account.AppUser;
import jp.kyodo.activity.Activity;
import jp.kyodo.activity.ActivityType;
import jp.kyodo.activity.FollowUp;
import jp.kyodo.activity.FollowUpStatus;
import jp.kyodo.activity.service.ActivityService;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.district.LiaisonAssignment;
import jp.kyodo.organization.Organization;
import org.jboss.logging.Logger;

/**
 * Demo activity log: for each district the demo liaisons serve today, eight records over the last two months, dated
 * from the clock's today (so the worklist always has something): visits, meetings, consultations …, most with the
 * district council, and follow-ups — some overdue, some due this week, some done. Loaded at startup when
 * {@code kyodo.demo-data=true}, after the demo city and meetings, only while the log is empty. Seed data: no audit events.
 */
@ApplicationScoped
public class DemoActivities {

    private static final Logger LOG = Logger.getLogger(DemoActivities.class);

    @Inject
    KyodoConfig config;

    @Inject
    Clock clock;

    record R(ActivityType type, int daysAgo, String start, String end, String summary, String followUp, Integer dueIn,
            boolean done) {
    }

    static final List<R> RECORDS = List.of(
            new R(ActivityType.VISIT, 3, "10:00", "11:00", "自治協議会の会長を訪問し、来月の防災訓練の段取りを確認した。避難所運営の役割分担表を次回持参する。",
                    "避難所運営の役割分担表を作成して届ける", -1, false),
            new R(ActivityType.MEETING, 9, "19:00", "20:30", "自治協議会 理事会に出席。市からの依頼等（防犯灯・ごみ出しルール周知）を説明した。",
                    "ごみ出しルールのチラシ部数を環境局へ連絡する", 2, false),
            new R(ActivityType.CONSULTATION, 14, "14:00", "15:00", "町内会長から加入促進の相談。新築マンションの管理会社への声かけ方法を助言した。",
                    "管理会社向けの加入案内文の見本を送る", 5, false),
            new R(ActivityType.INFORMATION, 20, null, null, "公民館講座の年間予定と申込方法を事務局へ電話で情報提供した。", null, null, false),
            new R(ActivityType.STUDY_SESSION, 27, "13:30", "16:00", "役員向け学習会（会計の基礎）を支援。参加者18名。資料は市の様式を使用。",
                    "学習会のアンケート結果をまとめて共有する", -10, false),
            new R(ActivityType.EVENT, 34, "09:00", "12:00", "校区夏祭りの準備会に参加し、テント設営を手伝った。", "備品貸出の返却を確認する", -20,
                    true),
            new R(ActivityType.VISIT, 45, "10:30", "11:30", "校区コミュニティセンターを訪問し、事務局長と補助金申請の書類を確認した。",
                    "補助金申請書の不足書類を連絡する", -30, true),
            new R(ActivityType.OTHER, 58, null, null, "区役所内で校区担当者会議。担当校区の状況を共有した。", null, null, false));

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 4000) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo activity log", this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (Activity.count() > 0) {
            LOG.info("There are activity records already: demo activities not loaded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<LiaisonAssignment> current = LiaisonAssignment.<LiaisonAssignment>list(
                "startsOn <= ?1 and (endsOn is null or endsOn >= ?1) order by user.id, district.code", today);
        int n = 0;
        int i = 0;
        for (LiaisonAssignment a : current) {
            AppUser liaison = a.user;
            Organization council = Organization.<Organization>find("district.id = ?1 and kindCode = 'DISTRICT_COUNCIL'",
                    a.district.id).firstResult();
            for (R r : RECORDS) {
                Activity x = new Activity();
                x.type = r.type();
                // each district a little apart, so the districts' "last visit" differ
                x.occurredOn = today.minusDays(r.daysAgo() + (i % 4) * 2L);
                x.startsAt = r.start() == null ? null : LocalTime.parse(r.start());
                x.endsAt = r.end() == null ? null : LocalTime.parse(r.end());
                x.summary = r.summary();
                x.createdById = liaison.id;
                x.createdByName = liaison.displayName;
                x.districts.add(a.district);
                if (council != null && r.type() != ActivityType.OTHER) {
                    x.organizations.add(council);
                }
                x.staff.add(new Activity.StaffPresent(liaison.id, liaison.displayName));
                if (r.followUp() != null) {
                    FollowUp f = new FollowUp();
                    f.activity = x;
                    f.sortOrder = 1;
                    f.description = r.followUp();
                    f.responsibleId = liaison.id;
                    f.dueOn = today.plusDays(r.dueIn());
                    f.setStatus(r.done() ? FollowUpStatus.DONE : FollowUpStatus.OPEN, r.done() ? f.dueOn.minusDays(1) : null);
                    x.followUps.add(f);
                }
                x.searchKey = ActivityService.searchKey(x);
                x.persist();
                n++;
            }
            i++;
        }
        LOG.infof("Demo activity log: %d records", n);
    }
}
