package jp.kyodo.support.amount;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * 算定方法 — one kind of amount rule, stored as JSON with its {@code kind}. Each kind is one function
 * ({@link #compute}): the raw amount from the basis, then its rounding (円未満切捨て unless the rule says otherwise),
 * then its cap. {@link Combined} adds other rules' amounts (e.g. 均等割 + 世帯割) and may round and cap the sum.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = AmountRule.Flat.class, name = "FLAT"),
        @JsonSubTypes.Type(value = AmountRule.PerHousehold.class, name = "PER_HOUSEHOLD"),
        @JsonSubTypes.Type(value = AmountRule.PerCapita.class, name = "PER_CAPITA"),
        @JsonSubTypes.Type(value = AmountRule.CostShare.class, name = "COST_SHARE"),
        @JsonSubTypes.Type(value = AmountRule.PerUnit.class, name = "PER_UNIT"),
        @JsonSubTypes.Type(value = AmountRule.Combined.class, name = "COMBINED")})
@Schema(name = "AmountRule", description = "算定方法: an amount rule as data, one of six kinds told apart by `kind` (docs/support.md). "
        + "Rounding (端数処理) defaults to 円未満切捨て; cap (上限) in yen.",
        oneOf = {AmountRule.Flat.class, AmountRule.PerHousehold.class, AmountRule.PerCapita.class, AmountRule.CostShare.class,
                AmountRule.PerUnit.class, AmountRule.Combined.class})
public sealed interface AmountRule {

    /** The largest amount a rule may name (100 億円): a flat amount or a cap. */
    long MAX_YEN = 10_000_000_000L;

    /** The largest price per household, person or unit (1 億円). */
    BigDecimal MAX_PRICE = BigDecimal.valueOf(100_000_000L);

    /** The amount for one organization and year. */
    Amount compute(AmountBasis basis);

    /** What is wrong with the rule as data (negative prices, a share above 1, …), each as "field: problem". */
    List<String> problems();

