package jp.kyodo.plan;

/** The mark printed next to an initiative: [新規] or [充実]. */
public enum InitiativeTag {
    /** 新規 — a new program. */
    NEW,
    /** 充実 — an existing program enhanced. */
    ENHANCED
}
