package jp.kyodo.request.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import jp.kyodo.request.review.CompensationRule.DistrictGroup;
import jp.kyodo.request.review.CompensationRule.Receiver;
import jp.kyodo.request.review.ReviewDtos.Compensation;
import jp.kyodo.request.review.ReviewDtos.CompensationAmounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 費用弁償 arithmetic with hand-computed amounts (integer yen, no rounding). */
class CompensationRuleTest {

    private static Compensation f(long flat, long perHousehold) {
        return new Compensation(flat, perHousehold);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        // case,                                    flat,     per,    households, yen
        "flat only,                                  5000,     0,      350,        5000",
        "households only,                            0,        20,     350,        7000",
        "both,                                       5000,     20,     350,        12000",
        "no figures for the year: 0 households,      5000,     20,     -,          5000",
        "zero households,                            5000,     20,     0,          5000",
        "largest formula and a large association,    10000000, 100000, 100000,     10010000000",
    })
    void one_organization(String name, long flat, long per, Integer households, long yen) {
        assertEquals(yen, CompensationRule.yen(f(flat, per), households), name);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                // no receiving organization (no organization of the kinds in the districts): nothing to pay
                Arguments.of("zero receivers", f(5000, 20), List.of(), 0L, 0L, 0L, List.of()),
                // chosen districts: 3 orgs/300 households → 15,000 + 6,000; 2 orgs without figures → 10,000
                Arguments.of("chosen districts", f(5000, 20),
                        List.of(new DistrictGroup(1L, "香椎", 3, 300), new DistrictGroup(2L, "名島", 2, 0)),
                        5L, 300L, 31_000L, List.of(21_000L, 10_000L)),
                // all districts with ward-level groups (no district): their own row; 1,000×2 + 10×50 = 2,500
                Arguments.of("all districts with ward-level groups", f(1000, 10),
                        List.of(new DistrictGroup(1L, "香椎", 1, 100), new DistrictGroup(null, null, 2, 50)),
                        3L, 150L, 4_500L, List.of(2_000L, 2_500L)),
                // a preview with only the per-household figure
                Arguments.of("households only", CompensationRule.preview(null, 20L),
                        List.of(new DistrictGroup(1L, "香椎", 4, 1234)), 4L, 1234L, 24_680L, List.of(24_680L)),
                // upper bounds of the formula with a city-sized registry: 10,000,000×2,500 + 100,000×500,000
                Arguments.of("largest formula, city-sized", f(10_000_000, 100_000),
                        List.of(new DistrictGroup(1L, "A", 1500, 300_000), new DistrictGroup(2L, "B", 1000, 200_000)),
                        2500L, 500_000L, 75_000_000_000L, List.of(45_000_000_000L, 30_000_000_000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void a_request_in_total_and_per_district(String name, Compensation formula, List<DistrictGroup> groups,
            long organizations, long households, long total, List<Long> perDistrict) {
        CompensationAmounts a = CompensationRule.amounts(41, 2025, formula, true, groups, List.of(), 1, 20);
        assertEquals(organizations, a.organizations(), name);
        assertEquals(households, a.memberHouseholds(), name);
        assertEquals(total, a.totalYen(), name);
        assertEquals(perDistrict, a.districts().stream().map(d -> d.yen()).toList(), name);
        assertEquals(perDistrict.stream().mapToLong(Long::longValue).sum(), a.totalYen(), "districts add up: " + name);
        assertEquals(organizations, a.associations().total(), name);
    }

    @Test
    void the_page_carries_each_organization_with_its_amount() {
        CompensationAmounts a = CompensationRule.amounts(41, 2024, f(5000, 20), false,
                List.of(new DistrictGroup(1L, "香椎", 2, 350)),
                List.of(new Receiver(7, "A1", "香椎一丁目町内会", 1L, "香椎", 350),
                        new Receiver(8, "A2", "香椎二丁目町内会", 1L, "香椎", null)), 1, 2);
        assertEquals(List.of(12_000L, 5_000L), a.associations().items().stream().map(o -> o.yen()).toList());
        assertEquals(2024, a.fiscalYear());
        assertFalse(a.decided());
        assertEquals(17_000L, a.totalYen());
    }

    @Test
    void a_preview_needs_one_figure_and_the_year_defaults_to_the_requests() {
        assertFalse(CompensationRule.isPreview(null, null));
        assertTrue(CompensationRule.isPreview(0L, null));
        assertTrue(CompensationRule.isPreview(null, 20L));
        assertEquals(f(0, 20), CompensationRule.preview(null, 20L));
        assertEquals(f(5000, 0), CompensationRule.preview(5000L, null));
        assertEquals(2025, CompensationRule.fiscalYear(null, 2025));
        assertEquals(2023, CompensationRule.fiscalYear(2023, 2025));
    }
}
