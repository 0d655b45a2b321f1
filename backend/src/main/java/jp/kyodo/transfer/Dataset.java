package jp.kyodo.transfer;

import java.util.List;
import java.util.Optional;
import jp.kyodo.transfer.Column.Type;
import jp.kyodo.transfer.Column.Use;

/**
 * 取込・出力の対象 — the data sets that can be exported and imported, each with its columns in file order.
 * Officers' and contacts' personal data is deliberately not part of any data set.
 */
public enum Dataset {

    /** 校区 */
    DISTRICTS("districts", "校区", List.of(
            col("code", "校区コード", Type.TEXT, Use.KEY, 14, "Natural key: letters, digits, - and _", "HGS-03", "コード"),
            col("name", "校区名", Type.TEXT, Use.REQUIRED, 20, "Name of the school district", "香椎", "名称"),
            col("kana", "よみ", Type.TEXT, Use.REQUIRED, 24, "Reading in kana (stored as hiragana)", "かしい",
                    "読み", "ふりがな", "フリガナ", "かな"),
            col("wardCode", "区コード", Type.TEXT, Use.REQUIRED, 10, "Code of the ward (see GET /api/v1/wards)", "HGS"),
            col("communityHall", "公民館", Type.TEXT, Use.OPTIONAL, 24, "公民館 / 校区コミュニティセンター", "香椎公民館",
                    "校区コミュニティセンター"),
            col("note", "備考", Type.TEXT, Use.OPTIONAL, 30, "Free text", "JR香椎駅周辺", "メモ"))),

    /** 地域団体 */
    ORGANIZATIONS("organizations", "地域団体", List.of(
            col("code", "団体コード", Type.TEXT, Use.KEY, 16, "Natural key: letters, digits, - and _", "HGS-03-A05",
                    "コード"),
            col("kind", "種別", Type.TEXT, Use.REQUIRED, 26,
                    "Kind code (GET /api/v1/organization-kinds) or its Japanese label", "NEIGHBORHOOD_ASSOCIATION"),
            col("subKind", "細分類", Type.TEXT, Use.OPTIONAL, 18, "Sub-kind code of the kind, or its Japanese label",
                    "CHILDREN"),
            col("name", "団体名", Type.TEXT, Use.REQUIRED, 28, "Name of the organization", "香椎一丁目町内会", "名称"),
            col("kana", "よみ", Type.TEXT, Use.REQUIRED, 30, "Reading in kana (stored as hiragana)",
                    "かしいいっちょうめちょうないかい", "読み", "ふりがな", "フリガナ", "かな"),
            col("districtCode", "校区コード", Type.TEXT, Use.OPTIONAL, 14,
                    "School district (required for district-scoped kinds)", "HGS-03"),
            col("wardCode", "区コード", Type.TEXT, Use.OPTIONAL, 10, "Ward of a ward-level group", ""),
            col("parentCode", "上位団体コード", Type.TEXT, Use.OPTIONAL, 16,
                    "Code of the parent organization: stored, or another row of the same file", "HGS-03-C01",
                    "親団体コード"),
            col("foundedOn", "設立日", Type.DATE, Use.OPTIONAL, 12, "Date founded", "1962-04-01", "設立年月日"),
            col("legalEntity", "地縁団体認可", Type.BOOLEAN, Use.OPTIONAL, 12,
                    "Authorized neighborhood corporation (Local Autonomy Act art. 260-2)", "true", "認可地縁団体"),
            col("legalEntitySince", "認可日", Type.DATE, Use.OPTIONAL, 12, "Date of authorization (only if legalEntity)",
                    "1998-10-01", "認可年月日"),
            col("publishesAssemblyDocuments", "総会資料公開", Type.BOOLEAN, Use.OPTIONAL, 12,
                    "Publishes its general assembly documents", "true", "総会資料を公開"),
            col("publishesAccounts", "会計公開", Type.BOOLEAN, Use.OPTIONAL, 12, "Publishes its accounts", "false",
                    "会計を公開"))),

