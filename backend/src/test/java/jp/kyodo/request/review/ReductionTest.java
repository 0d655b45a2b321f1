package jp.kyodo.request.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's rules with hand-computed figures. */
class ReductionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // case,                                     base,  now,   cut
        "a quarter fewer,                            4,     3,     0.2500",
        "a third (rounded down),                     3,     2,     0.3333",
        "two thirds (rounded up),                    3,     1,     0.6667",
        "exactly half a unit of the 4th decimal,     20000, 19999, 0.0001",
        "just under half a unit,                     20001, 20000, 0.0000",
        "all cut,                                    7,     0,     1.0000",
        "unchanged,                                  7,     7,     0.0000",
        "more than the baseline: negative,           4,     5,     -0.2500",
        "half a unit more: rounded away from zero,   20000, 20001, -0.0001",
    })
    void share_cut_of_counts(String name, long base, long now, String cut) {
        assertEquals(new BigDecimal(cut), Reduction.cut(base, now), name);
    }

    @Test
    void share_cut_of_hours_and_an_empty_baseline() {
        assertEquals(new BigDecimal("0.2450"), Reduction.cut(new BigDecimal("100.00"), new BigDecimal("75.50")));
        assertEquals(new BigDecimal("0.0001"), Reduction.cut(new BigDecimal("200.00"), new BigDecimal("199.99")));
        assertNull(Reduction.cut(0, 5));
        assertNull(Reduction.cut(new BigDecimal("0.00"), new BigDecimal("3.00")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ABOLISH,    true,  true",
        "MERGE,      true,  true",
        "RECLASSIFY, true,  false",
        "LIGHTEN,    false, false",
        "COMPENSATE, false, false",
        "KEEP,       false, false",
    })
    void what_a_decision_takes_away(Decision d, boolean cooperation, boolean hours) {
        assertEquals(cooperation, Reduction.removesCooperation(d));
        assertEquals(hours, Reduction.removesHours(d));
    }

    @Test
    void projections_never_go_below_zero() {
        assertEquals(33, Reduction.projected(41, 8));
        assertEquals(0, Reduction.projected(3, 5));
        assertEquals(new BigDecimal("70.25"), Reduction.projected(new BigDecimal("100.50"), new BigDecimal("30.25")));
        assertEquals(BigDecimal.ZERO, Reduction.projected(new BigDecimal("10.00"), new BigDecimal("12.00")));
    }
}
