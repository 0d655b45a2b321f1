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
 * with the membership figures it sums (districts know nothing of figures), and sorts by join rate in the
 * database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictListService {

    private static final Map<String, String> SORT_KEYS = Map.of(
            "code", "d.code", "name", "d.kana", "kana", "d.kana", "ward", "w.code",
            "joinRate", "join_rate", "households", "agg.h");

    @Inject
    EntityManager em;

    public record ListFilter(Long wardId, String q, Integer fiscalYear) {
    }

    /**
     * The district list in one statement: districts joined with the ward and the membership sums of the
     * chosen fiscal year (default: the latest year that has figures), so sorting by join rate is done by the
     * database as well.
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
        boolean sortsByFigures = order.contains("join_rate") || order.contains("agg.");
        Query c = em.createNativeQuery("select count(*) from district d" + where);
        params.forEach(c::setParameter);
        long total = ((Number) c.getSingleResult()).longValue();
        List<DistrictSummary> items = sortsByFigures ? pageSortedByFigures(where, order, params, fy, p)
                : pageThenFigures(where, order, params, fy, k.offset(p), k.limit(p));
        return k.page(items, total, p, DistrictSummary::updatedAt, DistrictSummary::id);
    }

    /** Sorting by a figure: the database sums every district of the year, then sorts and pages. */
    private List<DistrictSummary> pageSortedByFigures(StringBuilder where, String order, Map<String, Object> params,
            Integer fy, PageParams p) {
        Query q = em.createNativeQuery("select d.id, d.code, d.name, d.kana, w.id as ward_id, w.name as ward_name,"
                + " d.created_at, d.updated_at, agg.n, agg.h, agg.mh, case when agg.h > 0 then cast(agg.mh as decimal(18,6)) / agg.h end as join_rate"
                + " from district d join ward w on w.id = d.ward_id"
                + " left join (select o.district_id as district_id, count(*) as n, sum(m.households) as h,"
                + " sum(m.member_households) as mh from membership_figure m join organization o on o.id = m.organization_id"
                + " where m.fiscal_year = :fy group by o.district_id) agg on agg.district_id = d.id" + where + order);
        params.forEach(q::setParameter);
        q.setParameter("fy", fy == null ? -1 : fy);
        q.setFirstResult(p.offset()).setMaxResults(p.size);
        List<DistrictSummary> items = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(summary(r, fy, r[8], r[9], r[10]));
        }
        return items;
    }

    /** Any other sort: page the districts first, then sum the figures of just that page (index lookups). */
    private List<DistrictSummary> pageThenFigures(StringBuilder where, String order, Map<String, Object> params,
            Integer fy, int offset, int limit) {
        Query q = em.createNativeQuery("select d.id, d.code, d.name, d.kana, w.id as ward_id, w.name as ward_name,"
                + " d.created_at, d.updated_at from district d join ward w on w.id = d.ward_id" + where + order);
        params.forEach(q::setParameter);
        q.setFirstResult(offset).setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<Long, Object[]> sums = new HashMap<>();
        if (!rows.isEmpty() && fy != null) {
            List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            for (Object[] a : em.createQuery("select o.district.id, count(m), sum(m.households), sum(m.memberHouseholds)"
                    + " from MembershipFigure m join m.organization o where m.fiscalYear = :fy and o.district.id in :ids"
                    + " group by o.district.id", Object[].class)
                    .setParameter("fy", fy).setParameter("ids", ids).getResultList()) {
                sums.put((Long) a[0], a);
            }
        }
        List<DistrictSummary> items = new ArrayList<>();
        for (Object[] r : rows) {
            Object[] a = sums.get(((Number) r[0]).longValue());
            items.add(summary(r, fy, a == null ? null : a[1], a == null ? null : a[2], a == null ? null : a[3]));
        }
        return items;
    }

    private static DistrictSummary summary(Object[] r, Integer fy, Object n, Object h, Object mh) {
        Long households = h == null ? null : ((Number) h).longValue();
        Long members = mh == null ? null : ((Number) mh).longValue();
        return new DistrictSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], fy, n == null ? 0 : ((Number) n).longValue(), households,
                members, JoinRate.of(members, households), Rows.utc(r[6]), Rows.utc(r[7]));
    }

    public Integer latestFiscalYear() {
        return em.createQuery("select max(m.fiscalYear) from MembershipFigure m", Integer.class).getSingleResult();
    }

}
