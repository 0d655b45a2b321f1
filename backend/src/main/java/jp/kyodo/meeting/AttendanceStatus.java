package jp.kyodo.meeting;

/** 出欠 — a member's attendance at a meeting. */
public enum AttendanceStatus {
    /** 出席 */
    PRESENT,
    /** 委任状 (proxy) */
    PROXY,
    /** 欠席 */
    ABSENT
}
