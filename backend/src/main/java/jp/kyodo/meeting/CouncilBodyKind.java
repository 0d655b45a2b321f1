package jp.kyodo.meeting;

/** 会議体の種類 — what kind of body of a council holds the meetings. */
public enum CouncilBodyKind {
    /** 理事会 */
    BOARD,
    /** 幹事会 */
    EXECUTIVE,
    /** 校区事務局連絡会議 */
    SECRETARIAT,
    /** 部会 (地域連絡部会, 市民学習部会 …) */
    SECTION,
    /** 総会 */
    GENERAL_ASSEMBLY,
    /** 校区の自治協議会の会議 — a district council's own meeting */
    DISTRICT_COUNCIL_MEETING,
    OTHER
}