    /** 均等割 — the same amount for every organization. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FlatRule", description = "均等割: the same amount for every organization", requiredProperties = {"kind"},
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"FLAT"}, description = "The rule's kind"))
    record Flat(long yen) implements AmountRule {
        @Override
        public Amount compute(AmountBasis basis) {
            return Amount.of(yen, List.of("均等割 " + jpy(yen)));
        }

        @Override
        public List<String> problems() {
            return yen < 0 || yen > MAX_YEN ? List.of("yen: must be between 0 and " + MAX_YEN) : List.of();
        }
    }

    /** 世帯割 — a price per household: every household of the area (ALL) or the member households (MEMBERS). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PerHouseholdRule", description = "世帯割: households of the area (ALL) or member households (MEMBERS) × a price", requiredProperties = {"kind"},
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"PER_HOUSEHOLD"}, description = "The rule's kind"))
    record PerHousehold(BigDecimal yenPerHousehold, Households households, Rounding rounding, Long cap)
            implements AmountRule {

        public enum Households {
            ALL("世帯"), MEMBERS("加入世帯");

            final String ja;

            Households(String ja) {
                this.ja = ja;
            }
        }

        @Override
        public Amount compute(AmountBasis basis) {
            boolean all = households == Households.ALL;
            return times(all ? basis.households() : basis.memberHouseholds(), all ? "households" : "memberHouseholds",
                    households.ja, "世帯", yenPerHousehold, rounding, cap);
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>(price("yenPerHousehold", yenPerHousehold));
            if (households == null) {
                p.add("households: must be ALL or MEMBERS");
            }
            p.addAll(capAndRounding(cap, rounding));
            return p;
        }
    }

    /** 人口割 — a price per resident of the area. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PerCapitaRule", description = "人口割: residents × a price", requiredProperties = {"kind"},
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"PER_CAPITA"}, description = "The rule's kind"))
    record PerCapita(BigDecimal yenPerPerson, Rounding rounding, Long cap) implements AmountRule {
        @Override
        public Amount compute(AmountBasis basis) {
            return times(basis.population(), "population", "人口", "人", yenPerPerson, rounding, cap);
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>(price("yenPerPerson", yenPerPerson));
            p.addAll(capAndRounding(cap, rounding));
            return p;
        }
    }

    /** 補助率 — a share of the eligible cost (補助対象経費 × 1/2), with a cap (上限). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CostShareRule", description = "補助率: eligible cost × a share (0 < share ≤ 1)", requiredProperties = {"kind"},
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"COST_SHARE"}, description = "The rule's kind"))
    record CostShare(BigDecimal share, Rounding rounding, Long cap) implements AmountRule {
        @Override
        public Amount compute(AmountBasis basis) {
            if (basis.eligibleCost() == null) {
                return Amount.missing(List.of("eligibleCost"));
            }
            BigDecimal raw = share.multiply(BigDecimal.valueOf(basis.eligibleCost()));
            List<String> steps = new ArrayList<>();
            steps.add("補助対象経費 " + jpy(basis.eligibleCost()) + " × " + share.stripTrailingZeros().toPlainString()
                    + " = " + jpy(raw));
            return finish(raw, rounding, cap, steps);
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                p.add("share: must be above 0 and at most 1");
            } else if (share.stripTrailingZeros().scale() > 6) {
                p.add("share: at most 6 decimal places");
            }
            p.addAll(capAndRounding(cap, rounding));
            return p;
        }
    }

    /**
     * 単価 — a price per unit of each kind the application counts (防犯灯: 新設 / 取替 / LED化; 広報紙の配布: 部数), with a
     * cap per organization. A kind the application does not state counts 0; a stated kind without a price is refused
     * by the caller's validation ({@link #units()}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PerUnitRule", description = "単価: each kind of unit the application counts × its price (防犯灯 新設 / 取替 / LED化; 配布部数)", requiredProperties = {"kind"},
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"PER_UNIT"}, description = "The rule's kind"))
    record PerUnit(Map<String, BigDecimal> unitPrices, Map<String, String> labels, Rounding rounding, Long cap)
            implements AmountRule {

        public PerUnit {
            unitPrices = unitPrices == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unitPrices));
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        /** The kinds of unit the rule prices. */
        public java.util.Set<String> units() {
            return unitPrices.keySet();
        }

