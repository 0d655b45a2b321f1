package jp.kyodo.support.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/**
 * 支援策一覧 — the catalogue as its printed matrix reads (市の基本施策に対応する事業一覧): one row per program of an edition,
 * with its implementing section and the seven columns 人材育成 … その他 as yes/no, in print order. The terms of
 * subsidies and consignments (budget, rule, deadlines) are not part of it: they are edited on the program.
 */
public final class SupportProgramDataset {

    static final String COLUMN = "The program sits in the catalogue's column ";

    public static final DatasetSpec SPEC = new DatasetSpec("support-programs", "支援策一覧", List.of(
            col("fiscalYear", "年度", Type.INTEGER, Use.KEY, 8, "Natural key with sectionCode and name: the edition", "2026"),
            col("sectionCode", "実施主体コード", Type.TEXT, Use.KEY, 14, "The implementing section by its code", "CHIIKI"),
            col("sectionName", "実施主体", Type.TEXT, Use.EXPORT_ONLY, 20, "For reading only; ignored by the import", "地域振興課"),
            col("name", "事業名", Type.TEXT, Use.KEY, 36, "The program's name, unique per section and edition", "補助金等説明会"),
            col("kind", "種類", Type.TEXT, Use.REQUIRED, 12, "SUBSIDY 補助金, CONSIGNMENT 委託, TRAINING 研修・説明会, FACILITY 施設, "
                    + "INFORMATION 情報提供, OTHER その他", "TRAINING", "区分"),
            col("audience", "対象", Type.TEXT, Use.REQUIRED, 12, "CIVIC 市民活動全般, COMMUNITY 地域コミュニティ組織等, BOTH", "COMMUNITY"),
            col("humanResources", "人材育成", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "人材育成", "false"),
            col("publicity", "広報支援", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "広報支援", "false"),
            col("information", "情報提供", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "情報提供", "true"),
            col("place", "場の提供", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "場の提供", "false"),
            col("cooperation", "連携・交流", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "連携・交流", "false"),
            col("financial", "財政支援", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "財政支援", "false"),
            col("other", "その他", Type.BOOLEAN, Use.REQUIRED, 8, COLUMN + "その他", "false"),
            col("description", "事業概要", Type.TEXT, Use.OPTIONAL, 50, "At most 4,000 characters", "補助金の算定と申請の方法を説明します。"),
            col("sortOrder", "掲載順", Type.INTEGER, Use.OPTIONAL, 8, "Print order within the edition (0–100000; smaller first)", "40"),
            DatasetSpec.version("program")));

    /** The category columns in the catalogue's order (SupportCategory's). */
    static final List<String> CATEGORY_COLUMNS = List.of("humanResources", "publicity", "information", "place", "cooperation",
            "financial", "other");

    private SupportProgramDataset() {
    }
}
