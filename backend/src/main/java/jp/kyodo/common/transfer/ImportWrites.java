package jp.kyodo.common.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.transfer.Importer.Planned;

/**
 * Saves a plan whose rows are one record each through the record kind's one write path: a row that changes
 * something updates its stored record or creates a new one with {@link Writes} and the kind's {@link Aggregate}
 * (the API's), so that its history reads as an edit through the API.
 */
public final class ImportWrites {

    private ImportWrites() {
    }

    /**
     * @param stored the record a row's state names, or null for a new one
     * @param create a new record for a row's state (its key set), before {@code fill}
     * @param fill   copies a row's state onto a record
     */
    public static <S, E extends PanacheEntityBase> void apply(Writes writes, Aggregate<E> records,
            List<Planned<S>> plan, Function<S, E> stored, Function<S, E> create, BiConsumer<E, S> fill) {
        // every change is staged and written by one finish: updates in JDBC batches by one flush, new records
        // inserted as they come (identity ids) without a flush each, all history entries in JDBC batches. Order is
        // kept: staged updates are flushed before a new record, so it never meets a constraint an earlier row was
        // about to free.
        List<Writes.Staged<E>> staged = new ArrayList<>();
        boolean unflushed = false;
        for (Planned<S> p : plan) {
            if (!p.changes()) {
                continue;
            }
            S s = p.state();
            E existing = stored.apply(s);
            if (existing != null) {
                staged.add(writes.stage(records, existing, e -> fill.accept(e, s)));
                unflushed = true;
            } else {
                if (unflushed) {
                    writes.flush();
                    unflushed = false;
                }
                E e = create.apply(s);
                fill.accept(e, s);
                staged.add(writes.stageCreate(records, e));
            }
        }
        writes.finish(staged);
    }
}
