package jp.kyodo.plan.progress.demo;

import static jp.kyodo.plan.progress.demo.DemoProgress.DEPT;
import static jp.kyodo.plan.progress.demo.DemoProgress.OFFICE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.plan.progress.ProgressEvidence;
import jp.kyodo.plan.progress.ProgressIndicator;
import jp.kyodo.plan.progress.ProgressStatus;

/**
 * The demo's progress of the Fukuoka 2009 plan as data: owner sections (所管課) by initiative key and the FY2009 and
 * FY2010 (平成21・22年度) reports as the office might have written them. {@link DemoProgress} loads them.
 */
final class DemoProgressData {

    private DemoProgressData() {
    }

    /** Owner sections by initiative key (section codes of the demo inventory). */
    static final Map<String, List<String>> OWNERS = Map.ofEntries(
            Map.entry("II-1-1-a", List.of("CHIIKI")), Map.entry("II-1-1-b", List.of("CHIIKI")),
            Map.entry("II-1-1-c", List.of("KOHO")), Map.entry("II-1-1-d", List.of("KOHO")),
            Map.entry("II-1-1-e", List.of("KOHO")), Map.entry("II-1-1-f", List.of("CHIIKI", "HGS-SHIEN", "NSI-SHIEN")),
            Map.entry("II-1-2-a", List.of("KOMINKAN")), Map.entry("II-1-2-b", List.of("FUKUSHI")),
            Map.entry("II-1-2-c", List.of("FUKUSHI")), Map.entry("II-2-1-a", List.of("CHIIKI")),
            Map.entry("II-2-1-b", List.of("CHIIKI")), Map.entry("II-2-1-c", List.of("CHIIKI")),
            Map.entry("II-2-1-d", List.of("HGS-SHIEN", "NSI-SHIEN")), Map.entry("II-2-1-e", List.of("CHIIKI")),
            Map.entry("II-2-1-h", List.of("CHIIKI")), Map.entry("II-2-1-i", List.of("CHIIKI")),
            Map.entry("II-2-1-j", List.of("CHIIKI")), Map.entry("II-2-1-k", List.of("KOHO")),
            Map.entry("II-2-1-l", List.of("CHIIKI")), Map.entry("II-2-2-a", List.of("CHIIKI", "HGS-SHIEN", "NSI-SHIEN")),
            Map.entry("II-2-2-b", List.of("CHIIKI")), Map.entry("III-1-1-a", List.of("CHIIKI")),
            Map.entry("III-1-1-b", List.of("CHIIKI")),
            // the sections that send communities the most requests review them with the office
            Map.entry("III-2-1-a", List.of("CHIIKI", "GOMI")), Map.entry("III-2-1-b", List.of("CHIIKI")),
            Map.entry("III-2-2-a", List.of("CHIIKI", "GOMI")), Map.entry("III-2-2-b", List.of("CHIIKI", "KOHO")),
            Map.entry("III-2-3-a", List.of("CHIIKI")), Map.entry("III-2-3-b", List.of("CHIIKI")),
            Map.entry("III-3-1-a", List.of("HGS-SHIEN", "NSI-SHIEN")), Map.entry("III-3-1-b", List.of("CHIIKI")),
            Map.entry("III-3-2-a", List.of("HGS-SHIEN", "NSI-SHIEN")), Map.entry("III-3-2-b", List.of("CHIIKI")),
            Map.entry("III-3-3-a", List.of("KOMINKAN", "HGS-SHIEN")), Map.entry("III-3-3-b", List.of("KOMINKAN")),
            Map.entry("III-3-3-c", List.of("KOMINKAN")), Map.entry("IV-1-1-a", List.of("CHIIKI")));

    /** A report: initiative key, fiscal year, half, status, what was done, who, indicators, evidence. */
    record R(String key, int fy, int half, ProgressStatus status, String done, String by, List<ProgressIndicator> indicators,
            List<ProgressEvidence> evidence) {
    }

    static R r(String key, int fy, ProgressStatus status, String done) {
        return new R(key, fy, 0, status, done, OFFICE, List.of(), List.of());
    }

    static R r(String key, int fy, int half, ProgressStatus status, String done, List<ProgressIndicator> indicators,
            List<ProgressEvidence> evidence) {
        return new R(key, fy, half, status, done, OFFICE, indicators, evidence);
    }

