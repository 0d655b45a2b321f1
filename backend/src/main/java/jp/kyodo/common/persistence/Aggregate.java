package jp.kyodo.common.persistence;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How one kind of record is versioned and audited — the one description that {@link Writes} needs to create,
 * update and delete it with its history, whether the change comes from the API or from an import.
 *
 * @param type           the audit trail's entity type (e.g. {@code "Organization"})
 * @param id             the record's id
 * @param version        the record's optimistic-lock version (what {@code ETag} carries)
 * @param state          what the history stores before and after a change (no lazy entities, only values)
 * @param representation what a 412 answer carries as the current record (usually the API's response record)
 * @param parentType     the parent's audit type, so the change also shows in the parent's history; or null
 * @param parentId       the parent's id (only with a parent type)
 * @param derivedType    a figure kept elsewhere that a change of this record moves (the change feed reports it as
 *                       an event of its own, e.g. {@code "JoinRate"} of a district); or null
 * @param derivedId      the id that figure is reported under for a record's state (null: none), asked before and
 *                       after a change
 * @param <E>            the entity
 */
public record Aggregate<E>(String type, ToLongFunction<E> id, ToLongFunction<E> version, Function<E, ?> state,
        Function<E, ?> representation, String parentType, Function<E, Long> parentId, String derivedType,
        Function<E, Long> derivedId) {

    /** A record whose history and 412 answers both use {@code view}, without a parent. */
    public static <E> Aggregate<E> of(String type, ToLongFunction<E> id, ToLongFunction<E> version,
            Function<E, ?> view) {
        return new Aggregate<>(type, id, version, view, view, null, e -> null, null, e -> null);
    }

    /** The same record, whose changes also appear in the history of its parent. */
    public Aggregate<E> withParent(String parentType, Function<E, Long> parentId) {
        return new Aggregate<>(type, id, version, state, representation, parentType, parentId, derivedType, derivedId);
    }

    /** The same record, whose changes also move a derived figure (reported in the change feed as {@code type}). */
    public Aggregate<E> withDerived(String derivedType, Function<E, Long> derivedId) {
        return new Aggregate<>(type, id, version, state, representation, parentType, parentId, derivedType, derivedId);
    }

    /** The same record, whose 412 answers carry another representation (the view the caller edited). */
    public Aggregate<E> withRepresentation(Function<E, ?> view) {
        return new Aggregate<>(type, id, version, state, view, parentType, parentId, derivedType, derivedId);
    }

    /** The same record, with a history state other than the 412 representation. */
    public Aggregate<E> withState(Function<E, ?> historyState) {
        return new Aggregate<>(type, id, version, historyState, representation, parentType, parentId, derivedType,
                derivedId);
    }
}
