package jp.kyodo.plan.progress;

import java.util.List;
import jp.kyodo.membership.service.MembershipService.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a live indicator (指標) is bound to: data the system holds, so its actual value is computed when read and never
 * typed. Request figures are city-wide; the join rate is of the city, a ward or a district.
 */
@Schema(name = "IndicatorBindingCode", description = "JOIN_RATE 加入率, COOPERATION_REQUESTS 協力依頼の件数, COOPERATION_REQUESTS_CUT 協力依頼の削減率, "
        + "REQUEST_HOURS 依頼等による地域の負担時間, REQUEST_HOURS_CUT 負担時間の削減率")
public enum Binding {
    JOIN_RATE("自治会・町内会の加入率", "Join rate of neighborhood associations", "%", List.of(Level.CITY, Level.WARD, Level.DISTRICT)),
    COOPERATION_REQUESTS("協力依頼の件数", "Number of cooperation requests (協力依頼)", "件", List.of(Level.CITY)),
    COOPERATION_REQUESTS_CUT("協力依頼の削減率（基準年度比）", "Cooperation requests cut against the review's baseline year", "%", List.of(Level.CITY)),
    REQUEST_HOURS("依頼等による地域の負担時間", "Effort hours requests put on communities", "時間", List.of(Level.CITY)),
    REQUEST_HOURS_CUT("負担時間の削減率（基準年度比）", "Effort hours cut against the review's baseline year", "%", List.of(Level.CITY));

    public final String ja;
    public final String en;
    public final String unit;
    public final List<Level> scopeLevels;

    Binding(String ja, String en, String unit, List<Level> scopeLevels) {
        this.ja = ja;
        this.en = en;
        this.unit = unit;
        this.scopeLevels = scopeLevels;
    }

    /** Figures of the request review (city-wide, with a baseline). */
    public boolean isRequestFigure() {
        return this != JOIN_RATE;
    }

    /** A share cut against the review cycle's baseline year: absent in a year without a review cycle. */
    public boolean isCut() {
        return this == COOPERATION_REQUESTS_CUT || this == REQUEST_HOURS_CUT;
    }
}
