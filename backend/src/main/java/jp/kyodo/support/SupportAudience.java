package jp.kyodo.support;

/** Whom a program is for: civic activity in general (市民活動全般), community organizations (地域コミュニティ組織等), or both. */
public enum SupportAudience {
    CIVIC("市民活動全般"), COMMUNITY("地域コミュニティ組織等"), BOTH("両方");

    public final String ja;

    SupportAudience(String ja) {
        this.ja = ja;
    }
}
