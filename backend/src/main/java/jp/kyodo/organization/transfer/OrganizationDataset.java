package jp.kyodo.organization.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/** 地域団体 */
public final class OrganizationDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("organizations", "地域団体", List.of(
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
                "会計を公開"),
            DatasetSpec.version("organization")));

    private OrganizationDataset() {
    }
}
