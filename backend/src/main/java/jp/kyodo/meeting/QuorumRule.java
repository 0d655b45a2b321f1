package jp.kyodo.meeting;

/** 定足数 — how many of a body's members must attend for its meeting to be valid. */
public enum QuorumRule {
    /** 定足数なし */
    NONE,
    /** 過半数: more than half */
    MAJORITY,
    /** 半数以上: half or more */
    HALF,
    /** 3分の2以上: two thirds or more */
    TWO_THIRDS;

    /** The number that must attend of {@code members}; null for {@link #NONE}. */
    public Integer required(int members) {
        return switch (this) {
            case NONE -> null;
            case MAJORITY -> members / 2 + 1;
            case HALF -> (members + 1) / 2;
            case TWO_THIRDS -> (2 * members + 2) / 3;
        };
    }
}
