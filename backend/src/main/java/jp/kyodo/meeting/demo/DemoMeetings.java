package jp.kyodo.meeting.demo;

import jp.kyodo.common.config.KyodoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.district.District;
import jp.kyodo.meeting.AgendaItem;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.UpwardReport;
import jp.kyodo.meeting.UpwardReportType;
import jp.kyodo.organization.Organization;
import org.jboss.logging.Logger;

/**
 * Demo meetings: the FY2025 (令和7年度) log of what the city reported to the city-wide council (board, executive
 * committee, secretariat liaison meeting, general assembly) and the reports the demo districts sent up. Loaded at
 * startup when {@code kyodo.demo-data=true}, after the demo city ({@code jp.kyodo.demo.DemoDataLoader}, priority
 * APPLICATION + 1000), and only while there are no meetings and no upward reports. Districts and councils are
 * found by their demo codes (HGS-01, HGS-01-C01, CTY-K01); missing ones are skipped. Seed data: no audit events.
 */
@ApplicationScoped
public class DemoMeetings {

    private static final Logger LOG = Logger.getLogger(DemoMeetings.class);
    private static final String ACTOR = "demo";

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    /** A meeting of the log: the body's code, 第N回 (null: unnumbered), date, title, and its items (title, section). */
    record M(String body, Integer number, LocalDate date, String title, List<String[]> items) {
    }

    static String[] i(String title, String section) {
        return new String[] {title, section};
    }

    static final String KYODO = "協働推進課";
    static final String BOSAI = "防災対策課";
    static final String KANKYO = "環境政策課";
    static final String KENKO = "健康推進課";
    static final String GAKUSHU = "生涯学習推進課";
    static final String ANZEN = "生活安全課";
    static final String KOHO = "広報課";

