package jp.kyodo.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kyodo.common.changes.ChangeFeed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
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
        final boolean created;

        Staged(Aggregate<E> aggregate, E entity, Object before, Long derivedBefore, boolean created) {
            this.aggregate = aggregate;
            this.entity = entity;
            this.before = before;
            this.derivedBefore = derivedBefore;
            this.created = created;
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
        return new Staged<>(a, entity, before, derivedBefore, false);
    }

    /**
     * A new record persisted now (its identity id makes Hibernate insert it at once, checking its constraints) whose
     * CREATE entry waits for {@link #finish}, with the staged updates: an import's new records are then not flushed
     * one by one (each flush checks every record the transaction holds) and their history goes in one JDBC batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase> Staged<E> stageCreate(Aggregate<E> a, E entity) {
        entity.persist();
        return new Staged<>(a, entity, null, null, true);
    }

    /**
     * Flushes the staged changes (versions move, constraints are checked) and writes an UPDATE entry for each that
     * changed something — none for a record left as it was (an unchanged PUT keeps its version and adds nothing to
     * the history or the feed) — and a CREATE entry for each staged new record, in the order staged; the entries
     * go to the database in JDBC batches ({@link AuditService#batch()}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(List<? extends Staged<?>> staged) {
        if (staged.isEmpty()) {
            return;
        }
        flush(staged.size());
        AuditService.Batch history = audit.batch();
        for (Staged<?> s : staged) {
            finishOne(s, history);
        }
        history.write();
    }

    /**
     * The CREATE entries of records a feature inserted itself in multi-row statements (many records at once, which
     * Hibernate would insert one statement each because of their identity ids), read back as entities: their history
     * and change-feed events as if {@link #stageCreate} had written them, in one batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> void insertedInBulk(Aggregate<E> a, List<E> inserted) {
        AuditService.Batch history = audit.batch();
        for (E e : inserted) {
            history.add(a.type(), a.id().applyAsLong(e), a.parentType(), parentId(a, e), AuditService.CREATE, null,
                    a.state().apply(e));
            derived(a, e);
        }
        history.write();
    }

    /** Flushes staged updates early: an import writes them before a new record that might need what they free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        em.flush();
    }

    /** Statements per JDBC batch when many staged changes are flushed at once. */
    static final int BULK_BATCH_SIZE = 1_000;

    /**
     * Flushes with JDBC batches of up to {@value #BULK_BATCH_SIZE} statements when many changes are staged (an import
     * of 10,000 rows: 10 round trips instead of 200 at the configured size), then restores the session's size.
     */
    private void flush(int staged) {
        Session session = em.unwrap(Session.class);
        Integer size = session.getJdbcBatchSize();
        boolean bulk = staged > BULK_BATCH_SIZE / 10;
        if (bulk) {
            session.setJdbcBatchSize(BULK_BATCH_SIZE);
        }
        try {
            em.flush();
        } finally {
            if (bulk) {
                session.setJdbcBatchSize(size);
            }
        }
    }

    private <E> void finishOne(Staged<E> s, AuditService.Batch history) {
        Object after = s.aggregate.state().apply(s.entity);
        if (s.created) {
            history.add(s.aggregate.type(), s.aggregate.id().applyAsLong(s.entity), s.aggregate.parentType(),
                    parentId(s.aggregate, s.entity), AuditService.CREATE, null, after);
            derived(s.aggregate, s.entity);
            return;
        }
        // the same values sent again: Hibernate wrote nothing (no version moved), so no history entry either
        if (!Objects.equals(s.before, after)) {
            history.add(s.aggregate.type(), s.aggregate.id().applyAsLong(s.entity), s.aggregate.parentType(),
                    parentId(s.aggregate, s.entity), AuditService.UPDATE, s.before, after);
            if (s.derivedBefore != null) {
                changes.derived(s.aggregate.derivedType(), s.derivedBefore);
            }
            derived(s.aggregate, s.entity);
        }
    }

    private static <E> Long parentId(Aggregate<E> a, E entity) {
        return a.parentType() == null ? null : a.parentId().apply(entity);
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
