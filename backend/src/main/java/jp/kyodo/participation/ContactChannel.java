package jp.kyodo.participation;

/** 協議の方法 */
public enum ContactChannel {
    /** 訪問 */
    VISIT,
    /** 電話 */
    PHONE,
    /** 文書 (the city's letter asking for cooperation) */
    LETTER,
    /** 打合せ (a meeting with the developer and the association) */
    MEETING,
    /** メール */
    EMAIL
}