    static ProgressIndicator typed(String name, String unit, double target, double actual) {
        ProgressIndicator i = new ProgressIndicator();
        i.name = name;
        i.unit = unit;
        i.target = BigDecimal.valueOf(target);
        i.actual = BigDecimal.valueOf(actual);
        return i;
    }

    static ProgressEvidence link(String label, String url) {
        return new ProgressEvidence(label, url);
    }

    static final ProgressStatus NS = ProgressStatus.NOT_STARTED;
    static final ProgressStatus IP = ProgressStatus.IN_PROGRESS;
    static final ProgressStatus CO = ProgressStatus.CARRIED_OUT;
    static final ProgressStatus DN = ProgressStatus.COMPLETED;
    static final ProgressStatus CN = ProgressStatus.CONTINUING;
    static final ProgressStatus DL = ProgressStatus.DELAYED;
    static final String SITE = "https://www.city.example.jp/community/";

    static List<R> reports2009and2010() {
        List<R> l = new ArrayList<>();
        l.add(r("II-1-1-a", 2009, 0, CO, "平成22年2月に第1回住民自治フォーラムを市民会館で開催した。基調講演と3校区の事例発表を行い、約420人が参加した。"
                + "開催結果は市政だよりとホームページで紹介した。", List.of(typed("フォーラム参加者数", "人", 300, 420)),
                List.of(link("第1回住民自治フォーラム 開催結果", SITE + "forum/2009.html"))));
        l.add(r("II-1-1-a", 2010, 1, IP, "第2回の企画を区自治協議会会長会の代表と検討し、テーマを「地域の担い手づくり」に決めた。", List.of(), List.of()));
        l.add(r("II-1-1-a", 2010, 2, CO, "平成23年1月に第2回を開催した。分科会形式とし、約380人が参加した。参加者アンケートでは「参考になった」が8割を超えた。",
                List.of(typed("フォーラム参加者数", "人", 300, 380)), List.of(link("第2回住民自治フォーラム 開催結果", SITE + "forum/2010.html"))));
        l.add(r("II-1-1-b", 2009, 0, CO, "「コミュニティ通信」を創刊し、7月・11月・3月の3回発行した。各号約25,000部を自治協議会を通じて回覧した。",
                List.of(typed("発行回数", "回", 4, 3)), List.of(link("コミュニティ通信 創刊号", SITE + "tsushin/001.pdf"))));
        l.add(r("II-1-1-b", 2010, 0, CN, "年4回発行した。各号に校区の活動紹介欄を設け、取材先は自治協議会から推薦を受けた。",
                List.of(typed("発行回数", "回", 4, 4)), List.of()));
        l.add(r("II-1-1-c", 2009, CO, "市政だより区版にコミュニティ活動の紹介欄を新設し、各区で毎月掲載した。区版を2ページ増やした。"));
        l.add(r("II-1-1-c", 2010, CN, "区版の紹介欄を継続した。10月1日号の市版で自治会・町内会への加入を呼びかける特集を組んだ。"));
        l.add(r("II-1-1-d", 2009, CO, "市ホームページに「地域コミュニティ」のページを開設し、フォーラムとコミュニティ通信の内容、自治協議会の一覧を掲載した。"));
        l.add(r("II-1-1-d", 2010, CN, "校区の自治協議会ホームページへのリンク集を追加した。更新は四半期ごと。"));
        l.add(r("II-1-1-e", 2009, CO, "フォーラムの開催などについて記者発表を3回行い、新聞2紙とテレビ1局で報道された。"));
        l.add(r("II-1-1-e", 2010, CN, "記者発表を4回行った。地域情報誌への情報提供を始めた。"));
        l.add(r("II-1-1-f", 2009, IP, "校区だよりの作り方講座を東区・西区で試行し、12校区が参加した。"));
        l.add(r("II-1-1-f", 2010, CO, "講座を全区で開催し、41校区が参加した。校区だより作成の手引きを全自治協議会に配布した。"));
        l.add(r("II-1-2-a", 2009, CO, "全公民館で地域活動への参加を促す講座を開いた（延べ186講座）。公民館コミュニティ支援事業のモデル館を5館指定した。"));
        l.add(r("II-1-2-a", 2010, CN, "モデル館を12館に広げた。講座の修了者から自治会役員や子ども会の世話役が出た校区がある。"));
        l.add(r("II-1-2-b", 2009, NS, "受入れ団体との調整に時間を要し、平成21年度は実施できなかった。受入れの手順と保険の扱いを整理している。"));
        l.add(r("II-1-2-b", 2010, IP, "夏休みに退職者と大学生を対象に試行し、8団体で14人を受け入れた。平成23年度から本格実施の予定。"));
        l.add(r("II-1-2-c", 2009, CO, "市ＮＰＯ・ボランティア交流センターで自治協議会のボランティア募集情報の掲示を始めた（9校区）。"));
        l.add(r("II-1-2-c", 2010, CN, "掲示に加えてメールマガジンでの配信を始めた（17校区）。"));
        l.add(r("II-2-1-a", 2009, CO, "自治協議会の役員を対象に事例発表会を2回開催した（延べ230人）。"));
        l.add(r("II-2-1-a", 2010, CN, "会計事務と個人情報の扱いをテーマに研修会を各区で開催した（延べ410人）。"));
        l.add(r("II-2-1-b", 2009, 0, DN, "自治会活動ハンドブックを改訂し、概要版（8ページ）を作成して全自治会・町内会に配布した。", List.of(),
                List.of(link("自治会活動ハンドブック（平成21年度改訂版）", SITE + "handbook/2009.pdf"))));
        l.add(r("II-2-1-c", 2009, CO, "自治協議会会長の退任者など42人に市長感謝状を贈呈した。"));
        l.add(r("II-2-1-c", 2010, CN, "38人に贈呈した。"));
        l.add(r("II-2-1-d", 2009, CO, "区自治協議会会長会の勉強会に職員を派遣し、市の施策について説明した（5区・延べ9回）。"));
        l.add(r("II-2-1-d", 2010, CN, "全区の会長会と校区の定例会（延べ31回）に協力した。"));
        l.add(r("II-2-1-e", 2009, CO, "毎月第2土曜日に地域活動の相談日を設けた（相談27件）。"));
        l.add(r("II-2-1-e", 2010, CN, "相談日を月2回に増やした（相談52件）。ＮＰＯと自治会の交流会を1回開いた。"));
        l.add(r("II-2-1-h", 2009, CN, "活力あるまちづくり支援事業補助金を全自治協議会に交付した。"));
        l.add(r("II-2-1-h", 2010, CN, "全自治協議会に交付した。申請書類を簡素化した。"));
        l.add(r("II-2-1-i", 2009, CN, "地域活動アドバイザーを延べ23回派遣した。"));
        l.add(r("II-2-1-i", 2010, CN, "延べ29回派遣した。"));
        l.add(r("II-2-1-j", 2009, CN, "市民活動保険を運用した（事故報告14件）。"));
        l.add(r("II-2-1-j", 2010, CN, "運用を継続した（事故報告11件）。"));
        l.add(r("II-2-1-k", 2009, CN, "市政だより等の広報物の配布を自治協議会等に委託した。"));
        l.add(r("II-2-1-k", 2010, CN, "配布の委託を継続した。配布部数を見直し、余部を減らした。"));
        l.add(r("II-2-1-l", 2009, CN, "新たに5団体を地縁団体として認可した。"));
        l.add(r("II-2-2-a", 2009, CO, "加入を呼びかけるチラシを作成し、転入者に区役所の窓口で配布した（約30,000部）。"));
        l.add(r("II-2-2-a", 2010, CN, "チラシを改訂し、区自治協議会会長会が作るチラシの配布にも協力した。"));
        l.add(r("II-2-2-b", 2009, IP, "不動産関係団体・管理組合の連合体と、加入促進に向けた協議を始めた。"));
        l.add(r("II-2-2-b", 2010, CO, "宅地建物取引業協会と加入促進の協定を結んだ（平成22年10月）。新築の集合住宅の事業者への働きかけを始めた。"));
        l.add(r("III-1-1-a", 2009, CO, "新任課長と係長を対象に研修を行い（延べ320人）、庁内ネットワークで自己学習教材を公開した。"));
        l.add(r("III-1-1-a", 2010, CN, "全職員向けの自己学習教材を更新し、受講率は72％。"));
        l.add(r("III-1-1-b", 2009, IP, "手引書の構成案を作り、各局から事例を集め始めた。"));
        l.add(r("III-1-1-b", 2010, DL, "各局からの事例の収集が遅れ、完成は平成23年度にずれ込む見込み。"));
        l.add(r("III-2-1-a", 2009, IP, "市が主体となって行う施策のうち、コミュニティの協力を前提とするものを洗い出した（67事業）。"));
        l.add(new R("III-2-1-a", 2010, 0, IP, "67事業のうち32事業で校区の意向を聞く手順を設けた。ごみ減量の地域説明会は校区ごとに日程を決める方式に改めた。",
                DEPT, List.of(), List.of()));
        l.add(r("III-2-2-a", 2009, IP, "全局に協力依頼の実態を照会し、依頼等の一覧（212件）を作った。"));
        l.add(new R("III-2-2-a", 2010, 0, IP, "依頼の基準を定め、各局が見直し案を作った。ごみ減量関係では回覧の依頼を年2回にまとめた。",
                DEPT, List.of(), List.of(link("依頼等の一覧（平成22年度）", SITE + "irai/2010.pdf"))));
        l.add(r("III-2-2-b", 2009, NS, "協力依頼の整理を優先し、平成22年度に着手することにした。"));
        l.add(r("III-2-2-b", 2010, IP, "人数を指定した参加要請をやめるよう全局に通知した。回覧物の送付日を月1回にまとめる案を作った。"));
        l.add(r("III-2-3-a", 2009, IP, "区の主催事業34件の現状を検証し、参加者数と地域の負担を調べた。"));
        l.add(r("III-2-3-a", 2010, CO, "見直しの方向を決めた（統合7件、廃止3件、校区への移行5件）。平成23年度から実施する。"));
        l.add(r("III-2-3-b", 2009, IP, "区レベルの組織の現状を調べ、移行の課題を整理した。"));
        l.add(r("III-2-3-b", 2010, DL, "関係団体との調整が続き、移行の方向の決定は平成23年度にずれ込む見込み。"));
        l.add(r("III-3-1-a", 2009, CO, "地域支援部と区政推進部の定例会議を月1回設け、校区の課題を共有した。"));
        l.add(r("III-3-1-a", 2010, CN, "定例会議を継続し、公民館からの情報提供の様式を統一した。"));
        l.add(r("III-3-1-b", 2009, NS, "再編の方針がまとまらず、平成21年度は着手できなかった。"));
        l.add(r("III-3-2-a", 2009, CO, "全校区に校区担当職員を配置した（各区2～3人）。先進事例の情報提供を始めた。"));
        l.add(r("III-3-2-a", 2010, CN, "校区の定例会への出席を原則とし、出席率は9割を超えた。"));
        l.add(r("III-3-2-b", 2009, CO, "校区担当職員の研修を年3回行った。"));
        l.add(r("III-3-2-b", 2010, CN, "研修に情報収集・提供の演習を加えた。"));
        l.add(r("III-3-3-a", 2009, IP, "公民館と自治協議会の事業の重複を調べた（重複18件）。"));
        l.add(r("III-3-3-a", 2010, CO, "重複事業のうち11件を共催に切り替えた。"));
        l.add(r("III-3-3-b", 2009, CO, "全公民館で印刷機の使用と事務スペースの提供を始めた。"));
        l.add(r("III-3-3-b", 2010, CN, "公民館コミュニティ支援事業を12館で実施した。"));
        l.add(r("III-3-3-c", 2009, CO, "公民館職員の研修を年4回行った（延べ610人）。"));
        l.add(r("IV-1-1-a", 2009, 0, CO, "平成21年8月に福岡市コミュニティ施策推進委員会を設置した（委員12人）。2回開催し、取り組みの進捗を報告した。",
                List.of(typed("委員会の開催回数", "回", 2, 2)), List.of(link("推進委員会 委員名簿", SITE + "iinkai/meibo.html"))));
        l.add(r("IV-1-1-a", 2010, 0, CN, "3回開催した。平成21年度の取り組みの評価をまとめ、公表した。", List.of(typed("委員会の開催回数", "回", 3, 3)),
                List.of(link("平成21年度 評価結果", SITE + "iinkai/hyoka2009.pdf"))));
        return l;
    }
}
