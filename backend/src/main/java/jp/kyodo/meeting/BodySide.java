package jp.kyodo.meeting;

/** 地域側・市側 — whether a body belongs to the community (the councils) or to the city. */
public enum BodySide {
    /** 地域側: 総会, 理事会, 幹事会, 部会 of the city-wide council, a district council's meetings */
    COMMUNITY,
    /** 市側: the city's coordination council (調整会議), its headquarters for collaboration (推進本部) */
    CITY
}
