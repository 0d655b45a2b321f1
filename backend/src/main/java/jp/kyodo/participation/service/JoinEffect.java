package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.participation.JoinPromotionDtos.Comparison;
import jp.kyodo.participation.JoinPromotionDtos.DistrictEffect;
import jp.kyodo.participation.JoinPromotionDtos.EffectResponse;
import jp.kyodo.participation.JoinPromotionDtos.WardEffect;

/**
 * 加入促進の効果 — for a fiscal year, each district's join rate against the year before (from the kept membership
 * totals) beside the measures taken there (new buildings notified, units reached and joined, associations approved),
 * each ward's leaflets and welcome packs beside its rate, and for each district measure the mean change of the rate
 * where it was taken and where it was not, with a 95% interval (t distribution). Few districts take a measure in a
 * year, so the interval is wide and stated; with fewer than three districts on a side there is no interval and no
 * conclusion, and even separated intervals show association, not cause. Six grouped statements, whatever the number
 * of districts.
 */
@ApplicationScoped
public class JoinEffect {

    public static final String BUILDINGS_JOINED = "BUILDINGS_JOINED";
    public static final String INCORPORATION = "INCORPORATION";
    static final int MIN_GROUP = 3;

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public EffectResponse effect(int fy, Long wardId) {
        int base = fy - 1;
        String wardWhere = wardId == null ? "" : " and d.ward_id = :ward";
        // district → {name, ward name, households & members before, after}
        Map<Long, Object[]> districts = new LinkedHashMap<>();
        var q = inWard(em.createNativeQuery("select d.id, d.name, w.name, b.households, b.member_households, a.households, a.member_households"
                + " from district d left join ward w on w.id = d.ward_id"
                + " left join membership_total_district b on b.district_id = d.id and b.fiscal_year = :base"
                + " left join membership_total_district a on a.district_id = d.id and a.fiscal_year = :fy"
                + " where 1 = 1" + wardWhere + " order by d.kana, d.id").setParameter("base", base).setParameter("fy", fy), wardId);
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            districts.put(Rows.num(r[0]).longValue(), r);
        }
        // buildings notified in the year and their units reached; units joined in the year (by the outcome's day, whatever
        // year the notice was: a building notified in 2024 whose residents join in 2026 moves 2026's rate)
        Map<Long, int[]> buildings = new HashMap<>();
        var bq = inWard(em.createNativeQuery("select b.district_id, count(*), sum(case when b.contact_count > 0 then b.units else 0 end)"
                + " from new_building b join district d on d.id = b.district_id where b.notice_on between :from and :to"
                + wardWhere + " group by b.district_id").setParameter("from", Japanese.fiscalYearStart(fy))
                .setParameter("to", Japanese.fiscalYearEnd(fy)), wardId);
        for (Object[] r : (List<Object[]>) bq.getResultList()) {
            buildings.put(Rows.num(r[0]).longValue(), new int[] {Rows.num(r[1]).intValue(), Rows.num(r[2]).intValue(), 0});
        }
        var jq = inWard(em.createNativeQuery("select b.district_id, sum(b.joined_units) from new_building b join district d on d.id = b.district_id"
                + " where b.outcome in ('BLOCK_JOIN', 'INDIVIDUAL', 'NEW_ASSOCIATION') and b.outcome_on between :from and :to" + wardWhere
                + " group by b.district_id").setParameter("from", Japanese.fiscalYearStart(fy)).setParameter("to", Japanese.fiscalYearEnd(fy)), wardId);
        for (Object[] r : (List<Object[]>) jq.getResultList()) {
            buildings.computeIfAbsent(Rows.num(r[0]).longValue(), k -> new int[3])[2] = Rows.num(r[1]).intValue();
        }
        Map<Long, Integer> approved = new HashMap<>();
        var iq = inWard(em.createNativeQuery("select o.district_id, count(*) from incorporation_case c join organization o on o.id = c.organization_id"
                + " join district d on d.id = o.district_id where c.stage = 'APPROVED' and c.approved_on between :from and :to" + wardWhere
                + " group by o.district_id").setParameter("from", Japanese.fiscalYearStart(fy)).setParameter("to", Japanese.fiscalYearEnd(fy)), wardId);
        for (Object[] r : (List<Object[]>) iq.getResultList()) {
            approved.put(Rows.num(r[0]).longValue(), Rows.num(r[1]).intValue());
        }
        List<DistrictEffect> rows = new ArrayList<>();
        for (Object[] r : districts.values()) {
            long id = Rows.num(r[0]).longValue();
            BigDecimal before = rate(r[3], r[4]);
            BigDecimal after = rate(r[5], r[6]);
            int[] b = buildings.getOrDefault(id, new int[3]);
            rows.add(new DistrictEffect(id, (String) r[1], (String) r[2], before, after,
                    before == null || after == null ? null : after.subtract(before), b[0], b[1], b[2], approved.getOrDefault(id, 0)));
        }
        List<Comparison> comparisons = List.of(compare(BUILDINGS_JOINED, rows, d -> d.unitsJoined() > 0),
                compare(INCORPORATION, rows, d -> d.incorporations() > 0));

