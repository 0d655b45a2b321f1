package jp.kyodo.participation;

/** 協力の結果 — what came of asking a new building's developer to cooperate with the neighbourhood association. */
public enum BuildingOutcome {
    /** 協議中 */
    PENDING,
    /** 管理会社が一括加入 (the management company joins for every unit) */
    BLOCK_JOIN,
    /** 入居者が個別に加入 */
    INDIVIDUAL,
    /** 自治会を結成 (the residents formed an association of their own) */
    NEW_ASSOCIATION,
    /** 協力を得られず */
    DECLINED;

    /** Whether units joined (an association gained members). */
    public boolean joined() {
        return this == BLOCK_JOIN || this == INDIVIDUAL || this == NEW_ASSOCIATION;
    }
}
