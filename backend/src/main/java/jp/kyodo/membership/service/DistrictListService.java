package jp.kyodo.membership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.district.DistrictDtos.DistrictSummary;
import jp.kyodo.membership.JoinRate;

/**
 * 校区の一覧 — the district list with each district's membership sums and join rate of a fiscal year. It lives
 * with the membership figures (districts know nothing of figures) and reads the kept district totals of the year
 * ({@link MembershipTotals}): one row per district, so sorting by join rate is a sort of the year's districts in the
 * database, never a sum over the figures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictListService {

    /** The join rate as the database compares it (the sort key; the rate shown is {@link JoinRate#of}). */
    static final String RATE = "case when t.households > 0 then cast(t.member_households as decimal(18,6)) / t.households end";

    private static final Map<String, String> SORT_KEYS = Map.of(
            "code", "d.code", "name", "d.kana", "kana", "d.kana", "ward", "w.code",
            "joinRate", "join_rate", "households", "t.households");

    @Inject
    EntityManager em;

    public record ListFilter(Long wardId, String q, Integer fiscalYear) {
    }

    /**
     * The district list in one statement: districts joined with the ward and the kept totals of the chosen fiscal
     * year (default: the latest year that has figures), sorted and paged by the database.
     */
    public Page<DistrictSummary> list(ListFilter f, PageParams p, Keyset k) {
        Integer fy = f.fiscalYear() != null ? f.fiscalYear() : latestFiscalYear();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.wardId() != null) {
            where.append(" and d.ward_id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and d.search_key like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "d.updated_at", "d.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SORT_KEYS, "code", "d.id"), "d.updated_at", "d.id");
        Query c = em.createNativeQuery("select count(*) from district d" + where);
        params.forEach(c::setParameter);
        long total = ((Number) c.getSingleResult()).longValue();
        Query q = em.createNativeQuery("select d.id, d.code, d.name, d.kana, w.id as ward_id, w.name as ward_name,"
                + " d.created_at, d.updated_at, t.figures, t.households, t.member_households, " + RATE + " as join_rate"
                + " from district d join ward w on w.id = d.ward_id"
                + " left join membership_total_district t on t.district_id = d.id and t.fiscal_year = :fy" + where + order);
        params.forEach(q::setParameter);
        q.setParameter("fy", fy == null ? -1 : fy);
        q.setFirstResult(k.offset(p)).setMaxResults(k.limit(p));
        List<DistrictSummary> items = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(summary(r, fy, r[8], r[9], r[10]));
        }
        return k.page(items, total, p, DistrictSummary::updatedAt, DistrictSummary::id);
    }

    private static DistrictSummary summary(Object[] r, Integer fy, Object n, Object h, Object mh) {
        Long households = h == null ? null : ((Number) h).longValue();
        Long members = mh == null ? null : ((Number) mh).longValue();
        return new DistrictSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], fy, n == null ? 0 : ((Number) n).longValue(), households,
                members, JoinRate.of(members, households), Rows.utc(r[6]), Rows.utc(r[7]));
    }

    /** The latest fiscal year with figures (of any organization): the last row of the small kept city table. */
    public Integer latestFiscalYear() {
        Number latest = (Number) em.createNativeQuery("select max(fiscal_year) from membership_total_city").getSingleResult();
        return latest == null ? null : latest.intValue();
    }

    /** The latest fiscal year with figures not after {@code fiscalYear}, or null. */
    public Integer latestFiscalYearUpTo(int fiscalYear) {
        Number latest = (Number) em.createNativeQuery("select max(fiscal_year) from membership_total_city where fiscal_year <= :fy")
                .setParameter("fy", fiscalYear).getSingleResult();
        return latest == null ? null : latest.intValue();
    }
}