        Map<Long, WardEffect> wards = new LinkedHashMap<>();
        var wq = inWard(em.createNativeQuery("select w.id, w.name, b.households, b.member_households, a.households, a.member_households,"
                + " (select coalesce(sum(l.copies), 0) from leaflet_distribution l where l.ward_id = w.id and l.fiscal_year = :fy and l.kind = 'LEAFLET'),"
                + " (select coalesce(sum(l.copies), 0) from leaflet_distribution l where l.ward_id = w.id and l.fiscal_year = :fy and l.kind = 'WELCOME_PACK')"
                + " from ward w left join membership_total_ward b on b.ward_id = w.id and b.fiscal_year = :base"
                + " left join membership_total_ward a on a.ward_id = w.id and a.fiscal_year = :fy"
                + (wardId == null ? "" : " where w.id = :ward") + " order by w.code, w.id").setParameter("fy", fy).setParameter("base", base), wardId);
        for (Object[] r : (List<Object[]>) wq.getResultList()) {
            wards.put(Rows.num(r[0]).longValue(), new WardEffect(Rows.num(r[0]).longValue(), (String) r[1], Rows.num(r[6]).longValue(),
                    Rows.num(r[7]).longValue(), rate(r[2], r[3]), rate(r[4], r[5])));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        var oq = inWard(em.createNativeQuery("select b.outcome, count(*) from new_building b join district d on d.id = b.district_id"
                + " where b.notice_on between :from and :to" + wardWhere + " group by b.outcome")
                .setParameter("from", Japanese.fiscalYearStart(fy)).setParameter("to", Japanese.fiscalYearEnd(fy)), wardId);
        for (Object[] r : (List<Object[]>) oq.getResultList()) {
            outcomes.put((String) r[0], Rows.num(r[1]).intValue());
        }
        var aq = inWard(em.createNativeQuery("select count(*) from join_agreement a where a.concluded_on <= :end"
                + " and (a.ends_on is null or a.ends_on >= :end)" + (wardId == null ? "" : " and (a.ward_id is null or a.ward_id = :ward)"))
                .setParameter("end", Japanese.fiscalYearEnd(fy)), wardId);
        long agreements = ((Number) aq.getSingleResult()).longValue();
        return new EffectResponse(fy, base, rows, comparisons, new ArrayList<>(wards.values()), outcomes, (int) agreements);
    }

    /** Binds :ward when the effect is asked for one ward (the statement then names it). */
    static jakarta.persistence.Query inWard(jakarta.persistence.Query q, Long wardId) {
        return wardId == null ? q : q.setParameter("ward", wardId);
    }

    /** 加入率 in %, one decimal; null without households. */
    static BigDecimal rate(Object households, Object members) {
        if (households == null || members == null || Rows.num(households).longValue() == 0) {
            return null;
        }
        return BigDecimal.valueOf(Rows.num(members).longValue() * 100.0 / Rows.num(households).longValue()).setScale(1, RoundingMode.HALF_UP);
    }

    static Comparison compare(String measure, List<DistrictEffect> rows, Predicate<DistrictEffect> with) {
        List<Double> yes = new ArrayList<>();
        List<Double> no = new ArrayList<>();
        for (DistrictEffect d : rows) {
            if (d.change() != null) {
                (with.test(d) ? yes : no).add(d.change().doubleValue());
            }
        }
        double[] a = stats(yes);
        double[] b = stats(no);
        boolean enough = yes.size() >= MIN_GROUP && no.size() >= MIN_GROUP;
        List<BigDecimal> ia = interval(a, yes.size());
        List<BigDecimal> ib = interval(b, no.size());
        boolean separated = enough && ia != null && ib != null
                && (ia.get(0).compareTo(ib.get(1)) > 0 || ib.get(0).compareTo(ia.get(1)) > 0);
        BigDecimal ma = yes.isEmpty() ? null : round(a[0]);
        BigDecimal mb = no.isEmpty() ? null : round(b[0]);
        return new Comparison(measure, yes.size(), ma, ia, no.size(), mb, ib, ma == null || mb == null ? null : ma.subtract(mb),
                enough, separated);
    }

    /** {mean, sample standard deviation}. */
    static double[] stats(List<Double> xs) {
        if (xs.isEmpty()) {
            return new double[] {0, 0};
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return new double[] {mean, xs.size() > 1 ? Math.sqrt(ss / (xs.size() - 1)) : 0};
    }

    static List<BigDecimal> interval(double[] s, int n) {
        if (n < MIN_GROUP) {
            return null;
        }
        double half = t95(n - 1) * s[1] / Math.sqrt(n);
        return List.of(round(s[0] - half), round(s[0] + half));
    }

    /** The two-sided 95% point of Student's t with {@code df} degrees of freedom. */
    static double t95(int df) {
        double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
            2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
        if (df <= table.length) {
            return table[df - 1];
        }
        // above 30: the Cornish–Fisher expansion around the normal quantile (within 1e-4 of the exact value from 30 up;
        // 31 → 2.0395, 40 → 2.0211, 120 → 1.9799), never the wider bracket's smaller value
        double z = 1.959963984540054;
        double d = df;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        double z9 = z7 * z * z;
        return z + (z3 + z) / (4 * d) + (5 * z5 + 16 * z3 + 3 * z) / (96 * d * d)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * d * d * d)
                + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * d * d * d * d);
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
