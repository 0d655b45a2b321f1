package jp.kyodo.membership;

/** How the households in an association's area were counted: 住民基本台帳 / 自治会の独自集計 / 調査. */
public enum AreaCountMethod {
    RESIDENT_REGISTRY, OWN_COUNT, SURVEY
}
