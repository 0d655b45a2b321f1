package jp.kyodo.plan;

/** 実施目標の種類 — what an initiative's target says will happen in its fiscal year. */
public enum TargetKind {
    /** 実施 — start the program. */
    START,
    /** 着手 — begin the work. */
    BEGIN,
    /** 完了 — finish the program or the work. */
    COMPLETE,
    /** 継続 — continue a program already running. */
    CONTINUE
}
