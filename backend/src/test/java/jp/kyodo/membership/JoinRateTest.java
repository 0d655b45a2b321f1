package jp.kyodo.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import jp.kyodo.membership.JoinRate.Sums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 加入率: the one rounding rule, for an association and for sums of them. */
class JoinRateTest {

    @ParameterizedTest(name = "{0} of {1} households → {2}")
    @CsvSource({
            "350, 420, 0.8333",
            "420, 420, 1.0000", // every household is a member
            "0, 420, 0.0000",
            "1, 3, 0.3333",
            "2, 3, 0.6667",
            "7789, 10000, 0.7789", // exact at four decimals
            "77885, 100000, 0.7789", // …5 rounds up
            "77884, 100000, 0.7788", // …4 rounds down
            "155769, 200000, 0.7788", // 0.778845 → …45 rounds down at the fifth place
            "155770, 200000, 0.7789", // 0.77885
            "1, 20000, 0.0001", // 0.00005 rounds up
            "1, 20001, 0.0000", // 0.0000499… rounds down
            "19999, 20000, 1.0000", // 0.99995 rounds up to 1
            "3988, 5120, 0.7789"})
    void rate_has_four_decimals_rounded_half_up(long members, long households, String expected) {
        assertEquals(new BigDecimal(expected), JoinRate.of(members, households));
    }

    @Test
    void no_households_means_no_rate() {
        assertNull(JoinRate.of(0L, 0L), "zero households");
        assertNull(JoinRate.of(5L, 0L), "members but zero households");
        assertNull(JoinRate.of(null, 100L), "members unknown");
        assertNull(JoinRate.of(100L, null), "households unknown");
        assertNull(Sums.NONE.rate(), "no associations");
    }

    @Test
    void a_district_sums_its_associations_rather_than_averaging_their_rates() {
        // 100% of 10 households and 0% of 990: the average of rates would be 0.5
        Sums district = Sums.total(List.of(Sums.of(10, 10), Sums.of(990, 0)));
        assertEquals(new Sums(2, 1000, 10), district);
        assertEquals(new BigDecimal("0.0100"), district.rate());
    }

    @Test
    void ward_and_city_are_the_sums_of_their_districts() {
        Sums a = Sums.total(List.of(Sums.of(420, 350), Sums.of(300, 210))); // 560 / 720
        Sums b = Sums.total(List.of(Sums.of(1000, 801))); // 801 / 1000
        Sums c = Sums.total(List.of(Sums.of(3, 1), Sums.of(3, 1), Sums.of(3, 1))); // 3 / 9
        Sums ward1 = Sums.total(List.of(a, b));
        Sums ward2 = Sums.total(List.of(c));
        Sums city = Sums.total(List.of(ward1, ward2));
        assertEquals(new BigDecimal("0.7778"), a.rate());
        assertEquals(new BigDecimal("0.8010"), b.rate());
        assertEquals(new BigDecimal("0.3333"), c.rate());
        assertEquals(new Sums(3, 1720, 1361), ward1);
        assertEquals(new BigDecimal("0.7913"), ward1.rate()); // 1361 / 1720 = 0.791279…
        assertEquals(new Sums(6, 1729, 1364), city);
        assertEquals(new BigDecimal("0.7889"), city.rate()); // 1364 / 1729 = 0.788895…
        assertEquals(city, Sums.total(List.of(a, b, c)), "the order of adding up does not matter");
    }

    @Test
    void a_district_without_figures_adds_nothing() {
        Sums ward = Sums.total(List.of(Sums.NONE, Sums.of(200, 150)));
        assertEquals(new Sums(1, 200, 150), ward);
        assertEquals(new BigDecimal("0.7500"), ward.rate());
    }
}
