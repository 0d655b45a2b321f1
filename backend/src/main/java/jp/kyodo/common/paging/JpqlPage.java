package jp.kyodo.common.paging;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.persistence.VersionedEntity;

/** One page of a JPQL query and its total, with the same filter parameters bound to both statements. */
public final class JpqlPage {

    private JpqlPage() {
    }

    public static <E> Page<E> of(EntityManager em, String countJpql, String selectJpql, Class<E> type,
            Map<String, Object> params, PageParams p) {
        var count = em.createQuery(countJpql, Long.class);
        params.forEach(count::setParameter);
        return new Page<>(rows(em, selectJpql, type, params, p.offset(), p.size), count.getSingleResult(), p.page, p.size);
    }

    /**
     * The rows of a page: {@code selectJpql} (ordered) with its limit and offset written into the statement, not
     * bound. PostgreSQL plans a bound limit as a tenth of the rows the conditions leave (10,000 of a nation's year of
     * requests), finds the generic plan dearer than a custom one and so plans the page again at every call; with the
     * numbers in the text it keeps one plan per page size. The select may name any result type (entities, or
     * {@code Object[]} rows of values).
     */
    public static <T> List<T> rows(EntityManager em, String selectJpql, Class<T> type, Map<String, Object> params,
            int offset, int limit) {
        var query = em.createQuery(selectJpql + " limit " + limit + " offset " + offset, type);
        params.forEach(query::setParameter);
        return query.getResultList();
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
        return k.page(rows(em, selectJpql, type, params, k.offset(p), k.limit(p)), total.getAsLong(), p);
    }
}
