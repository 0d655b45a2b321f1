package jp.kyodo.plan.committee.demo;

import io.quarkus.arc.Arc;
import jp.kyodo.common.config.KyodoConfig;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.committee.CommitteeMeeting;
import jp.kyodo.plan.committee.CommitteeMember;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationResponse;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationRow;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationSheet;
import jp.kyodo.plan.evaluation.EvaluationDtos.EvaluationSheetInput;
import jp.kyodo.plan.evaluation.EvaluationDtos.OpinionInput;
import jp.kyodo.plan.evaluation.EvaluationDtos.RowInput;
import jp.kyodo.plan.evaluation.service.EvaluationService;
import jp.kyodo.plan.evaluation.service.EvaluationSheetService;
import jp.kyodo.plan.progress.ProgressStatus;
import jp.kyodo.plan.publication.service.PublicationService;
import org.jboss.logging.Logger;

/**
 * Demo committee of the Fukuoka 2009 plan (kyodo.demo-data=true): eight members (the first term from August 2009 and
 * two of the current term), four meetings in FY2009–2010 with agenda, minutes and attendance, the FY2009 evaluations of
 * every initiative with the committee's opinion — finalized in July 2010 and published by the office in August, one of
 * them corrected and published again in March 2011, so the public report shows both versions — and the FY2010
 * evaluations as drafts (a few still unrated), not published. Runs after the demo progress (priority APPLICATION +
 * 4000), only while there are no committee members. The evaluations go through the services as the demo accounts
 * {@code committee} and {@code office}, at the dates they would have happened, so the snapshot is built exactly as
 * the office's publication builds it (and the history records the load).
 */
@ApplicationScoped
public class DemoCommittee {

    private static final Logger LOG = Logger.getLogger(DemoCommittee.class);
    static final String PLAN = "fukuoka-2009";
    static final String COMMITTEE = "committee";
    static final String OFFICE = "office";

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationSheetService sheets;

    @Inject
    PublicationService publication;

