package jp.kyodo.support.amount;

import java.util.List;

/**
 * A computed amount in yen with the steps that led to it ("加入世帯 412世帯 × 300円 = 123,600円", "上限 100,000円"),
 * or, when a figure the rule needs is missing, no amount and what is missing.
 */
public record Amount(Long yen, List<String> steps, List<String> missing) {

    public Amount {
        steps = List.copyOf(steps);
        missing = List.copyOf(missing);
    }

    static Amount of(long yen, List<String> steps) {
        return new Amount(yen, steps, List.of());
    }

    static Amount missing(List<String> what) {
        return new Amount(null, List.of(), what);
    }

    public boolean computed() {
        return yen != null;
    }
}
