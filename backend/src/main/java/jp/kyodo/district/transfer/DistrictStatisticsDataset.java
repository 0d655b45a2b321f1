package jp.kyodo.district.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/**
 * 校区の人口・世帯数 — the yearly statistics of every district in one file, as the resident-registry system (住民基本台帳)
 * sends them: one row per district and fiscal year.
 */
public final class DistrictStatisticsDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("district-statistics", "人口・世帯数", List.of(
            col("districtCode", "校区コード", Type.TEXT, Use.KEY, 14, "Natural key with fiscalYear: the district", "HGS-03"),
            col("districtName", "校区名", Type.TEXT, Use.EXPORT_ONLY, 20, "For reading only; ignored by the import", "香椎"),
            col("fiscalYear", "年度", Type.INTEGER, Use.KEY, 8, "Fiscal year (April–March), e.g. 2025 = 令和7年度", "2025"),
            col("population", "人口", Type.INTEGER, Use.REQUIRED, 10, "Population of the district (0–10,000,000)", "14820"),
            col("households", "世帯数", Type.INTEGER, Use.REQUIRED, 10,
                    "Households of the district in the resident registry (0–10,000,000)", "6810", "世帯数（住民基本台帳）"),
            DatasetSpec.version("statistics")));

    private DistrictStatisticsDataset() {
    }
}
