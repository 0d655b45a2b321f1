package jp.kyodo.plan.progress;

/** What happened to an initiative, as its timeline shows it. */
public enum TimelineKind {
    /** A progress report was written. */
    REPORT_CREATED,
    /** A progress report was changed (its status stayed). */
    REPORT_UPDATED,
    /** A progress report's status changed. */
    STATUS_CHANGED,
    /** A progress report was deleted (entered in error). */
    REPORT_DELETED,
    /** A milestone (工程) changed. */
    MILESTONE_CHANGED,
    /** The committee's evaluation was finalized, published or superseded by a correction. */
    EVALUATION,
    /** The office published the year's report (公表). */
    PUBLISHED
}