    @Inject
    CurrentIdentityAssociation identities;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 5000) StartupEvent ev) {
        if (!config.demoData()) {
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            SeedData.load(LOG, "the demo committee and evaluations", 300, this::loadIfEmpty);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    // name, kana, affiliation, role title, term from, term to, email, phone
    static final String[][] MEMBERS = {
        {"松本 和彦", "まつもと かずひこ", "福岡都市大学 法学部 教授（学識経験者）", "委員長", "2009-08-01", "2011-07-31", "matsumoto@example.ac.jp", "092-000-1001"},
        {"白石 節子", "しらいし せつこ", "香椎校区自治協議会 会長", "副委員長", "2009-08-01", "2011-07-31", "shiraishi@example.jp", "092-000-1002"},
        {"中村 正雄", "なかむら まさお", "博多区自治協議会会長会 会長", "委員", "2009-08-01", "2011-07-31", "nakamura@example.jp", "092-000-1003"},
        {"田中 義明", "たなか よしあき", "西区自治協議会会長会 副会長", "委員", "2009-08-01", "2011-07-31", null, "092-000-1004"},
        {"山口 美和", "やまぐち みわ", "NPO法人 ふくおか市民活動ネットワーク 事務局長", "委員", "2009-08-01", "2011-07-31", "yamaguchi@example.org", null},
        {"古川 大輔", "ふるかわ だいすけ", "福岡市公民館長会 代表", "委員", "2009-08-01", "2011-07-31", "furukawa@example.jp", "092-000-1006"},
        {"小川 直樹", "おがわ なおき", "福岡都市大学 社会学部 准教授（学識経験者）", "委員長", "2025-08-01", "2027-07-31", "ogawa@example.ac.jp", "092-000-1007"},
        {"村上 あゆみ", "むらかみ あゆみ", "公募委員", "委員", "2025-08-01", "2027-07-31", "murakami@example.jp", null},
    };

    /** A meeting: date, 第N回, agenda, minutes, attendees (indexes into MEMBERS). */
    record M(LocalDate heldOn, int number, String agenda, String minutes, int[] attendees) {
    }

    static final List<M> MEETINGS = List.of(
            new M(LocalDate.of(2009, 8, 25), 1, "1. 委員長・副委員長の選出\n2. 「コミュニティに関する今後の取り組み」の概要\n3. 委員会の進め方",
                    "委員の互選により、委員長に松本委員、副委員長に白石委員を選出した。事務局から計画の概要と37の取り組みについて説明があった。"
                            + "委員から、市の側の見直し（協力依頼の整理・削減）の進み具合を重点的に確認したいとの意見があった。",
                    new int[] {0, 1, 2, 3, 4, 5}),
            new M(LocalDate.of(2010, 2, 16), 2, "1. 平成21年度の取り組みの状況（中間報告）\n2. 評価の方法について",
                    "事務局から上半期の状況を報告した。評価はA（順調）からD（遅れ）の4段階とし、取り組みごとにコメントと提言を付すこととした。"
                            + "委員から、報告のない取り組みは評価できないため、担当課に報告を求めるよう意見があった。",
                    new int[] {0, 1, 2, 4, 5}),
            new M(LocalDate.of(2010, 7, 28), 1, "1. 平成21年度の取り組みの評価（評価シートの確定）\n2. 総評について",
                    "各委員が作成した評価案をもとに審議し、平成21年度の評価シートを確定した。総評では、市の側の見直しの遅れを指摘することとした。"
                            + "事務局は8月に評価結果を公表する。",
                    new int[] {0, 1, 2, 3, 4, 5}),
            new M(LocalDate.of(2011, 2, 22), 2, "1. 平成21年度評価の訂正について\n2. 平成22年度の取り組みの状況\n3. 平成22年度の評価の進め方",
                    "担当課からの補足報告を受け、ボランティア・インターンシップ事業の平成21年度評価をDからCに訂正することを決定した。"
                            + "訂正前の評価は公表資料に併記する。平成22年度の評価案は各委員が作成中である。",
                    new int[] {0, 1, 3, 4, 5}));

    /** The FY2009 evaluations: rating, comment, recommendation (null: none). */
    static final Map<String, String[]> EVALUATIONS_2009 = Map.ofEntries(
            e("II-1-1-a", "A", "予定を上回る約420人が参加し、市民が自治について考えるきっかけとなった。", "参加者が固定化しないよう、若い世代や集合住宅の住民に届く周知を工夫されたい。"),
            e("II-1-1-b", "B", "創刊し3回発行したが、目標の年4回には届かなかった。", "発行回数を確保するとともに、校区の活動を紹介する紙面を充実されたい。"),
            e("II-1-1-c", "A", "区版に紹介欄を新設し、毎月掲載したことを評価する。", "掲載した活動への反響を把握し、紙面づくりに生かされたい。"),
            e("II-1-1-d", "A", "「地域コミュニティ」のページを開設し、情報を一か所にまとめた。", "校区の自治協議会のホームページとの連携を進められたい。"),
            e("II-1-1-e", "A", "記者発表により新聞・テレビで報道され、周知に効果があった。", "報道後の問い合わせ件数など、効果の把握に努められたい。"),
            e("II-1-1-f", "B", "講座は2区での試行にとどまり、全区での実施は次年度となった。", "試行の結果を踏まえ、全区で計画的に実施されたい。"),
            e("II-1-2-a", "A", "全公民館で講座を開き、モデル館の指定も進んだ。", "講座の修了者が地域活動に参加した実績を把握されたい。"),
            e("II-1-2-b", "D", "受入れ団体との調整が整わず、実施されなかった。", "受入れの手順と保険の扱いを早期に整理し、次年度は確実に実施されたい。"),
            e("II-1-2-c", "A", "交流センターでの掲示を始め、9校区の募集情報を提供した。", "掲示に参加する校区を増やされたい。"),
            e("II-2-1-a", "A", "事例発表会を2回開催し、延べ230人が参加した。", "役員の負担となっている事務をテーマにした研修も検討されたい。"),
            e("II-2-1-b", "A", "ハンドブックを改訂し、概要版を全自治会・町内会に配布して完了した。", "新任の役員に行き渡るよう、区役所窓口での配布を続けられたい。"),
            e("II-2-1-c", "A", "自治協議会会長の退任者など42人に感謝状を贈呈した。", null),
            e("II-2-1-d", "A", "5区の会長会の勉強会に職員を派遣し、市の施策を説明した。", "校区単位の勉強会にも協力されたい。"),
            e("II-2-1-e", "A", "毎月の相談日を設け、27件の相談に応じた。", "相談の内容を分析し、よくある相談への情報提供を行われたい。"),
            e("II-2-1-h", "A", "全自治協議会に補助金を交付した。", "申請・報告の事務負担の軽減を検討されたい。"),
            e("II-2-1-i", "A", "地域活動アドバイザーを延べ23回派遣した。", null),
            e("II-2-1-j", "A", "市民活動保険を適切に運用した。", "制度の周知に努められたい。"),
            e("II-2-1-k", "B", "広報物の配布を委託したが、配布を担う地域の負担が大きいとの声がある。", "配布物の量と回数の見直しを、依頼等の見直しと併せて進められたい。"),
            e("II-2-1-l", "A", "新たに5団体を地縁団体として認可した。", null),
            e("II-2-2-a", "A", "加入を呼びかけるチラシを転入者に約30,000部配布した。", "加入率の推移を把握し、効果を検証されたい。"),
            e("II-2-2-b", "B", "不動産関係団体との協議を始めたが、具体的な取り組みには至っていない。", "協定の締結など、具体的な成果につなげられたい。"),
            e("III-1-1-a", "A", "新任の課長・係長の研修を行い、自己学習教材を庁内に公開した。", "全職員の受講を促されたい。"),
            e("III-1-1-b", "C", "手引書は構成案の段階にとどまり、平成21年度中の完成に至らなかった。", "各局からの事例の収集を急ぎ、早期に完成されたい。"),
            e("III-2-1-a", "B", "コミュニティの協力を前提とする67事業を洗い出した。", "事業ごとに、校区の意向を聞く手順を定められたい。"),
            e("III-2-1-b", "C", "平成21年度の取り組みの状況について報告がなかった。", "支援のあり方の見直しに着手し、進捗を委員会に報告されたい。"),
            e("III-2-2-a", "A", "全局に照会して依頼等の一覧（212件）を作成し、見直しの基礎ができた。", "一覧をもとに削減の目標を定め、着実に進められたい。"),
            e("III-2-2-b", "C", "協力依頼の整理を優先し、着手を次年度に送った。", "連絡・提案の方法も、協力依頼の見直しと並行して検討されたい。"),
            e("III-2-3-a", "B", "区の主催事業34件の現状を検証し、参加者数と地域の負担を調べた。", "地域の負担の大きい事業から見直しの方向を示されたい。"),
            e("III-2-3-b", "B", "区レベルの組織の現状と移行の課題を整理した。", "関係団体との協議を計画的に進められたい。"),
            e("III-3-1-a", "A", "定例会議を設け、校区の課題を共有する仕組みができた。", null),
            e("III-3-1-b", "D", "再編の方針がまとまらず、着手されなかった。", "区役所の地域支援の体制について、方針を早期に示されたい。"),
            e("III-3-2-a", "A", "全校区に校区担当職員を配置した。", "担当職員による支援の内容に差が出ないよう、情報の共有を図られたい。"),
            e("III-3-2-b", "A", "校区担当職員の研修を年3回行った。", null),
            e("III-3-3-a", "B", "公民館と自治協議会の事業の重複を調べ、18件を把握した。", "重複の解消に向けた具体的な調整を進められたい。"),
            e("III-3-3-b", "A", "全公民館で印刷機の使用と事務スペースの提供を始めた。", null),
            e("III-3-3-c", "A", "公民館職員の研修を年4回行った。", null),
            e("IV-1-1-a", "A", "推進委員会を設置し、2回開催した。", "委員会の審議の内容を市民に分かりやすく公表されたい。"));

    static Map.Entry<String, String[]> e(String key, String rating, String comment, String recommendation) {
        return Map.entry(key, new String[] {rating, comment, recommendation});
    }

    static final String CORRECTED = "II-1-2-b";
    static final String CORRECTION_REASON = "担当課から、平成21年度中に受入れの手順と保険の扱いの整理に着手していたとの補足報告があったため"
            + "（平成23年2月22日 第2回推進委員会で審議）";
    static final String CORRECTED_COMMENT = "平成21年度は実施に至らなかったが、受入れの手順と保険の扱いの整理に着手しており、次年度の試行に向けた準備は進んだ。";

    /** FY2010 drafts: a rating and a first comment by the year's status; the late ones still under discussion. */
    static String[] draft2010(ProgressStatus s) {
        return switch (s) {
            case COMPLETED, CARRIED_OUT -> new String[] {"A", "計画どおり実施された。"};
            case CONTINUING -> new String[] {"A", "継続して実施されている。"};
            case IN_PROGRESS -> new String[] {"B", "取り組みは進んでいるが、成果はこれからである。"};
            case NOT_STARTED -> new String[] {"D", "着手されていない。"};
            case DELAYED -> new String[] {null, "遅れの理由を担当課に確認中（次回の委員会で審議）。"};
        };
    }

    void loadIfEmpty() {
        if (CommitteeMember.count() > 0) {
            LOG.info("There are committee members already: demo committee not loaded");
            return;
        }
        List<CommitteeMember> members = new ArrayList<>();
        for (String[] m : MEMBERS) {
            CommitteeMember x = new CommitteeMember();
            x.name = m[0];
            x.kana = m[1];
            x.affiliation = m[2];
            x.roleTitle = m[3];
            x.termFrom = LocalDate.parse(m[4]);
            x.termTo = m[5] == null ? null : LocalDate.parse(m[5]);
            x.email = m[6];
            x.phone = m[7];
            x.searchKey = TextNormalizer.searchKey(x.name, x.kana, x.affiliation, x.roleTitle);
            x.persist();
            members.add(x);
        }
        Plan plan = Plan.<Plan>find("code", PLAN).firstResult();
        for (M m : MEETINGS) {
            CommitteeMeeting x = new CommitteeMeeting();
            x.planId = plan == null ? null : plan.id;
            x.meetingNumber = m.number();
            x.heldOn = m.heldOn();
            x.fiscalYear = Japanese.fiscalYearOf(m.heldOn());
            x.agenda = m.agenda();
            x.minutes = m.minutes();
            for (int k : m.attendees()) {
                x.attendeeIds.add(members.get(k).id);
            }
            x.persist();
        }
        em.flush();
        if (plan == null) {
            LOG.info("The sample plan is not loaded: demo evaluations not loaded");
            return;
        }
        Map<String, Long> keys = new HashMap<>();
        Initiative.<Initiative>list("planId", plan.id).forEach(i -> keys.put(i.refKey, i.id));

        // FY2009: written and finalized by the committee (第1回 FY2010, 28 July 2010), published by the office in August
        act(COMMITTEE, Roles.COMMITTEE);
        List<RowInput> rows = new ArrayList<>();
        EVALUATIONS_2009.forEach((key, v) -> {
            if (keys.containsKey(key)) {
                rows.add(new RowInput(keys.get(key), v[0], v[1], v[2], null));
            }
        });
        sheets.save(plan.id, 2009, new EvaluationSheetInput(new OpinionInput(
                "平成21年度は計画の初年度であり、37の取り組みの多くが予定どおり実施された。市民への周知や自治協議会の運営の支援は着実に進んでいる。"
                        + "一方、協力依頼の整理や区役所組織の再編など、市の側の見直しには遅れが見られる。",
                "コミュニティの自治の確立には、市の側の見直しが欠かせない。依頼等の整理・削減を最優先で進め、その結果を委員会に報告されたい。",
                null), rows), null);
        sheets.finalizeSheet(plan.id, 2009, LocalDateTime.of(2010, 7, 28, 16, 30));
        act(OFFICE, Roles.OFFICE);
        publication.publish(plan.id, 2009, "平成21年度の取り組みに対する福岡市コミュニティ施策推進委員会の評価を公表します。",
                LocalDateTime.of(2010, 8, 20, 10, 0));

        // one evaluation corrected (第2回 FY2010, 22 February 2011) and published again: the public page shows both
        int corrected = 0;
        Long correctedId = keys.get(CORRECTED);
        if (correctedId != null) {
            act(COMMITTEE, Roles.COMMITTEE);
            EvaluationRow row = sheets.sheet(plan.id, 2009).rows().stream()
                    .filter(r -> r.initiativeId() == correctedId).findFirst().orElseThrow();
            EvaluationResponse correction = evaluations.correct(row.evaluation().id(), CORRECTION_REASON);
            sheets.save(plan.id, 2009, new EvaluationSheetInput(null, List.of(new RowInput(correctedId, "C", CORRECTED_COMMENT,
                    correction.recommendation(), correction.version()))), null);
            sheets.finalizeSheet(plan.id, 2009, LocalDateTime.of(2011, 2, 22, 16, 0));
            act(OFFICE, Roles.OFFICE);
            publication.publish(plan.id, 2009, "Ⅱ-1-(2)-イ の評価を訂正しました（平成23年2月22日 第2回推進委員会）。訂正前の評価も併せて掲載しています。",
                    LocalDateTime.of(2011, 3, 10, 10, 0));
            corrected = 1;
        }

        // FY2010: drafts only, not finalized (so not published)
        act(COMMITTEE, Roles.COMMITTEE);
        EvaluationSheet sheet2010 = sheets.sheet(plan.id, 2010);
        List<RowInput> drafts = new ArrayList<>();
        for (EvaluationRow r : sheet2010.rows()) {
            if (r.status() != null) {
                String[] d = draft2010(r.status());
                drafts.add(new RowInput(r.initiativeId(), d[0], d[1], null, null));
            }
        }
        sheets.save(plan.id, 2010, new EvaluationSheetInput(new OpinionInput(
                "（案）依頼等の見直しが動き始め、集合住宅の加入促進では協定の締結に至った。手引書の作成や区レベルの組織の移行には遅れがある。",
                null, null), drafts), null);
        LOG.infof("Loaded the demo committee: %d members, %d meetings, FY2009 evaluations published (%d corrected), %d FY2010 drafts",
                members.size(), MEETINGS.size(), corrected, drafts.size());
    }

    private void act(String username, String role) {
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRole(role).build());
    }
}