    static final List<M> MEETINGS = List.of(
            new M("EXECUTIVE", 1, LocalDate.of(2025, 4, 15), null, List.of(
                    i("令和7年度 自治協議会共創補助金の交付申請について", KYODO),
                    i("令和7年度 校区担当職員の配置について", KYODO))),
            new M("SECRETARIAT", 1, LocalDate.of(2025, 4, 16), null, List.of(
                    i("自治協議会共創補助金の申請書類の作成について", KYODO),
                    i("公民館講座の年間予定について", GAKUSHU),
                    i("自治会・町内会加入促進チラシの配布について", KYODO))),
            new M("BOARD", 1, LocalDate.of(2025, 4, 23), null, List.of(
                    i("令和7年度 定期総会の開催について", KYODO),
                    i("地域の防災訓練の実施について", BOSAI),
                    i("春の交通安全市民運動の実施について", ANZEN))),
            new M("GENERAL_ASSEMBLY", null, LocalDate.of(2025, 5, 24), "令和7年度 定期総会", List.of(
                    i("令和6年度 依頼等の見直し結果について", KYODO),
                    i("令和7年度 市の地域支援の取り組みについて", KYODO))),
            new M("SECRETARIAT", 2, LocalDate.of(2025, 5, 21), null, List.of(
                    i("避難行動要支援者名簿の提供について", BOSAI),
                    i("熱中症予防の啓発チラシの回覧について", KENKO),
                    i("資源物集団回収奨励金の申請について", KANKYO))),
            new M("BOARD", 2, LocalDate.of(2025, 5, 28), null, List.of(
                    i("総合防災訓練への参加について", BOSAI),
                    i("市政だよりの配布方法の見直しについて", KOHO))),
            new M("EXECUTIVE", 2, LocalDate.of(2025, 6, 10), null, List.of(
                    i("ごみ減量・リサイクル推進に関する協力依頼について", KANKYO),
                    i("特定健診の受診勧奨ポスター掲示について", KENKO))),
            new M("SECRETARIAT", 3, LocalDate.of(2025, 6, 18), null, List.of(
                    i("防犯灯設置費補助金の申請について", ANZEN),
                    i("夏休み子ども講座の案内について", GAKUSHU),
                    i("自主防災組織活動状況調査について", BOSAI))),
            new M("BOARD", 3, LocalDate.of(2025, 6, 25), null, List.of(
                    i("自主防犯団体アンケート調査について", ANZEN),
                    i("地域での防災対策について", BOSAI),
                    i("依頼等の負担軽減の進め方について", KYODO))),
            new M("SECRETARIAT", 4, LocalDate.of(2025, 7, 16), null, List.of(
                    i("校区だよりの提出について", KYODO),
                    i("健康づくり実践団体表彰の推薦について", KENKO))),
            new M("BOARD", 4, LocalDate.of(2025, 7, 23), null, List.of(
                    i("秋の交通安全市民運動について", ANZEN),
                    i("地域カーボンニュートラル講座について", KANKYO))),
            new M("EXECUTIVE", 3, LocalDate.of(2025, 9, 9), null, List.of(
                    i("令和8年度 補助金算定に係る事業計画の提出について", KYODO),
                    i("二十歳の集いについて", GAKUSHU))),
            new M("BOARD", 5, LocalDate.of(2025, 9, 24), null, List.of(
                    i("令和8年度 依頼等の見直し方針について", KYODO),
                    i("土砂災害警戒区域等の指定について", BOSAI),
                    i("がん検診の受診率向上の取り組みについて", KENKO))),
            new M("SECRETARIAT", 5, LocalDate.of(2025, 10, 15), null, List.of(
                    i("自治協議会共創補助金の実地検査について", KYODO),
                    i("公民館まつりの開催について", GAKUSHU))),
            new M("BOARD", 6, LocalDate.of(2025, 11, 26), null, List.of(
                    i("年末年始のごみ収集について", KANKYO),
                    i("年末の防犯パトロールについて", ANZEN))),
            new M("EXECUTIVE", 4, LocalDate.of(2026, 1, 13), null, List.of(
                    i("市民活動を進めるフォーラムの開催について", KYODO),
                    i("避難支援マップの更新について", BOSAI))),
            new M("BOARD", 7, LocalDate.of(2026, 2, 25), null, List.of(
                    i("令和8年度 依頼等一覧（案）について", KYODO),
                    i("地域密着型健康講座について", KENKO))),
            new M("SECRETARIAT", 6, LocalDate.of(2026, 3, 18), null, List.of(
                    i("令和7年度 実績報告書の提出について", KYODO),
                    i("自治会加入促進の取り組みについて", KYODO))));

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo meetings", this::loadIfEmpty);
        }
    }

    /** Loads the demo meetings and reports unless there are meetings or reports already. */
    void loadIfEmpty() {
        long meetings = CouncilMeeting.count();
        long reports = UpwardReport.count();
        if (meetings > 0 || reports > 0) {
            LOG.info("There are council meetings or upward reports already: demo meetings not loaded");
            return;
        }
        Map<String, CouncilBody> bodies = new HashMap<>();
        CouncilBody.<CouncilBody>listAll().forEach(b -> bodies.put(b.code, b));
        Organization cityCouncil = Organization.<Organization>find("code", "CTY-K01").firstResult();
        int items = 0;
        int meetingCount = 0;
        for (M m : MEETINGS) {
            CouncilBody body = bodies.get(m.body());
            if (body == null) {
                continue;
            }
            if (body.organization == null && cityCouncil != null) {
                body.organization = cityCouncil;
            }
            CouncilMeeting cm = new CouncilMeeting();
            cm.body = body;
            cm.number = m.number();
            cm.heldOn = m.date();
            cm.fiscalYear = Japanese.fiscalYearOf(m.date());
            cm.title = m.title();
            cm.note = "市役所 本庁舎 会議室";
            cm.searchKey = TextNormalizer.searchKey(cm.title, cm.note);
            cm.persist();
            meetingCount++;
            int order = 0;
            for (String[] it : m.items()) {
                AgendaItem a = new AgendaItem();
                a.meeting = cm;
                a.order = ++order;
                a.title = it[0];
                a.sectionName = it[1];
                a.createdBy = ACTOR;
                a.searchKey = TextNormalizer.searchKey(a.title, a.sectionName);
                a.persist();
                items++;
            }
        }
        int reportCount = reports();
        LOG.infof("Loaded the demo meetings: %d meetings, %d agenda items, %d upward reports", meetingCount, items,
                reportCount);
    }

    static final String[] DISTRICTS = {"HGS-01", "HGS-02", "HGS-03", "HKT-01", "HKT-02", "CHO-01", "CHO-02",
        "MNM-01", "MNM-02", "JNN-01", "SWR-01", "SWR-02", "NSI-01", "NSI-02"};

    private int reports() {
        Map<String, District> districts = new HashMap<>();
        em.createQuery("from District d where d.code in :codes", District.class)
                .setParameter("codes", List.of(DISTRICTS)).getResultList().forEach(d -> districts.put(d.code, d));
        Map<String, Organization> councils = new HashMap<>();
        em.createQuery("from Organization o where o.code in :codes", Organization.class)
                .setParameter("codes", java.util.Arrays.stream(DISTRICTS).map(c -> c + "-C01").toList())
                .getResultList().forEach(o -> councils.put(o.code, o));
        int n = 0;
        for (int k = 0; k < DISTRICTS.length; k++) {
            District d = districts.get(DISTRICTS[k]);
            if (d == null) {
                continue;
            }
            Organization council = councils.get(DISTRICTS[k] + "-C01");
            // every district: its spring newsletter and general-assembly documents; every other one more
            report(d, council, UpwardReportType.ASSEMBLY_DOCUMENTS, "令和7年度 " + d.name + "校区自治協議会 定期総会資料",
                    LocalDate.of(2025, 5, 10 + k), KYODO, null);
            n++;
            if (k % 2 == 0) {
                report(d, council, UpwardReportType.NEWSLETTER, d.name + "校区だより 第" + (100 + k) + "号",
                        LocalDate.of(2025, 7, 1 + k), KYODO, "https://docs.example.jp/" + d.code + "/dayori-" + (100 + k) + ".pdf");
                n++;
            } else {
                report(d, council, UpwardReportType.ACTIVITY_REPORT, "令和6年度 " + d.name + "校区 事業実績報告書",
                        LocalDate.of(2025, 6, 1 + k), KYODO, null);
                n++;
            }
            if (k % 3 == 0) {
                UpwardReport r = report(d, council, UpwardReportType.SURVEY_ANSWER,
                        "自主防犯団体アンケート調査 回答（" + d.name + "校区）", LocalDate.of(2025, 8, 5 + k), ANZEN, null);
                r.note = "防犯パトロールの実施回数は前年より増加。回答者の負担が大きいとの声あり";
                n++;
            }
        }
        return n;
    }

    private static UpwardReport report(District d, Organization council, UpwardReportType type, String title,
            LocalDate receivedOn, String section, String url) {
        UpwardReport r = new UpwardReport();
        r.type = type;
        r.title = title;
        r.district = d;
        r.organization = council;
        r.receivedOn = receivedOn;
        r.fiscalYear = Japanese.fiscalYearOf(receivedOn);
        r.sectionName = section;
        r.url = url;
        r.searchKey = TextNormalizer.searchKey(title, section);
        r.persist();
        return r;
    }
}
