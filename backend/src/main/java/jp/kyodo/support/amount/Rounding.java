package jp.kyodo.support.amount;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 端数処理 — how a computed amount becomes yen: to a multiple of {@code unit} yen (1: 円未満, 100: 百円未満,
 * 1000: 千円未満) by {@code mode} (DOWN: 切捨て, the usual rule of subsidies; HALF_UP: 四捨五入; UP: 切上げ).
 */
@Schema(name = "Rounding", description = "端数処理: to a multiple of unit yen (1, 10, 100, 1000, 10000) by mode (DOWN 切捨て, HALF_UP 四捨五入, UP 切上げ)")
public record Rounding(@Schema(examples = "1000") long unit, @Schema(examples = "DOWN") Mode mode) {

    /** 切捨て, 四捨五入, 切上げ. */
    public enum Mode {
        DOWN(RoundingMode.DOWN, "切捨て"), HALF_UP(RoundingMode.HALF_UP, "四捨五入"), UP(RoundingMode.UP, "切上げ");

        final RoundingMode java;
        final String ja;

        Mode(RoundingMode java, String ja) {
            this.java = java;
            this.ja = ja;
        }
    }

    /** The units a rule may round to. */
    public static final Set<Long> UNITS = Set.of(1L, 10L, 100L, 1000L, 10000L);

    /** 円未満切捨て: what a rule without a rounding of its own uses. */
    public static final Rounding YEN_DOWN = new Rounding(1, Mode.DOWN);

    @JsonCreator
    public Rounding(@JsonProperty("unit") long unit, @JsonProperty("mode") Mode mode) {
        this.unit = unit;
        this.mode = mode == null ? Mode.DOWN : mode;
    }

    /** The amount rounded to whole multiples of the unit (amounts are never negative). */
    public long apply(BigDecimal yen) {
        BigDecimal units = yen.divide(BigDecimal.valueOf(unit), 0, mode.java);
        return units.longValueExact() * unit;
    }

    /** 円未満切捨て, 千円未満四捨五入 … */
    public String labelJa() {
        String of = unit == 1 ? "円未満" : unit == 10 ? "十円未満" : unit == 100 ? "百円未満" : unit == 1000 ? "千円未満" : "万円未満";
        return of + mode.ja;
    }

    List<String> problems(String at) {
        List<String> p = new ArrayList<>();
        if (!UNITS.contains(unit)) {
            p.add(at + ".unit: must be one of 1, 10, 100, 1000, 10000");
        }
        return p;
    }
}
