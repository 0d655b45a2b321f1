package jp.kyodo.participation;

/** 配布物 */
public enum LeafletKind {
    /** 加入促進チラシ */
    LEAFLET,
    /** 転入者向けウェルカムパック */
    WELCOME_PACK
}
