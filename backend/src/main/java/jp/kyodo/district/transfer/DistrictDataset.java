package jp.kyodo.district.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/** 校区 */
public final class DistrictDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("districts", "校区", List.of(
            col("code", "校区コード", Type.TEXT, Use.KEY, 14, "Natural key: letters, digits, - and _", "HGS-03", "コード"),
            col("name", "校区名", Type.TEXT, Use.REQUIRED, 20, "Name of the school district", "香椎", "名称"),
            col("kana", "よみ", Type.TEXT, Use.REQUIRED, 24, "Reading in kana (stored as hiragana)", "かしい",
                    "読み", "ふりがな", "フリガナ", "かな"),
            col("wardCode", "区コード", Type.TEXT, Use.REQUIRED, 10, "Code of the ward (see GET /api/v1/wards)", "HGS"),
            col("communityHall", "公民館", Type.TEXT, Use.OPTIONAL, 24, "公民館 / 校区コミュニティセンター", "香椎公民館",
                    "校区コミュニティセンター"),
            col("note", "備考", Type.TEXT, Use.OPTIONAL, 30, "Free text", "JR香椎駅周辺", "メモ"),
            DatasetSpec.version("district")));

    private DistrictDataset() {
    }
}
