package jp.kyodo.support;

/** The step of a grant case a document belongs to. */
public enum GrantStep {
    /** 事業計画 */
    PLAN,
    /** 交付申請 */
    APPLICATION,
    /** 交付決定 */
    DECISION,
    /** 支払 */
    PAYMENT,
    /** 実績報告 */
    REPORT,
    /** 実地検査 */
    INSPECTION,
    /** 額の確定 */
    SETTLEMENT
}
