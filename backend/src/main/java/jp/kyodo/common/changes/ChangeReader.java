package jp.kyodo.common.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.changes.ChangeDtos.Change;
import jp.kyodo.common.changes.ChangeDtos.ChangePage;
import jp.kyodo.common.persistence.Rows;

/** Reads the feed: one indexed range query per page ({@code seq > ?}, with or without the types). */
@ApplicationScoped
public class ChangeReader {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage after(long after, List<ChangeType> types, int limit) {
        boolean filtered = types != null && !types.isEmpty();
        String sql = "select seq, entity_type, entity_id, action, occurred_at from change_event where seq > ?1"
                + (filtered ? " and entity_type in (?3)" : "") + " order by seq limit ?2";
        var q = em.createNativeQuery(sql).setParameter(1, after).setParameter(2, limit + 1);
        if (filtered) {
            q.setParameter(3, types.stream().map(Enum::name).distinct().toList());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean more = rows.size() > limit;
        List<Change> items = new ArrayList<>(Math.min(rows.size(), limit));
        long last = after;
        for (Object[] r : rows.subList(0, Math.min(rows.size(), limit))) {
            last = ((Number) r[0]).longValue();
            items.add(new Change(Cursor.of(last), ChangeType.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                    (String) r[3], Rows.utc(r[4])));
        }
        return new ChangePage(items, Cursor.of(last), more);
    }
}
