package jp.kyodo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.support.amount.Amount;
import jp.kyodo.support.amount.AmountBasis;
import jp.kyodo.support.amount.AmountRule;
import jp.kyodo.support.amount.AmountRule.Combined;
import jp.kyodo.support.amount.AmountRule.CostShare;
import jp.kyodo.support.amount.AmountRule.Flat;
import jp.kyodo.support.amount.AmountRule.PerCapita;
import jp.kyodo.support.amount.AmountRule.PerHousehold;
import jp.kyodo.support.amount.AmountRule.PerHousehold.Households;
import jp.kyodo.support.amount.AmountRule.PerUnit;
import jp.kyodo.support.amount.Rounding;
import org.junit.jupiter.api.Test;

/**
 * 算定方法 — each kind of amount rule against amounts computed by hand (with their rounding and caps), the steps a
 * decision shows, a missing figure, and the rules as stored JSON.
 */
class AmountRuleTest {

    static final Rounding THOUSAND_DOWN = new Rounding(1000, Rounding.Mode.DOWN);

    static AmountBasis households(long all, long members) {
        return AmountBasis.of().withHouseholds(all, members);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void flat() {
        Amount a = new Flat(250_000).compute(AmountBasis.of());
        assertEquals(250_000L, a.yen());
        assertEquals(List.of("均等割 250,000円"), a.steps());
    }

    @Test
    void per_household_counts_members_or_all_households() {
        // 412 member households × 300 yen = 123,600 yen
        Amount members = new PerHousehold(d("300"), Households.MEMBERS, null, null).compute(households(530, 412));
        assertEquals(123_600L, members.yen());
        assertEquals(List.of("加入世帯 412世帯 × 300円 = 123,600円"), members.steps());
        // 1,000 households × 52.5 yen = 52,500 yen
        assertEquals(52_500L, new PerHousehold(d("52.5"), Households.ALL, null, null).compute(households(1000, 700)).yen());
    }

    @Test
    void per_household_rounds_below_the_yen_down_unless_told_otherwise() {
        // 413 × 55.5 = 22,921.5 → 円未満切捨て 22,921; 四捨五入 22,922; 切上げ 22,922
        AmountBasis b = households(500, 413);
        Amount down = new PerHousehold(d("55.5"), Households.MEMBERS, null, null).compute(b);
        assertEquals(22_921L, down.yen());
        assertEquals(List.of("加入世帯 413世帯 × 55.5円 = 22,921.5円", "円未満切捨て 22,921円"), down.steps());
        assertEquals(22_922L, new PerHousehold(d("55.5"), Households.MEMBERS, new Rounding(1, Rounding.Mode.HALF_UP), null)
                .compute(b).yen());
        assertEquals(22_922L, new PerHousehold(d("55.5"), Households.MEMBERS, new Rounding(1, Rounding.Mode.UP), null)
                .compute(b).yen());
        // 417 × 300 = 125,100 → 千円未満切捨て 125,000; 百円未満四捨五入 125,100
        assertEquals(125_000L, new PerHousehold(d("300"), Households.MEMBERS, THOUSAND_DOWN, null).compute(households(600, 417)).yen());
        // 411 × 250 = 102,750 → 百円未満四捨五入 102,800
        assertEquals(102_800L, new PerHousehold(d("250"), Households.MEMBERS, new Rounding(100, Rounding.Mode.HALF_UP), null)
                .compute(households(600, 411)).yen());
    }

    @Test
    void a_missing_figure_gives_no_amount_never_zero() {
        Amount a = new PerHousehold(d("300"), Households.MEMBERS, null, null).compute(AmountBasis.of().withHouseholds(530L, null));
        assertFalse(a.computed());
        assertEquals(List.of("memberHouseholds"), a.missing());
        assertEquals(List.of("population"), new PerCapita(d("10"), null, null).compute(AmountBasis.of()).missing());
        assertEquals(List.of("eligibleCost"), new CostShare(d("0.5"), null, null).compute(AmountBasis.of()).missing());
    }

    @Test
    void per_capita() {
        // 3,217 people × 15 yen = 48,255 yen; 千円未満切捨て 48,000
        AmountBasis b = AmountBasis.of().withPopulation(3217L);
        assertEquals(48_255L, new PerCapita(d("15"), null, null).compute(b).yen());
        assertEquals(48_000L, new PerCapita(d("15"), THOUSAND_DOWN, null).compute(b).yen());
    }

    @Test
    void cost_share_is_rounded_then_capped() {
        // 333,333 × 1/2 = 166,666.5 → 166,666; cap 100,000 → 100,000
        AmountBasis b = AmountBasis.of().withEligibleCost(333_333L);
        assertEquals(166_666L, new CostShare(d("0.5"), null, null).compute(b).yen());
        Amount capped = new CostShare(d("0.5"), null, 100_000L).compute(b);
        assertEquals(100_000L, capped.yen());
        assertEquals(List.of("補助対象経費 333,333円 × 0.5 = 166,666.5円", "円未満切捨て 166,666円", "上限 100,000円"),
                capped.steps());
        // 2/3 of 90,000 = 60,000 exactly; under the cap
        assertEquals(60_000L, new CostShare(new BigDecimal("0.6666666667"), THOUSAND_DOWN, 100_000L)
                .compute(AmountBasis.of().withEligibleCost(90_000L)).yen());
    }

    @Test
    void street_lights_per_unit_with_a_cap_per_organization() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("NEW", d("30000"));
        prices.put("REPLACE", d("15000"));
        prices.put("LED", d("8500"));
        Map<String, String> labels = Map.of("NEW", "新設", "REPLACE", "取替", "LED", "LED化");
        // 2 × 30,000 + 1 × 15,000 + 5 × 8,500 = 60,000 + 15,000 + 42,500 = 117,500
        AmountBasis b = AmountBasis.of().withUnits(Map.of("NEW", 2L, "REPLACE", 1L, "LED", 5L));
        Amount open = new PerUnit(prices, labels, null, null).compute(b);
        assertEquals(117_500L, open.yen());
        assertEquals(List.of("新設 2 × 30,000円 = 60,000円", "取替 1 × 15,000円 = 15,000円", "LED化 5 × 8,500円 = 42,500円",
                "計 117,500円"), open.steps());
        assertEquals(100_000L, new PerUnit(prices, labels, null, 100_000L).compute(b).yen());
        // nothing applied for: 0, not missing
        assertEquals(0L, new PerUnit(prices, labels, null, 100_000L).compute(AmountBasis.of()).yen());
    }

