package jp.kyodo.support;

/** 所有者: who owns a facility. */
public enum FacilityOwner {
    /** 市 */
    CITY,
    /** 校区の協議会 */
    COUNCIL,
    /** 自治会・町内会 */
    ASSOCIATION,
    /** その他 */
    OTHER
}
