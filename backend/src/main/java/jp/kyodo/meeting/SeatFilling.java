package jp.kyodo.meeting;

/** 選出方法 — how a body's seat is filled. */
public enum SeatFilling {
    /** 選出 (elected by the body or its assembly) */
    ELECTED,
    /** 充て職 (held by virtue of another office, e.g. a section's head) */
    EX_OFFICIO,
    /** 各校区の代表 (one per district in the body's reach) */
    DISTRICT_REPRESENTATIVE,
    /** 委嘱・任命 (appointed, e.g. the city's directors) */
    APPOINTED
}
