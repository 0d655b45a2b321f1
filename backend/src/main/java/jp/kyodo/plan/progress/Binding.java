package jp.kyodo.plan.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a live indicator (指標) is bound to: the key of data the system holds, so its actual value is computed when
 * read and never typed. The key is what the database stores and the API sends; what it means (labels, unit, scope
 * levels, how it is computed) belongs to the {@link jp.kyodo.plan.progress.live.LiveIndicatorSource} that declares
 * it. The contract lists the keys of the sources shipped (a test checks the list against the sources).
 */
@Schema(name = "IndicatorBindingCode", type = SchemaType.STRING, enumeration = {"JOIN_RATE", "COOPERATION_REQUESTS",
        "COOPERATION_REQUESTS_CUT", "REQUEST_HOURS", "REQUEST_HOURS_CUT", "TRAINING_DISTRICTS",
        "TRAINING_ATTENDANCE", "NEW_BUILDING_UNITS_JOINED", "NEW_BUILDINGS_COOPERATING"},
        description = "JOIN_RATE 加入率, COOPERATION_REQUESTS 協力依頼の件数, COOPERATION_REQUESTS_CUT 協力依頼の削減率, "
                + "REQUEST_HOURS 依頼等による地域の負担時間, REQUEST_HOURS_CUT 負担時間の削減率, "
                + "TRAINING_DISTRICTS 研修等に参加した校区の数, TRAINING_ATTENDANCE 研修等への参加者数, "
                + "NEW_BUILDING_UNITS_JOINED 新築集合住宅で自治会に加入した戸数, NEW_BUILDINGS_COOPERATING 加入に協力を得た新築集合住宅の数")
public final class Binding {

    private final String code;

    private Binding(String code) {
        this.code = code;
    }

    /** The binding with this key (known or not: whether a source computes it is checked where it is read). */
    public static Binding of(String code) {
        return new Binding(Objects.requireNonNull(code).strip());
    }

    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Binding b && b.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
