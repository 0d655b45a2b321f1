package jp.kyodo.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.text.TextNormalizer;

/**
 * The where clause of a filtered JPQL query: each filter adds its condition and parameter only when its value is
 * present, so a query reads as the list of its filters.
 */
public final class JpqlWhere {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** {@code and condition} with {@code :param} bound to the value, unless the value is null. */
    public JpqlWhere and(String condition, String param, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** {@code and condition} with {@code :param} bound to "contains the folded text" (a like pattern), unless null. */
    public JpqlWhere andContains(String condition, String param, String text) {
        return and(condition, param, text == null ? null : TextNormalizer.likeContains(text));
    }

    /** The rows of {@code select + where + orderBy}. */
    public <T> List<T> list(EntityManager em, String select, String orderBy, Class<T> type) {
        TypedQuery<T> q = em.createQuery(select + where + orderBy, type);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