        @Override
        public Amount compute(AmountBasis basis) {
            BigDecimal raw = BigDecimal.ZERO;
            List<String> steps = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : unitPrices.entrySet()) {
                long n = basis.units().getOrDefault(e.getKey(), 0L);
                if (n == 0) {
                    continue;
                }
                BigDecimal part = e.getValue().multiply(BigDecimal.valueOf(n));
                steps.add(labels.getOrDefault(e.getKey(), e.getKey()) + " " + count(n) + " × " + jpy(e.getValue())
                        + " = " + jpy(part));
                raw = raw.add(part);
            }
            if (steps.size() != 1) {
                steps.add("計 " + jpy(raw));
            }
            return finish(raw, rounding, cap, steps);
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            if (unitPrices.isEmpty() || unitPrices.size() > 20) {
                p.add("unitPrices: between 1 and 20 kinds of unit");
            }
            unitPrices.keySet().stream().filter(k -> !k.matches("[A-Za-z][A-Za-z0-9_]{0,39}")).forEach(
                    k -> p.add("unitPrices." + k + ": a unit's key is a letter then up to 39 letters, digits or _"));
            labels.forEach((k, v) -> {
                if (!unitPrices.containsKey(k)) {
                    p.add("labels." + k + ": names no unit of unitPrices");
                } else if (v == null || v.isBlank() || v.length() > 100) {
                    p.add("labels." + k + ": 1 to 100 characters");
                }
            });
            unitPrices.forEach((k, v) -> p.addAll(price("unitPrices." + k, v)));
            p.addAll(capAndRounding(cap, rounding));
            return p;
        }
    }

    /** 組合せ — the sum of other rules' amounts (均等割 + 世帯割 …), optionally rounded and capped as a whole. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CombinedRule", description = "組合せ: the sum of other rules (not combinations), rounded and capped as a whole", requiredProperties = {"kind"},
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"COMBINED"}, description = "The rule's kind"))
    record Combined(List<AmountRule> parts, Rounding rounding, Long cap) implements AmountRule {

        public Combined {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        @Override
        public Amount compute(AmountBasis basis) {
            List<String> steps = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            long sum = 0;
            for (AmountRule part : parts) {
                Amount a = part.compute(basis);
                if (!a.computed()) {
                    missing.addAll(a.missing());
                    continue;
                }
                steps.addAll(a.steps());
                sum += a.yen();
            }
            if (!missing.isEmpty()) {
                return Amount.missing(missing.stream().distinct().toList());
            }
            steps.add("合計 " + jpy(sum));
            return finish(BigDecimal.valueOf(sum), rounding, cap, steps);
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            if (parts.isEmpty() || parts.size() > 10) {
                p.add("parts: between 1 and 10 rules");
            }
            for (int i = 0; i < parts.size(); i++) {
                AmountRule part = parts.get(i);
                if (part == null) {
                    p.add("parts[" + i + "]: must not be empty");
                    continue;
                }
                if (part instanceof Combined) {
                    p.add("parts[" + i + "]: a combination cannot hold another combination");
                    continue;
                }
                for (String q : part.problems()) {
                    p.add("parts[" + i + "]." + q);
                }
            }
            p.addAll(capAndRounding(cap, rounding));
            return p;
        }
    }

    // ---- shared steps -----------------------------------------------------------------------------------

    /**
     * A count of the basis times a price ("加入世帯 412世帯 × 300円 = 123,600円"), rounded and capped; without the count
     * (the {@code figure} the basis lacks) no amount.
     */
    private static Amount times(Long n, String figure, String label, String unit, BigDecimal price, Rounding rounding,
            Long cap) {
        if (n == null) {
            return Amount.missing(List.of(figure));
        }
        BigDecimal raw = price.multiply(BigDecimal.valueOf(n));
        List<String> steps = new ArrayList<>();
        steps.add(label + " " + count(n) + unit + " × " + jpy(price) + " = " + jpy(raw));
        return finish(raw, rounding, cap, steps);
    }

    /** Rounding (円未満切捨て by default), then the cap. */
    private static Amount finish(BigDecimal raw, Rounding rounding, Long cap, List<String> steps) {
        Rounding r = rounding == null ? Rounding.YEN_DOWN : rounding;
        long yen = r.apply(raw);
        if (raw.compareTo(BigDecimal.valueOf(yen)) != 0) {
            steps.add(r.labelJa() + " " + jpy(yen));
        }
        if (cap != null && yen > cap) {
            yen = cap;
            steps.add("上限 " + jpy(cap));
        }
        return Amount.of(yen, steps);
    }

    private static List<String> price(String field, BigDecimal v) {
        if (v == null) {
            return List.of(field + ": must not be empty");
        }
        if (v.signum() < 0 || v.compareTo(MAX_PRICE) > 0) {
            return List.of(field + ": must be between 0 and " + MAX_PRICE.toPlainString());
        }
        return v.stripTrailingZeros().scale() > 4 ? List.of(field + ": at most 4 decimal places") : List.of();
    }

    private static List<String> capAndRounding(Long cap, Rounding rounding) {
        List<String> p = new ArrayList<>();
        if (cap != null && (cap < 0 || cap > MAX_YEN)) {
            p.add("cap: must be between 0 and " + MAX_YEN);
        }
        if (rounding != null) {
            p.addAll(rounding.problems("rounding"));
        }
        return p;
    }

    /** 123,600円 (whole yen) or 52.5円. */
    static String jpy(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return jpy(s.longValueExact());
        }
        return String.format(Locale.ROOT, "%,." + s.scale() + "f円", s.setScale(s.scale(), RoundingMode.UNNECESSARY));
    }

    static String jpy(long v) {
        return String.format(Locale.ROOT, "%,d円", v);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
