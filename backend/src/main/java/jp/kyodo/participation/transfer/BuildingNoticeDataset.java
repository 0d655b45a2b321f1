package jp.kyodo.participation.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/**
 * 建築紛争予防条例の届出（新築集合住宅） — the notices the building section keeps, one row per notice: the building,
 * its district (and association), units and developer. The import adds new buildings and updates their notice
 * fields; what came of the contacts (outcome, units joined) is the liaison's and is never changed by a file.
 */
public final class BuildingNoticeDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("building-notices", "新築集合住宅の届出", List.of(
            col("noticeNo", "届出番号", Type.TEXT, Use.KEY, 14, "Natural key: the building section's notice number", "R8-紛-0123", "番号"),
            col("noticeOn", "届出日", Type.DATE, Use.REQUIRED, 12, "The notice's day", "2026-09-15"),
            col("name", "建物名", Type.TEXT, Use.REQUIRED, 28, "The building (its provisional name is fine)", "（仮称）香椎駅前レジデンス", "名称"),
            col("address", "所在地", Type.TEXT, Use.REQUIRED, 28, "Where it is built", "福岡市東区香椎駅前2丁目"),
            col("districtCode", "校区コード", Type.TEXT, Use.REQUIRED, 10, "The district (its code in the registry)", "HGS-01"),
            col("associationCode", "町内会コード", Type.TEXT, Use.OPTIONAL, 14, "The association the residents would join (an organization "
                    + "of the district); blank: not yet known", "HGS-01-001"),
            col("units", "戸数", Type.INTEGER, Use.REQUIRED, 8, "Dwelling units, 1–100000 (not fewer than the units already joined)", "48"),
            col("developer", "事業者", Type.TEXT, Use.REQUIRED, 24, "The developer (建築主)", "○○建設株式会社", "建築主"),
            col("managementCompany", "管理会社", Type.TEXT, Use.OPTIONAL, 20, "The management company, when known", "△△管理株式会社"),
            col("completionOn", "竣工予定日", Type.DATE, Use.OPTIONAL, 12, "Planned completion", "2027-09-30"),
            col("outcome", "協力の結果", Type.TEXT, Use.EXPORT_ONLY, 14, "For reading only: PENDING 協議中, BLOCK_JOIN 一括加入, INDIVIDUAL 個別加入, "
                    + "NEW_ASSOCIATION 自治会を結成, DECLINED 協力なし", "PENDING"),
            col("joinedUnits", "加入戸数", Type.INTEGER, Use.EXPORT_ONLY, 8, "For reading only", "0"),
            col("contactCount", "協議回数", Type.INTEGER, Use.EXPORT_ONLY, 8, "For reading only", "2"),
            DatasetSpec.version("building")));

    private BuildingNoticeDataset() {
    }
}
