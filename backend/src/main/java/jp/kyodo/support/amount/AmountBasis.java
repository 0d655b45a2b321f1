package jp.kyodo.support.amount;

import java.util.Map;

/**
 * What an amount is computed from, for one organization and year: the registry's figures of the fiscal year the rule
 * names (households in the area, member households, population) and what the application states (eligible cost,
 * units such as lights installed or copies distributed). A rule reads only what it needs; a figure it needs and the
 * basis does not have makes the amount not computable ({@link Amount#missing()}), never 0.
 */
public record AmountBasis(Long households, Long memberHouseholds, Long population, Long eligibleCost,
        Map<String, Long> units) {

    public AmountBasis {
        units = units == null ? Map.of() : Map.copyOf(units);
    }

    public static AmountBasis of() {
        return new AmountBasis(null, null, null, null, Map.of());
    }

    public AmountBasis withHouseholds(Long all, Long members) {
        return new AmountBasis(all, members, population, eligibleCost, units);
    }

    public AmountBasis withPopulation(Long people) {
        return new AmountBasis(households, memberHouseholds, people, eligibleCost, units);
    }

    public AmountBasis withEligibleCost(Long yen) {
        return new AmountBasis(households, memberHouseholds, population, yen, units);
    }

    public AmountBasis withUnits(Map<String, Long> counts) {
        return new AmountBasis(households, memberHouseholds, population, eligibleCost, counts);
    }
}
