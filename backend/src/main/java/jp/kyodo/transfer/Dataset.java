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
            col("note", "備考", Type.TEXT, Use.OPTIONAL, 30, "Free text", "マンション1棟が新たに加入", "メモ")));

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