    /** 加入世帯数 */
    MEMBERSHIP_FIGURES("membership-figures", "加入世帯数", List.of(
            col("organizationCode", "団体コード", Type.TEXT, Use.KEY, 16,
                    "Natural key with fiscalYear: the neighborhood association", "HGS-03-A05"),
            col("organizationName", "団体名", Type.TEXT, Use.EXPORT_ONLY, 28,
                    "For reading only; ignored by the import", "香椎一丁目町内会"),
            col("fiscalYear", "年度", Type.INTEGER, Use.KEY, 8, "Fiscal year (April–March), e.g. 2025 = 令和7年度",
                    "2025"),
            col("households", "世帯数", Type.INTEGER, Use.REQUIRED, 10, "Households in the association's area", "420"),
            col("memberHouseholds", "加入世帯数", Type.INTEGER, Use.REQUIRED, 10,
                    "Member households (at most households)", "350"),
            col("areaCountMethod", "世帯数の把握方法", Type.TEXT, Use.REQUIRED, 20,
                    "RESIDENT_REGISTRY (住民基本台帳), OWN_COUNT (独自集計) or SURVEY (調査)", "RESIDENT_REGISTRY",
                    "把握方法"),
            col("source", "出典", Type.TEXT, Use.OPTIONAL, 24, "Where the figures come from", "住民基本台帳 2025年4月1日"),
            col("note", "備考", Type.TEXT, Use.OPTIONAL, 30, "Free text", "マンション1棟が新たに加入", "メモ"))),

    /**
     * 会議報告事項 — the items the city reported at council meetings, one row per item, in the shape of Kurume's
     * list (番号, 年月日, 会議名, 議題). Imported by jp.kyodo.meeting.service.MeetingLogImporter.
     */
    MEETING_LOG("meeting-log", "会議報告事項", List.of(
            col("no", "番号", Type.INTEGER, Use.EXPORT_ONLY, 6, "Running number; ignored by the import", "1", "No",
                    "No.", "項番", "通番"),
            col("date", "年月日", Type.DATE, Use.KEY, 14,
                    "Date of the meeting: 2011-04-20, 2011/4/20, 平成23年4月20日（水）, H23.4.20, 令和元年5月1日 or an Excel date. "
                            + "〃, 同上 or blank: the same as the row above", "2025-04-16", "日付", "開催日", "会議日"),
            col("meeting", "会議名", Type.TEXT, Use.KEY, 26,
                    "第N回 and the council body's name or alias (GET /api/v1/council-bodies), e.g. 第3回理事会. "
                            + "〃, 同上 or blank: the same as the row above", "第1回校区事務局連絡会議", "会議"),
            col("agendaItem", "議題", Type.TEXT, Use.KEY, 50, "The item reported; rows of the same date and meeting "
                    + "become one meeting with its items in file order", "校区コミュニティ組織運営費補助金について", "報告事項",
                    "件名", "案件"),
            col("sectionName", "担当課", Type.TEXT, Use.OPTIONAL, 16,
                    "The presenting section; 〃 or 同上: the same as the row above", "協働推進課", "所管課", "担当",
                    "説明課"))),

