package jp.kyodo.meeting.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;

/**
 * 会議報告事項 — the items the city reported at council meetings, one row per item, in the shape of Kurume's
 * list (番号, 年月日, 会議名, 議題). Imported by jp.kyodo.meeting.service.MeetingLogImporter.
 */
public final class MeetingLogDataset {

    public static final DatasetSpec SPEC = new DatasetSpec("meeting-log", "会議報告事項", List.of(
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
                "説明課")));

    private MeetingLogDataset() {
    }
}
