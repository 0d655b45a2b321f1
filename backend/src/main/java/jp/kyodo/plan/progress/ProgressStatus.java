package jp.kyodo.plan.progress;

/** 進捗状況 of an initiative in a reporting period. */
public enum ProgressStatus {
    /** 未着手 */
    NOT_STARTED,
    /** 実施中 */
    IN_PROGRESS,
    /** 実施済 */
    CARRIED_OUT,
    /** 完了 */
    COMPLETED,
    /** 継続中 */
    CONTINUING,
    /** 遅延 */
    DELAYED
}
