package jp.kyodo.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kyodo.common.changes.ChangeFeed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.web.Versions;

/**
 * The one write path for versioned records: version check (If-Match) → state before → change → flush (the
 * version moves, constraints are checked) → history entry, all inside the caller's transaction. Services and
 * importers call this instead of repeating the steps, so the two paths cannot drift.
 */
@ApplicationScoped
public class Writes {

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed changes;

    /** Persists a new record and writes its CREATE entry; returns the entity (with its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase> E create(Aggregate<E> a, E entity) {
        entity.persist();
        em.flush();
        record(a, entity, AuditService.CREATE, null, a.state().apply(entity));
        derived(a, entity);
        return entity;
    }

    /**
     * Applies {@code change} to a stored record after checking {@code ifMatch} against its version (428 when
     * missing, 412 with the current representation when stale) and writes the UPDATE entry — none when the change
     * left the record as it was (an unchanged PUT keeps its version and adds nothing to the history or the feed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E update(Aggregate<E> a, E entity, String ifMatch, Consumer<E> change) {
        Versions.check(ifMatch, a.version().applyAsLong(entity), () -> a.representation().apply(entity));
        return update(a, entity, change);
    }

    /**
     * Applies {@code change} to a stored record without an If-Match check — for changes whose version was
     * checked elsewhere (a batch with its own precondition, an import row) — and writes the UPDATE entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> E update(Aggregate<E> a, E entity, Consumer<E> change) {
        finish(List.of(stage(a, entity, change)));
        return entity;
    }

    /** A change applied to a managed record but not yet flushed: its state before, for the history. */
    public static final class Staged<E> {
        final Aggregate<E> aggregate;
        final E entity;
        final Object before;
        final Long derivedBefore;

        Staged(Aggregate<E> aggregate, E entity, Object before, Long derivedBefore) {
            this.aggregate = aggregate;
            this.entity = entity;
            this.before = before;
            this.derivedBefore = derivedBefore;
        }
    }

    /**
     * The first half of {@link #update(Aggregate, Object, Consumer)}: notes the state before and applies the change,
     * without flushing. Many staged changes are then written by one {@link #finish} — one flush, so Hibernate sends
     * the updates in JDBC batches and checks the persistence context once, not once per row (an import of 10,000
     * rows).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> Staged<E> stage(Aggregate<E> a, E entity, Consumer<E> change) {
        Object before = a.state().apply(entity);
        Long derivedBefore = a.derivedType() == null ? null : a.derivedId().apply(entity);
        change.accept(entity);
        return new Staged<>(a, entity, before, derivedBefore);
    }

    /**
     * Flushes the staged changes (versions move, constraints are checked) and writes an UPDATE entry for each that
     * changed something — none for a record left as it was (an unchanged PUT keeps its version and adds nothing to
     * the history or the feed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(List<? extends Staged<?>> staged) {
        if (staged.isEmpty()) {
            return;
        }
        em.flush();
        for (Staged<?> s : staged) {
            finishOne(s);
        }
    }

    private <E> void finishOne(Staged<E> s) {
        Object after = s.aggregate.state().apply(s.entity);
        // the same values sent again: Hibernate wrote nothing (no version moved), so no history entry either
        if (!Objects.equals(s.before, after)) {
            record(s.aggregate, s.entity, AuditService.UPDATE, s.before, after);
            if (s.derivedBefore != null) {
                changes.derived(s.aggregate.derivedType(), s.derivedBefore);
            }
            derived(s.aggregate, s.entity);
        }
    }

    /** Deletes a stored record after checking {@code ifMatch} and writes the DELETE entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase> void delete(Aggregate<E> a, E entity, String ifMatch) {
        Versions.check(ifMatch, a.version().applyAsLong(entity), () -> a.representation().apply(entity));
        delete(a, entity);
    }

    /** Deletes a stored record (its version checked elsewhere, or none) and writes the DELETE entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase> void delete(Aggregate<E> a, E entity) {
        Object before = a.state().apply(entity);
        long id = a.id().applyAsLong(entity);
        Long parent = a.parentType() == null ? null : a.parentId().apply(entity);
        derived(a, entity);
        entity.delete();
        em.flush();
        audit.record(a.type(), id, a.parentType(), parent, AuditService.DELETE, before, null);
    }

    /** The derived figure the record's current state moves, reported once per transaction. */
    private <E> void derived(Aggregate<E> a, E entity) {
        Long id = a.derivedType() == null ? null : a.derivedId().apply(entity);
        if (id != null) {
            changes.derived(a.derivedType(), id);
        }
    }

    private <E> void record(Aggregate<E> a, E entity, String action, Object before, Object after) {
        Long parent = a.parentType() == null ? null : a.parentId().apply(entity);
        audit.record(a.type(), a.id().applyAsLong(entity), a.parentType(), parent, action, before, after);
    }
}
