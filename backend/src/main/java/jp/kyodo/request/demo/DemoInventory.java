package jp.kyodo.request.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.kept.KeptFiguresService;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.department.Bureau;
import jp.kyodo.department.Department;
import jp.kyodo.department.Section;
import jp.kyodo.request.Ask;
import jp.kyodo.request.Channel;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.MonthTimes;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.request.review.Decision;
import jp.kyodo.request.review.ItemState;
import jp.kyodo.request.review.ReviewCycle;
import jp.kyodo.request.review.ReviewItem;
import jp.kyodo.request.service.CityRequestService;
import org.jboss.logging.Logger;

/**
 * Demo inventory (kyodo.demo-data=true): the city's organization (局・部・課), about 35 requests a year for FY2024
 * (the baseline) and FY2025, and the FY2025 review in progress — some sections have assessed their requests, the
 * office has decided on some, one decision is carried out. Runs after the demo city (DemoDataLoader), only when
 * there are no bureaus and no requests yet; the demo account {@code dept} joins 環境局 家庭ごみ減量推進課.
 * Seed data: no audit events.
 */
@ApplicationScoped
public class DemoInventory {

    private static final Logger LOG = Logger.getLogger(DemoInventory.class);

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    KeptFiguresService keptFigures;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo request inventory", 300, this::loadIfEmpty);
        }
    }

    // bureau code, name, kana | department code, name, kana | section code, name, kana
    public static final String[][] SECTIONS = {
            {"SHICHO", "市長室", "しちょうしつ", "SHICHO-KOHO", "広報戦略室", "こうほうせんりゃくしつ", "KOHO", "広報課", "こうほうか"},
            {"SOMU", "総務企画局", "そうむきかくきょく", "SOMU-KIKAKU", "企画調整部", "きかくちょうせいぶ", "TOKEI", "統計調査課", "とうけいちょうさか"},
            {"SHIMIN", "市民局", "しみんきょく", "SHIMIN-COM", "コミュニティ推進部", "こみゅにてぃすいしんぶ", "CHIIKI", "地域コミュニティ課", "ちいきこみゅにてぃか"},
            {"SHIMIN", "市民局", "しみんきょく", "SHIMIN-ANZEN", "生活安全部", "せいかつあんぜんぶ", "BOHAN", "防犯・交通安全課", "ぼうはんこうつうあんぜんか"},
            {"SHIMIN", "市民局", "しみんきょく", "SHIMIN-BOSAI", "防災・危機管理部", "ぼうさいききかんりぶ", "BOSAI", "防災推進課", "ぼうさいすいしんか"},
            {"KANKYO", "環境局", "かんきょうきょく", "KANKYO-JUNKAN", "循環型社会推進部", "じゅんかんがたしゃかいすいしんぶ", "GOMI", "家庭ごみ減量推進課", "かていごみげんりょうすいしんか"},
            {"KANKYO", "環境局", "かんきょうきょく", "KANKYO-JUNKAN", "循環型社会推進部", "じゅんかんがたしゃかいすいしんぶ", "SHIGEN", "資源循環推進課", "しげんじゅんかんすいしんか"},
            {"KANKYO", "環境局", "かんきょうきょく", "KANKYO-SEISAKU", "環境政策部", "かんきょうせいさくぶ", "BIKA", "環境美化推進課", "かんきょうびかすいしんか"},
            {"HOKEN", "保健福祉局", "ほけんふくしきょく", "HOKEN-FUKUSHI", "総務企画部", "そうむきかくぶ", "FUKUSHI", "地域福祉課", "ちいきふくしか"},
            {"HOKEN", "保健福祉局", "ほけんふくしきょく", "HOKEN-KOREI", "高齢社会部", "こうれいしゃかいぶ", "KOREI", "高齢社会政策課", "こうれいしゃかいせいさくか"},
            {"HOKEN", "保健福祉局", "ほけんふくしきょく", "HOKEN-KENKO", "健康医療部", "けんこういりょうぶ", "KENKO", "健康増進課", "けんこうぞうしんか"},
            {"KODOMO", "こども未来局", "こどもみらいきょく", "KODOMO-BU", "こども部", "こどもぶ", "SEISHONEN", "青少年健全育成課", "せいしょうねんけんぜんいくせいか"},
            {"KYOIKU", "教育委員会", "きょういくいいんかい", "KYOIKU-SHOGAI", "生涯学習部", "しょうがいがくしゅうぶ", "KOMINKAN", "公民館支援課", "こうみんかんしえんか"},
            {"KYOIKU", "教育委員会", "きょういくいいんかい", "KYOIKU-GAKKO", "指導部", "しどうぶ", "GAKKO", "学校安全課", "がっこうあんぜんか"},
            {"SHOBO", "消防局", "しょうぼうきょく", "SHOBO-YOBO", "予防部", "よぼうぶ", "YOBO", "予防課", "よぼうか"},
            {"SHOBO", "消防局", "しょうぼうきょく", "SHOBO-KEIBO", "警防部", "けいぼうぶ", "SHOBODAN", "消防団課", "しょうぼうだんか"},
            {"SENKYO", "選挙管理委員会", "せんきょかんりいいんかい", "SENKYO-JIMU", "事務局", "じむきょく", "SENKYO", "選挙課", "せんきょか"},
            {"HGS-KU", "東区役所", "ひがしくやくしょ", "HGS-CHIIKI", "地域支援部", "ちいきしえんぶ", "HGS-SHIEN", "地域支援課", "ちいきしえんか"},
            {"NSI-KU", "西区役所", "にしくやくしょ", "NSI-CHIIKI", "地域支援部", "ちいきしえんぶ", "NSI-SHIEN", "地域支援課", "ちいきしえんか"},
    };

    static final String NA = "NEIGHBORHOOD_ASSOCIATION";
    static final String DC = "DISTRICT_COUNCIL";
    static final String BL = "BLOCK";
    static final String RG = "RESIDENT_GROUP";

    /**
     * One request of the inventory. scope: ALL, or a ward code (its districts). in2025: false = dropped before
     * FY2025; months2025 / kind2025 when it changed. review: state/proposal/decision in the FY2025 cycle.
     */
    public record T(String section, String title, RequestKind kind, List<Ask> asks, List<String> receivers, String scope,
            Channel channel, int[] months, int times, int people, double hours, Integer deadlineDays, Integer headCount,
            boolean mandatory, boolean in2025, int[] months2025, RequestKind kind2025, Review review) {
    }

    public record Review(ItemState state, Decision proposed, String assessment, Decision decision, String reason, Integer effectiveYear,
            Long flat, Long perHousehold) {
    }

    static final int[] EVERY_MONTH = {4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3};

    static Review assessed(Decision proposed, String text) {
        return new Review(ItemState.SELF_ASSESSED, proposed, text, null, null, null, null, null);
    }

    static Review decided(Decision proposed, String text, Decision decision, String reason, int year) {
        return new Review(ItemState.DECIDED, proposed, text, decision, reason, year, null, null);
    }

    static T t(String section, String title, RequestKind kind, List<Ask> asks, List<String> receivers, String scope,
            Channel channel, int[] months, int times, int people, double hours, Integer deadline, Integer headCount,
            boolean mandatory, Review review) {
        return new T(section, title, kind, asks, receivers, scope, channel, months, times, people, hours, deadline, headCount,
                mandatory, true, null, null, review);
    }

    public static List<T> templates() {
        RequestKind C = RequestKind.COOPERATION;
        RequestKind N = RequestKind.NOTICE;
        List<T> l = new ArrayList<>();
        l.add(t("KOHO", "市政だよりの配布（月2回）", C, List.of(Ask.DISTRIBUTION), List.of(NA), "ALL", Channel.DIRECT, EVERY_MONTH, 2, 2, 1.5, 5, null, true,
                new Review(ItemState.DECIDED, Decision.COMPENSATE, "全戸配布は市の広報業務であり、地域の負担が大きい。", Decision.COMPENSATE,
                        "住民に不可欠な情報だが市の業務であり負担が大きいため、配布世帯数に応じた費用弁償とする。", 2025, 12000L, 30L)));
        l.add(t("KOHO", "市政だより 臨時号の回覧", C, List.of(Ask.CIRCULATION), List.of(NA), "ALL", Channel.BLOCK_CIRCULATION, new int[] {9}, 1, 1, 1.0, 14, null, false,
                decided(Decision.MERGE, "定例号と一本化できる。", Decision.MERGE, "市政だより定例号に統合する。", 2026)));
        l.add(t("TOKEI", "国勢調査 調査員の推薦", C, List.of(Ask.RECOMMENDATION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {6}, 1, 2, 4.0, 30, 8, false,
                assessed(Decision.KEEP, "5年に一度の法定調査であり、推薦依頼は継続が必要。")));
        l.add(t("TOKEI", "市民意識調査への協力（対象世帯への調査票配布）", C, List.of(Ask.DISTRIBUTION, Ask.SURVEY), List.of(NA), "ALL", Channel.DIRECT, new int[] {7}, 1, 1, 2.0, 10, null, false,
                decided(Decision.ABOLISH, "郵送調査に切り替えられる。", Decision.ABOLISH, "郵送・オンライン調査に切り替え、地域への配布依頼は廃止する。", 2026)));
        l.add(t("CHIIKI", "自治会・町内会への加入促進チラシの配布", C, List.of(Ask.DISTRIBUTION), List.of(NA), "ALL", Channel.DIRECT, new int[] {4, 10}, 1, 1, 1.5, 21, null, false,
                decided(Decision.RECLASSIFY, "地域にとって有益な情報提供である。", Decision.RECLASSIFY, "加入促進は地域の自主的な取組みであり、連絡・提案として提供する。", 2025)));
        l.add(t("CHIIKI", "自治協議会 活動状況調査", C, List.of(Ask.SURVEY, Ask.REPORT), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {5}, 1, 2, 3.0, 30, null, false,
                assessed(Decision.LIGHTEN, "設問を半分に減らし、オンライン回答とする。")));
        l.add(new T("CHIIKI", "地域の防犯灯設置状況の報告", C, List.of(Ask.REPORT), List.of(NA), "ALL", Channel.DIRECT, new int[] {6}, 1, 1, 2.0, 20, null, true,
                false, null, null, null));
        l.add(t("BOHAN", "春・秋の交通安全運動 ポスター掲示", C, List.of(Ask.POSTING), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {4, 9}, 1, 1, 0.5, 7, null, false,
                decided(Decision.LIGHTEN, "掲示板の数を減らせる。", Decision.LIGHTEN, "掲示は校区内の主要掲示板のみとし、枚数を半減する。", 2026)));
        l.add(t("BOHAN", "交通安全運動 街頭キャンペーンへの参加", C, List.of(Ask.PARTICIPATION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {4, 9}, 1, 5, 2.0, 30, 10, false,
                assessed(Decision.LIGHTEN, "参加人数の指定をやめる。")));
        l.add(t("BOHAN", "防犯パトロール実施状況の報告", C, List.of(Ask.REPORT), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {3}, 1, 1, 2.0, 30, null, false, null));
        l.add(t("BOSAI", "総合防災訓練への参加", C, List.of(Ask.PARTICIPATION), List.of(DC, RG), "ALL", Channel.DISTRICT_COUNCIL, new int[] {8}, 1, 10, 3.0, 45, 20, false,
                decided(Decision.LIGHTEN, "校区ごとの訓練と合わせられる。", Decision.LIGHTEN, "市の訓練と校区の訓練を一本化し、人数指定を廃止する。", 2026)));
        l.add(t("BOSAI", "自主防災組織 活動報告", C, List.of(Ask.REPORT), List.of(RG), "ALL", Channel.DISTRICT_COUNCIL, new int[] {2}, 1, 1, 2.0, 21, null, false,
                assessed(Decision.KEEP, "補助金の実績報告を兼ねている。")));
        l.add(t("BOSAI", "防災マップの回覧", N, List.of(Ask.CIRCULATION), List.of(NA), "ALL", Channel.BLOCK_CIRCULATION, new int[] {6}, 1, 1, 0.5, null, null, false, null));
        l.add(t("GOMI", "家庭ごみの出し方チラシの回覧", C, List.of(Ask.CIRCULATION), List.of(NA), "ALL", Channel.BLOCK_CIRCULATION, new int[] {6, 11}, 1, 1, 1.0, 14, null, false,
                assessed(Decision.LIGHTEN, "年1回にまとめ、ごみ減量のお知らせと合わせて回覧する。")));
        l.add(t("GOMI", "ごみ減量・リサイクル推進員の推薦", C, List.of(Ask.RECOMMENDATION), List.of(NA), "ALL", Channel.DIRECT, new int[] {4}, 1, 1, 2.0, 10, 1, true,
                assessed(Decision.RECLASSIFY, "推進員の設置は地域の判断に委ねられる。")));
        l.add(t("GOMI", "ごみ減量のお知らせの回覧", C, List.of(Ask.CIRCULATION), List.of(NA), "ALL", Channel.BLOCK_CIRCULATION, new int[] {11}, 1, 1, 1.0, 14, null, false, null));
        l.add(t("SHIGEN", "資源物集団回収 実績報告", C, List.of(Ask.REPORT), List.of(NA), "ALL", Channel.DIRECT, new int[] {7, 10, 1, 3}, 1, 1, 1.0, 14, null, true,
                decided(Decision.LIGHTEN, "報告を年2回にできる。", Decision.LIGHTEN, "報告は年2回（10月・3月）とし、様式を簡素化する。", 2026)));
        l.add(t("BIKA", "まち美化一斉清掃（クリーンデー）の実施", C, List.of(Ask.PROGRAM, Ask.PARTICIPATION), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {5, 11}, 1, 8, 2.0, 30, null, false,
                decided(Decision.KEEP, "地域の清掃活動として定着している。", Decision.KEEP, "地域の自主的な清掃と重なるため継続。日程は校区が決める。", 2025)));
        l.add(t("BIKA", "カラスよけネット貸出のご案内", N, List.of(Ask.DISTRIBUTION), List.of(NA), "ALL", Channel.DIRECT, new int[] {4}, 1, 1, 0.5, null, null, false, null));
        l.add(t("FUKUSHI", "赤い羽根共同募金への協力", C, List.of(Ask.COLLECTION), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {10}, 1, 2, 3.0, 45, null, false,
                assessed(Decision.KEEP, "募金は任意であることを依頼文に明記する。")));
        l.add(t("FUKUSHI", "日本赤十字社 活動資金への協力", C, List.of(Ask.COLLECTION), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {5}, 1, 2, 3.0, 45, null, false,
                assessed(Decision.MERGE, "赤い羽根と時期を合わせられる。")));
        l.add(t("FUKUSHI", "歳末たすけあい募金への協力", C, List.of(Ask.COLLECTION), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {12}, 1, 2, 3.0, 30, null, false, null));
        l.add(t("FUKUSHI", "民生委員・児童委員候補者の推薦", C, List.of(Ask.RECOMMENDATION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {6}, 1, 3, 6.0, 60, 12, true,
                assessed(Decision.KEEP, "法定の推薦手続きであり継続が必要。")));
        l.add(t("KOREI", "校区敬老会の開催", C, List.of(Ask.PROGRAM), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {9}, 1, 15, 6.0, 60, null, false,
                assessed(Decision.COMPENSATE, "開催経費の補助を増やす方向で検討したい。")));
        l.add(t("KOREI", "高齢者見守り活動の状況調査", C, List.of(Ask.SURVEY), List.of(NA), "ALL", Channel.DIRECT, new int[] {8}, 1, 1, 2.0, 10, null, false, null));
        l.add(t("KENKO", "特定健診・がん検診のお知らせの回覧", N, List.of(Ask.CIRCULATION), List.of(NA), "ALL", Channel.BLOCK_CIRCULATION, new int[] {5}, 1, 1, 0.5, null, null, false, null));
        l.add(t("KENKO", "健康づくり講座のご案内", N, List.of(Ask.DISTRIBUTION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {6}, 1, 1, 0.5, null, null, false, null));
        l.add(t("SEISHONEN", "青少年健全育成 街頭キャンペーンへの参加", C, List.of(Ask.PARTICIPATION), List.of(DC, RG), "ALL", Channel.DISTRICT_COUNCIL, new int[] {7}, 1, 5, 2.0, 30, 10, false,
                decided(Decision.ABOLISH, "参加者の確保が難しい。", Decision.ABOLISH, "市主催のキャンペーンを廃止し、校区の自主的な声かけ活動を支援する。", 2026)));
        l.add(t("KOMINKAN", "公民館だよりの配布", C, List.of(Ask.DISTRIBUTION), List.of(NA), "ALL", Channel.DIRECT, EVERY_MONTH, 1, 1, 1.0, 7, null, false,
                assessed(Decision.MERGE, "市政だよりと同時に配布できる。")));
        l.add(t("GAKKO", "通学路の見守り活動への協力", C, List.of(Ask.PARTICIPATION), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {4, 9, 1}, 1, 4, 1.0, 21, null, false, null));
        l.add(t("YOBO", "秋・春の火災予防運動 ポスター掲示", C, List.of(Ask.POSTING), List.of(NA), "ALL", Channel.DISTRICT_COUNCIL, new int[] {11, 3}, 1, 1, 0.5, 7, null, false, null));
        l.add(t("SHOBODAN", "消防団員の推薦", C, List.of(Ask.RECOMMENDATION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {1}, 1, 2, 4.0, 30, 3, false,
                assessed(Decision.RECLASSIFY, "入団の呼びかけとして案内すれば足りる。")));
        l.add(t("SENKYO", "投票管理者・投票立会人の推薦", C, List.of(Ask.RECOMMENDATION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {5}, 1, 2, 3.0, 30, 4, true, null));
        l.add(t("HGS-SHIEN", "東区 区民まつりへの参加", C, List.of(Ask.PARTICIPATION), List.of(DC), "HGS", Channel.DISTRICT_COUNCIL, new int[] {10}, 1, 10, 5.0, 30, 15, false,
                assessed(Decision.LIGHTEN, "参加人数の指定をやめ、出展は任意とする。")));
        l.add(t("HGS-SHIEN", "東区 校区担当職員の活動アンケート", N, List.of(Ask.SURVEY), List.of(DC), "HGS", Channel.DISTRICT_COUNCIL, new int[] {2}, 1, 1, 1.0, null, null, false, null));
        l.add(new T("NSI-SHIEN", "西区 環境美化コンクールへの参加", C, List.of(Ask.PARTICIPATION, Ask.PROGRAM), List.of(NA), "NSI", Channel.DISTRICT_COUNCIL, new int[] {6}, 1, 5, 3.0, 30, null, false,
                false, null, null, null));
        l.add(new T("NSI-SHIEN", "西区 区政だよりの班回覧", C, List.of(Ask.CIRCULATION), List.of(BL), "NSI", Channel.BLOCK_CIRCULATION, new int[] {4, 7, 10, 1}, 1, 1, 0.5, 14, null, false,
                true, new int[] {4, 10}, null, null));
        l.add(new T("CHIIKI", "コミュニティ活動に関する研修会のご案内", C, List.of(Ask.PARTICIPATION), List.of(DC), "ALL", Channel.DISTRICT_COUNCIL, new int[] {11}, 1, 2, 3.0, 21, 2, false,
                true, null, RequestKind.NOTICE, null));
        return l;
    }

    void loadIfEmpty() {
        long bureaus = ((Number) em.createNativeQuery("select count(*) from bureau").getSingleResult()).longValue();
        long requests = ((Number) em.createNativeQuery("select count(*) from city_request").getSingleResult()).longValue();
        if (bureaus > 0 || requests > 0) {
            LOG.info("The city organization or the request inventory already has data: demo inventory not loaded");
            return;
        }
        keptFigures.bypassed(); // requests written past the request services: recounted after every loader (DemoKeptFigures)
        Map<String, Section> sections = sections();
        Map<String, List<Long>> wardDistricts = new HashMap<>();
        for (Object[] r : em.createQuery("select w.code, d.id from District d join d.ward w", Object[].class).getResultList()) {
            wardDistricts.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Long) r[1]);
        }
        AppUser.findByUsername("dept").ifPresent(u -> u.sectionId = sections.get("GOMI").id);

        ReviewCycle cycle = new ReviewCycle();
        cycle.fiscalYear = 2025;
        cycle.baselineYear = 2024;
        cycle.title = "令和7年度 依頼等の見直し";
        cycle.status = "OPEN";
        cycle.note = "基準年度は令和6年度。6月に全庁照会、自己評価を経て12月に地域コミュニティ課が決定する。";
        cycle.persist();

        List<T> templates = templates();
        Map<Integer, CityRequest> y2025 = new HashMap<>();
        int n = 0;
        for (int i = 0; i < templates.size(); i++) {
            T t = templates.get(i);
            create(t, 2024, i + 1, t.months(), t.kind(), sections, wardDistricts);
            n++;
            if (t.in2025()) {
                y2025.put(i, create(t, 2025, i + 1, t.months2025() != null ? t.months2025() : t.months(),
                        t.kind2025() != null ? t.kind2025() : t.kind(), sections, wardDistricts));
                n++;
            }
        }
        em.flush();
        int items = 0;
        OffsetDateTime assessedAt = OffsetDateTime.of(2025, 7, 15, 10, 0, 0, 0, ZoneOffset.ofHours(9));
        OffsetDateTime decidedAt = OffsetDateTime.of(2025, 12, 10, 15, 0, 0, 0, ZoneOffset.ofHours(9));
        CityRequest koho = y2025.get(0);
        for (Map.Entry<Integer, CityRequest> e : y2025.entrySet()) {
            Review r = templates.get(e.getKey()).review();
            if (r == null) {
                continue;
            }
            ReviewItem item = new ReviewItem();
            item.cycle = cycle;
            item.request = e.getValue();
            item.state = r.state();
            item.selfAssessment = r.assessment();
            item.proposedDecision = r.proposed();
            item.selfAssessedBy = "dept";
            item.selfAssessedAt = assessedAt;
            item.version = 1;
            if (r.decision() != null) {
                item.decision = r.decision();
                item.decisionReason = r.reason();
                item.effectiveYear = r.effectiveYear();
                item.decidedBy = "office";
                item.decidedAt = decidedAt;
                item.compensationFlat = r.flat();
                item.compensationPerHousehold = r.perHousehold();
                if (r.decision() == Decision.MERGE) {
                    item.mergeInto = koho;
                }
                if (r.decision() == Decision.RECLASSIFY) {
                    item.state = ItemState.CARRIED_OUT;
                    item.carriedOutBy = "office";
                    item.carriedOutAt = decidedAt.plusDays(20);
                    item.carriedOutNote = "令和7年度下半期の依頼から連絡・提案として送付";
                }
            }
            item.persist();
            items++;
        }
        LOG.infof("Loaded the demo request inventory: %d sections, %d requests (FY2024–2025), %d review items", sections.size(), n, items);
    }

    private Map<String, Section> sections() {
        Map<String, Bureau> bureaus = new HashMap<>();
        Map<String, Department> departments = new HashMap<>();
        Map<String, Section> sections = new HashMap<>();
        int order = 0;
        for (String[] s : SECTIONS) {
            order += 10;
            int o = order;
            Bureau b = bureaus.computeIfAbsent(s[0], k -> {
                Bureau x = new Bureau();
                x.code = s[0];
                x.name = s[1];
                x.kana = s[2];
                x.sortOrder = o;
                x.persist();
                return x;
            });
            Department d = departments.computeIfAbsent(s[3], k -> {
                Department x = new Department();
                x.bureau = b;
                x.code = s[3];
                x.name = s[4];
                x.kana = s[5];
                x.sortOrder = o;
                x.persist();
                return x;
            });
            Section x = new Section();
            x.department = d;
            x.code = s[6];
            x.name = s[7];
            x.kana = s[8];
            x.sortOrder = o;
            x.searchKey = TextNormalizer.searchKey(x.name, x.kana, x.code, d.name, b.name);
            x.persist();
            sections.put(s[6], x);
        }
        return sections;
    }

    private CityRequest create(T t, int fy, int number, int[] months, RequestKind kind, Map<String, Section> sections,
            Map<String, List<Long>> wardDistricts) {
        boolean all = "ALL".equals(t.scope()) || !wardDistricts.containsKey(t.scope());
        List<MonthTimes> schedule = Arrays.stream(months).mapToObj(m -> new MonthTimes(m, t.times())).toList();
        boolean notice = kind == RequestKind.NOTICE;
        CityRequestInput in = new CityRequestInput(String.format("R%d-%02d", fy, number), t.title(), null, null, fy, kind,
                t.asks(), t.receivers(), all, all ? List.of() : wardDistricts.get(t.scope()), List.of(), t.channel(), schedule,
                t.deadlineDays(), null, notice ? null : t.headCount(), !notice && t.mandatory(), t.people(),
                BigDecimal.valueOf(t.hours()), fy == 2024 ? RequestStatus.ENDED : RequestStatus.ACTIVE);
        CityRequest r = new CityRequest();
        r.code = in.code();
        r.createdAt = OffsetDateTime.of(fy, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        CityRequestService.apply(r, in, new CityRequestService.Validated(sections.get(t.section()), r.code));
        r.updatedAt = r.createdAt;
        r.persist();
        return r;
    }
}
