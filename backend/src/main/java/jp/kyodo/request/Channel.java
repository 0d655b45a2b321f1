package jp.kyodo.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 依頼経路 — how a request reaches the receivers. It does not change who receives it (nor the burden). */
@Schema(name = "CityRequestChannel", description = "依頼経路 / channel: CITY_COUNCIL 校区まちづくり連絡協議会経由, DISTRICT_COUNCIL 自治協議会経由, DIRECT 自治会へ直接, BLOCK_CIRCULATION 班回覧. The channel does not change the receiving organizations or the burden.")
public enum Channel {
    CITY_COUNCIL("校区まちづくり連絡協議会経由", "Via the city-wide council"),
    DISTRICT_COUNCIL("自治協議会経由", "Via district councils"),
    DIRECT("自治会へ直接", "Directly to associations"),
    BLOCK_CIRCULATION("班回覧", "By block circulation");

    public final String labelJa;
    public final String labelEn;

    Channel(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }
}
