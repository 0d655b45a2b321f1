package jp.kyodo.membership.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/** 加入世帯数 */
public final class MembershipFigureDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("membership-figures", "加入世帯数", List.of(
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
                    "RESIDENT_REGISTRY (住民基本台帳), OWN_COUNT (独自集計) or SURVEY (実態調査), as code or Japanese label", "RESIDENT_REGISTRY",
                    "把握方法"),
            col("source", "出典", Type.TEXT, Use.OPTIONAL, 24, "Where the figures come from", "住民基本台帳 2025年4月1日"),
            col("note", "備考", Type.TEXT, Use.OPTIONAL, 30, "Free text", "マンション1棟が新たに加入", "メモ"),
            DatasetSpec.version("figure")));

    private MembershipFigureDataset() {
    }
}
