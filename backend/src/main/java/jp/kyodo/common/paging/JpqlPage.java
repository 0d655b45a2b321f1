package jp.kyodo.common.paging;

import jakarta.persistence.EntityManager;
import java.util.Map;
import jp.kyodo.common.persistence.VersionedEntity;

/** One page of a JPQL query and its total, with the same filter parameters bound to both statements. */
public final class JpqlPage {

    private JpqlPage() {
    }

    public static <E> Page<E> of(EntityManager em, String countJpql, String selectJpql, Class<E> type,
            Map<String, Object> params, PageParams p) {
        var count = em.createQuery(countJpql, Long.class);
        var query = em.createQuery(selectJpql, type);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(p.offset()).setMaxResults(p.size).getResultList(),
                count.getSingleResult(), p.page, p.size);
    }

    /**
     * One page of a list that may be read by keyset: both statements already hold {@link Keyset#restrict}'s
     * conditions and the select {@link Keyset#orderBy}'s order; the page carries the next cursor.
     */
    public static <E extends VersionedEntity> Page<E> of(EntityManager em, String countJpql, String selectJpql,
            Class<E> type, Map<String, Object> params, PageParams p, Keyset k) {
        var count = em.createQuery(countJpql, Long.class);
        params.forEach(count::setParameter);
        return of(em, count::getSingleResult, selectJpql, type, params, p, k);
    }

    /** As above, with the total from elsewhere (kept figures) instead of a count statement. */
    public static <E extends VersionedEntity> Page<E> of(EntityManager em, java.util.function.LongSupplier total,
            String selectJpql, Class<E> type, Map<String, Object> params, PageParams p, Keyset k) {
        var query = em.createQuery(selectJpql, type);
        params.forEach(query::setParameter);
        return k.page(query.setFirstResult(k.offset(p)).setMaxResults(k.limit(p)).getResultList(),
                total.getAsLong(), p);
    }
}
