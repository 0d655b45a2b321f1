package jp.kyodo.support;

/** 施設の種類 (場の提供). */
public enum FacilityKind {
    /** 校区コミュニティセンター */
    COMMUNITY_CENTER("校区コミュニティセンター"),
    /** 公民館 */
    KOMINKAN("公民館"),
    /** 集会所 */
    MEETING_HALL("集会所"),
    /** 市の貸出会議室 (e.g. the city hall rooms the liaison council meets in); the only kind without a district */
    CITY_ROOM("市の貸出会議室"),
    /** その他 */
    OTHER("その他");

    public final String ja;

    FacilityKind(String ja) {
        this.ja = ja;
    }
}
