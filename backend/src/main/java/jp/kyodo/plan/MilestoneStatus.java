package jp.kyodo.plan;

/** 工程の状況. */
public enum MilestoneStatus {
    /** 予定 */
    PLANNED,
    /** 実施中 */
    IN_PROGRESS,
    /** 完了 */
    DONE
}