    /** 依頼等 — the request inventory as departments fill it in (jp.kyodo.request.transfer.CityRequestImporter). Lists are separated by ; (also , or 、). */
    CITY_REQUESTS("city-requests", "依頼等", List.of(
            col("code", "依頼コード", Type.TEXT, Use.KEY, 14, "Natural key: letters, digits, - and _", "KAN-2025-003", "コード"),
            col("title", "件名", Type.TEXT, Use.REQUIRED, 36, "What the request is", "ごみ減量・リサイクル推進チラシの回覧", "依頼名", "名称"),
            col("sectionCode", "課コード", Type.TEXT, Use.REQUIRED, 12,
                    "Issuing section (GET /api/v1/sections); a department imports only its own section's requests", "GOMI"),
            col("sectionName", "課名", Type.TEXT, Use.EXPORT_ONLY, 18, "For reading only; ignored by the import", "家庭ごみ減量推進課"),
            col("fiscalYear", "年度", Type.INTEGER, Use.REQUIRED, 8, "Fiscal year (April–March), e.g. 2025 = 令和7年度", "2025"),
            col("kind", "区分", Type.TEXT, Use.REQUIRED, 14, "COOPERATION (協力依頼) or NOTICE (連絡・提案)", "COOPERATION", "種別"),
            col("asks", "依頼内容", Type.TEXT, Use.REQUIRED, 22,
                    "One or more of DISTRIBUTION 配布, POSTING 掲示, CIRCULATION 回覧, RECOMMENDATION 推薦, SURVEY 調査, PARTICIPATION 参加, "
                            + "COLLECTION 募金・集金, PROGRAM 事業実施, REPORT 報告, OTHER その他 (code or Japanese); separated by ;", "CIRCULATION;POSTING"),
            col("receiverKinds", "依頼先", Type.TEXT, Use.REQUIRED, 30,
                    "Organization kinds (GET /api/v1/organization-kinds) by code or Japanese label; separated by ;",
                    "NEIGHBORHOOD_ASSOCIATION", "依頼先の団体"),
            col("districtCodes", "校区コード", Type.TEXT, Use.OPTIONAL, 24,
                    "Receiving districts by code, separated by ; — blank (or ALL / 全校区) for every district", "HGS-01;HGS-03", "依頼先校区"),
            col("channel", "経路", Type.TEXT, Use.REQUIRED, 20,
                    "CITY_COUNCIL (校区まちづくり連絡協議会経由), DISTRICT_COUNCIL (自治協議会経由), DIRECT (自治会へ直接), BLOCK_CIRCULATION (班回覧)",
                    "BLOCK_CIRCULATION", "依頼経路"),
            col("months", "実施月", Type.TEXT, Use.REQUIRED, 16,
                    "Months 1–12 separated by ; — a month with several occurrences as month x times (6x2)", "6;11", "月"),
            col("deadlineDays", "締切日数", Type.INTEGER, Use.OPTIONAL, 10, "Days the receivers get until the deadline", "21"),
            col("deadlineNote", "締切", Type.TEXT, Use.OPTIONAL, 24, "Deadline rules in words", "回覧開始から3週間以内"),
            col("headCount", "人数指定", Type.INTEGER, Use.OPTIONAL, 10, "People asked for (never for a NOTICE)", "", "依頼人数"),
            col("mandatory", "義務的", Type.BOOLEAN, Use.OPTIONAL, 10, "The receivers are expected to comply (never for a NOTICE)", "false"),
            col("people", "人数", Type.INTEGER, Use.REQUIRED, 8, "People per receiving organization per occurrence", "2", "従事人数"),
            col("hoursPerPerson", "時間", Type.TEXT, Use.REQUIRED, 8, "Hours per person per occurrence (e.g. 1.5)", "1.5", "1人あたり時間"),
            col("status", "状態", Type.TEXT, Use.OPTIONAL, 10, "DRAFT, ACTIVE (default for a new row) or ENDED", "ACTIVE"),
            col("description", "内容", Type.TEXT, Use.OPTIONAL, 40, "Free text", "年2回、家庭ごみの出し方に関するチラシを回覧", "説明"),
            col("annualHours", "年間負担時間", Type.TEXT, Use.EXPORT_ONLY, 12,
                    "Computed: occurrences × people × hours × receiving organizations; ignored by the import", "14280.00")));

    private final String slug;
    private final String sheetName;
    private final List<Column> columns;

    Dataset(String slug, String sheetName, List<Column> columns) {
        this.slug = slug;
        this.sheetName = sheetName;
        this.columns = columns;
    }

    private static Column col(String key, String labelJa, Type type, Use use, int width, String description,
            String example, String... aliases) {
        return new Column(key, labelJa, type, use, width, description, example, List.of(aliases));
    }

    /** The name in paths and file names: districts, organizations, membership-figures. */
    public String slug() {
        return slug;
    }

    /** Name of the first sheet of an .xlsx file. */
    public String sheetName() {
        return sheetName;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public List<Column> keyColumns() {
        return columns.stream().filter(c -> c.use() == Use.KEY).toList();
    }
}