    @Test
    void a_newsletter_consignment_per_copy() {
        // 行政情報伝達業務委託: 250 copies × 12 issues = 3,000 copies × 12 yen = 36,000 yen
        AmountRule perCopy = new PerUnit(Map.of("COPY", d("12")), Map.of("COPY", "配布部数"), null, null);
        Amount a = perCopy.compute(AmountBasis.of().withUnits(Map.of("COPY", 3000L)));
        assertEquals(36_000L, a.yen());
        assertEquals(List.of("配布部数 3,000 × 12円 = 36,000円"), a.steps());
    }

    @Test
    void combined_adds_the_parts_then_rounds_and_caps_the_sum() {
        // 均等割 200,000 + 加入世帯 412 × 300 = 123,600 → 323,600; 千円未満切捨て 323,000; cap 300,000
        AmountRule rule = new Combined(List.of(new Flat(200_000),
                new PerHousehold(d("300"), Households.MEMBERS, null, null)), null, null);
        assertEquals(323_600L, rule.compute(households(530, 412)).yen());
        assertEquals(323_000L, new Combined(((Combined) rule).parts(), THOUSAND_DOWN, null).compute(households(530, 412)).yen());
        Amount capped = new Combined(((Combined) rule).parts(), THOUSAND_DOWN, 300_000L).compute(households(530, 412));
        assertEquals(300_000L, capped.yen());
        assertEquals(List.of("均等割 200,000円", "加入世帯 412世帯 × 300円 = 123,600円", "合計 323,600円", "千円未満切捨て 323,000円",
                "上限 300,000円"), capped.steps());
        // a part's missing figure makes the whole not computable
        assertEquals(List.of("memberHouseholds"), rule.compute(AmountBasis.of()).missing());
    }

    @Test
    void rules_are_stored_as_json_with_their_kind() throws Exception {
        ObjectMapper json = new ObjectMapper();
        AmountRule rule = json.readValue("""
                {"kind": "COMBINED", "rounding": {"unit": 1000, "mode": "DOWN"}, "cap": 300000, "parts": [
                  {"kind": "FLAT", "yen": 200000},
                  {"kind": "PER_HOUSEHOLD", "yenPerHousehold": 300, "households": "MEMBERS"}]}""", AmountRule.class);
        assertEquals(300_000L, rule.compute(households(530, 412)).yen());
        assertEquals(rule, json.readValue(json.writeValueAsString(rule), AmountRule.class));
        AmountRule lights = json.readValue("""
                {"kind": "PER_UNIT", "unitPrices": {"NEW": 30000, "LED": 8500}, "cap": 100000}""", AmountRule.class);
        assertEquals(68_500L, lights.compute(AmountBasis.of().withUnits(Map.of("NEW", 2L, "LED", 1L))).yen());
    }

    @Test
    void rules_that_cannot_be_computed_are_named_before_they_are_stored() {
        assertEquals(List.of("share: must be above 0 and at most 1"), new CostShare(d("1.5"), null, null).problems());
        assertEquals(List.of("yenPerHousehold: must be between 0 and 100000000", "cap: must be between 0 and 10000000000"),
                new PerHousehold(d("-1"), Households.ALL, null, -5L).problems());
        assertEquals(List.of("rounding.unit: must be one of 1, 10, 100, 1000, 10000"),
                new PerCapita(d("10"), new Rounding(7, Rounding.Mode.DOWN), null).problems());
        assertEquals(List.of("parts[1].yen: must be between 0 and 10000000000"),
                new Combined(List.of(new Flat(1), new Flat(-1)), null, null).problems());
        assertTrue(new Combined(List.of(new Flat(1)), null, null).problems().isEmpty());
        // bounds that keep every amount a long and every step printable
        assertEquals(List.of("yenPerPerson: must be between 0 and 100000000", "cap: must be between 0 and 10000000000"),
                new PerCapita(d("100000000.01"), null, 10_000_000_001L).problems());
        assertEquals(List.of("yenPerPerson: at most 4 decimal places"), new PerCapita(d("0.00001"), null, null).problems());
        assertEquals(List.of("share: at most 6 decimal places"), new CostShare(d("0.3333333"), null, null).problems());
        assertEquals(List.of("unitPrices.9x: a unit's key is a letter then up to 39 letters, digits or _", "labels.LED: names no unit of unitPrices"),
                new PerUnit(Map.of("9x", d("1")), Map.of("LED", "LED化"), null, null).problems());
        assertEquals(List.of("parts[0]: a combination cannot hold another combination"),
                new Combined(List.of(new Combined(List.of(new Flat(1)), null, null)), null, null).problems());
    }
}
