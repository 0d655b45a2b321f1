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
        // updates are staged and flushed together (JDBC batches, one dirty check), in order: pending updates are
        // written before each new record, so a new record never meets a constraint an earlier row was about to free
        List<Writes.Staged<E>> pending = new ArrayList<>();
        for (Planned<S> p : plan) {
            if (!p.changes()) {
                continue;
            }
            S s = p.state();
            E existing = stored.apply(s);
            if (existing != null) {
                pending.add(writes.stage(records, existing, e -> fill.accept(e, s)));
            } else {
                writes.finish(pending);
                pending.clear();
                E e = create.apply(s);
                fill.accept(e, s);
                writes.create(records, e);
            }
        }
        writes.finish(pending);
    }
}
