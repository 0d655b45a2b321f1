package jp.kyodo.plan.evaluation;

/** Where an evaluation is on its way to the public. */
public enum EvaluationState {
    /** 下書き — the committee is still writing it. */
    DRAFT,
    /** 確定 — the committee finalized the year's sheet; waiting for the office to publish. */
    FINALIZED,
    /** 公表 — part of a published report; never edited again (a correction is a new revision). */
    PUBLISHED,
    /** 訂正前 — a published evaluation replaced by a published correction; kept and shown as the earlier version. */
    SUPERSEDED
}
