package jp.kyodo.request.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/** 依頼等 — the request inventory as departments fill it in (jp.kyodo.request.transfer.CityRequestImporter). Lists are separated by ; (also , or 、). */
public final class CityRequestDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("city-requests", "依頼等", List.of(
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
                    "Receiving districts by code, separated by ; — blank (or ALL / 全校区) for every district, unless wardCodes names wards", "HGS-01;HGS-03", "依頼先校区"),
            col("wardCodes", "区コード", Type.TEXT, Use.OPTIONAL, 16,
                    "区単位: receiving whole wards by code or name (東区), separated by ; — every district of the ward as it is when read; combines with districtCodes; blank for none", "", "依頼先区"),
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
            col("status", "状態", Type.TEXT, Use.OPTIONAL, 10, "DRAFT (下書き), ACTIVE (実施中; default for a new row) or ENDED (終了), as code or Japanese label", "ACTIVE"),
            col("description", "内容", Type.TEXT, Use.OPTIONAL, 40, "Free text", "年2回、家庭ごみの出し方に関するチラシを回覧", "説明"),
            col("annualHours", "年間負担時間", Type.TEXT, Use.EXPORT_ONLY, 12,
                "Computed: occurrences × people × hours × receiving organizations; ignored by the import", "14280.00"),
            DatasetSpec.version("request")));

    private CityRequestDataset() {
    }
}
