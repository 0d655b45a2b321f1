package jp.kyodo.support.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/**
 * 交付案件（申請・実績報告） — the applications and results reports of a year's grant cases in one file, as sections
 * collect them from organizations: one row per case, named by its program and the organization's code. The import
 * records the steps a row gives (事業計画受付, 申請受付 with its cost and units, 実績報告受付 with its cost and units) in
 * order, as the case's own steps would; it never creates a case (open the program's year first) and never decides.
 */
public final class GrantCaseDataset {

    static final String UNITS = "Units by the rule's keys, e.g. LED=5; NEW=2 (per-unit rules only)";

    public static final DatasetSpec SPEC = new DatasetSpec("grant-cases", "交付案件", List.of(
            col("programId", "支援策番号", Type.INTEGER, Use.KEY, 10, "Natural key with organizationCode: the program (one fiscal-year "
                    + "edition), as the export writes it", "12"),
            col("programName", "支援策", Type.TEXT, Use.EXPORT_ONLY, 30, "For reading only; ignored by the import", "防犯灯設置費補助"),
            col("organizationCode", "団体コード", Type.TEXT, Use.KEY, 16, "Natural key with programId: the organization", "HGS-01-001"),
            col("organizationName", "団体名", Type.TEXT, Use.EXPORT_ONLY, 24, "For reading only; ignored by the import", "香椎一丁目町内会"),
            col("districtName", "校区", Type.TEXT, Use.EXPORT_ONLY, 12, "For reading only; ignored by the import", "香椎"),
            col("status", "状況", Type.TEXT, Use.EXPORT_ONLY, 14, "For reading only: AWAITING_PLAN 未提出, PLAN_RECEIVED 事業計画受付, "
                    + "APPLIED 申請受付, DECIDED 交付決定, REPORTED 実績報告受付, INSPECTED 実地検査済, SETTLED 額の確定", "APPLIED"),
            col("planReceivedOn", "事業計画受付日", Type.DATE, Use.OPTIONAL, 12, "The business plan's day (programs that ask for one); "
                    + "blank: not recorded by this row", "2026-03-10"),
            col("appliedOn", "申請受付日", Type.DATE, Use.OPTIONAL, 12, "The application's day; with eligibleCost and units. Until the "
                    + "decision an application may be recorded again (a correction); blank: not recorded by this row", "2026-04-20"),
            col("eligibleCost", "補助対象経費", Type.INTEGER, Use.OPTIONAL, 12, "Yen (cost-share rules), with appliedOn", "480000"),
            col("units", "数量", Type.TEXT, Use.OPTIONAL, 18, UNITS + ", with appliedOn", "LED=5"),
            col("decidedYen", "交付決定額", Type.INTEGER, Use.EXPORT_ONLY, 12, "For reading only: decided by the office, never by import", "62500"),
            col("paidYen", "支払済額", Type.INTEGER, Use.EXPORT_ONLY, 12, "For reading only", "62500"),
            col("reportedOn", "実績報告受付日", Type.DATE, Use.OPTIONAL, 12, "The results report's day (after the decision); with "
                    + "reportedCost and reportedUnits; blank: not recorded by this row", "2027-04-10"),
            col("reportedCost", "実績額", Type.INTEGER, Use.OPTIONAL, 12, "Yen spent (cost-share rules), with reportedOn", "455000"),
            col("reportedUnits", "実績数量", Type.TEXT, Use.OPTIONAL, 18, UNITS + ", with reportedOn", "LED=4"),
            DatasetSpec.version("case")));

    private GrantCaseDataset() {
    }
}
