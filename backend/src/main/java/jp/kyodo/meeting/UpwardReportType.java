package jp.kyodo.meeting;

/** 校区からの報告の種類 — what a district sends up to the city. */
public enum UpwardReportType {
    /** 校区だより */
    NEWSLETTER,
    /** 実績報告 */
    ACTIVITY_REPORT,
    /** 調査報告 (アンケート回答) */
    SURVEY_ANSWER,
    /** 総会資料 */
    ASSEMBLY_DOCUMENTS,
    OTHER
}
