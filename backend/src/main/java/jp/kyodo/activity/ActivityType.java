package jp.kyodo.activity;

/** The kind of an activity record (活動の種類). */
public enum ActivityType {
    /** 訪問 */
    VISIT,
    /** 会議出席 */
    MEETING,
    /** 相談対応 */
    CONSULTATION,
    /** 情報提供 */
    INFORMATION,
    /** 学習会支援 */
    STUDY_SESSION,
    /** イベント */
    EVENT,
    /** その他 */
    OTHER;

    /** The Japanese label, for calendar titles (the SPA has its own words for the screens). */
    public String labelJa() {
        return switch (this) {
            case VISIT -> "訪問";
            case MEETING -> "会議出席";
            case CONSULTATION -> "相談対応";
            case INFORMATION -> "情報提供";
            case STUDY_SESSION -> "学習会支援";
            case EVENT -> "イベント";
            case OTHER -> "その他";
        };
    }

    /**
     * Whether the activity counts as a contact with the district for "days since the last visit": the liaison met the
     * district in person (a visit, a meeting, a consultation, a study session, an event). Information given — often a
     * phone call or a mail — and "other" do not.
     */
    public boolean inPerson() {
        return this != INFORMATION && this != OTHER;
    }
}
