package jp.kyodo.meeting.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;

import java.util.List;
import java.util.Map;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.meeting.AttendanceStatus;

/**
 * 出欠 — the attendance at meetings as a sign-in sheet: one row per meeting and member in term on its day. The export
 * writes every member of the chosen meetings (attendance blank where not recorded); the secretariat fills in 出欠
 * and the import records it, meeting by meeting, as the attendance screen would.
 */
public final class AttendanceDataset {

    /** The words the import reads for each status, besides the codes (the labels the export writes with labels=ja). */
    public static final Map<String, AttendanceStatus> WORDS = Map.of("出席", AttendanceStatus.PRESENT, "委任状", AttendanceStatus.PROXY,
            "委任", AttendanceStatus.PROXY, "欠席", AttendanceStatus.ABSENT);

    public static final Map<String, String> LABELS = Map.of("PRESENT", "出席", "PROXY", "委任状", "ABSENT", "欠席");

    public static final DatasetSpec SPEC = new DatasetSpec("meeting-attendance", "会議の出欠", List.of(
            col("meetingId", "会議番号", Type.INTEGER, Use.KEY, 10, "Natural key with memberId: the meeting, as the export writes it", "31"),
            col("meetingName", "会議", Type.TEXT, Use.EXPORT_ONLY, 24, "For reading only; ignored by the import", "第3回理事会"),
            col("heldOn", "開催日", Type.DATE, Use.EXPORT_ONLY, 12, "For reading only; ignored by the import", "2025-06-25"),
            col("memberId", "構成員番号", Type.INTEGER, Use.KEY, 10, "Natural key with meetingId: a member of the meeting's body in term "
                    + "on its day", "301"),
            col("personName", "氏名", Type.TEXT, Use.EXPORT_ONLY, 16, "For reading only; ignored by the import", "山田 花子"),
            col("seatTitle", "役職", Type.TEXT, Use.EXPORT_ONLY, 14, "For reading only; ignored by the import", "理事"),
            col("representing", "選出校区・団体", Type.TEXT, Use.EXPORT_ONLY, 20, "For reading only; ignored by the import", "香椎"),
            col("status", "出欠", Type.TEXT, Use.OPTIONAL, 10, "PRESENT 出席, PROXY 委任状 (委任), ABSENT 欠席; blank: left as it is",
                    "PRESENT", "出欠状況"),
            DatasetSpec.version("attendance row (blank for a member with nothing recorded yet)")));

    private AttendanceDataset() {
    }
}
