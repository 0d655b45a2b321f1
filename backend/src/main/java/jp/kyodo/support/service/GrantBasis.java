package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.support.amount.AmountBasis;

/**
 * The registry's figures an amount is computed from, read for many organizations at once (three statements, whatever
 * their number): an organization's households and member households are its own membership figure (加入世帯数) of the
 * program's figures year; a district council (DISTRICT_COUNCIL), which keeps no figure of its own, takes its district's
 * sums (the kept join-rate sums, which 加入率 divides by) and the district's population from the resident registry's
 * statistics.
 */
@ApplicationScoped
public class GrantBasis {

    /** The kind whose households are its district's sums. */
    public static final String DISTRICT_COUNCIL = "DISTRICT_COUNCIL";

    @Inject
    EntityManager em;

    /** One organization as the basis needs it. */
    public record Org(long id, String kindCode, Long districtId) {
    }

    /** The figures of one organization (null where the registry has none). */
    public record Figures(Long households, Long memberHouseholds, Long population) {
        public AmountBasis basis() {
            return AmountBasis.of().withHouseholds(households, memberHouseholds).withPopulation(population);
        }
    }

    /** The figures of each organization for the fiscal year, by organization id. */
    public Map<Long, Figures> read(Collection<Org> orgs, int fiscalYear) {
        Map<Long, Figures> out = new HashMap<>();
        if (orgs.isEmpty()) {
            return out;
        }
        List<Long> ids = orgs.stream().map(Org::id).toList();
        Map<Long, long[]> own = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Object[] r : em.createQuery("select m.organization.id, m.households, m.memberHouseholds from MembershipFigure m "
                    + "where m.fiscalYear = :fy and m.organization.id in :ids", Object[].class)
                    .setParameter("fy", fiscalYear).setParameter("ids", chunk).getResultList()) {
                own.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
            }
        }
        boolean councils = orgs.stream().anyMatch(o -> DISTRICT_COUNCIL.equals(o.kindCode()) && o.districtId() != null);
        Map<Long, long[]> sums = new HashMap<>();
        Map<Long, Long> people = new HashMap<>();
        if (councils) {
            for (Object row : em.createNativeQuery("select district_id, households, member_households from membership_total_district "
                    + "where fiscal_year = ?1").setParameter(1, fiscalYear).getResultList()) {
                Object[] r = (Object[]) row;
                sums.put(((Number) r[0]).longValue(), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
            }
            for (Object[] r : em.createQuery("select s.district.id, s.population from DistrictStatistics s where s.fiscalYear = :fy",
                    Object[].class).setParameter("fy", fiscalYear).getResultList()) {
                people.put((Long) r[0], ((Number) r[1]).longValue());
            }
        }
        for (Org o : orgs) {
            long[] f = own.get(o.id());
            Long population = null;
            if (f == null && DISTRICT_COUNCIL.equals(o.kindCode()) && o.districtId() != null) {
                f = sums.get(o.districtId());
            }
            if (DISTRICT_COUNCIL.equals(o.kindCode()) && o.districtId() != null) {
                population = people.get(o.districtId());
            }
            out.put(o.id(), new Figures(f == null ? null : f[0], f == null ? null : f[1], population));
        }
        return out;
    }
}
