package jp.kyodo.support;

/** What kind of gathering an event is (人材育成・連携・交流 in the catalogue). */
public enum SupportEventKind {
    /** 研修 */
    TRAINING("研修"),
    /** 説明会 (補助金等説明会) */
    BRIEFING("説明会"),
    /** フォーラム */
    FORUM("フォーラム"),
    /** 事例発表会 */
    CASE_PRESENTATION("事例発表会"),
    /** その他 */
    OTHER("その他");

    public final String ja;

    SupportEventKind(String ja) {
        this.ja = ja;
    }
}
