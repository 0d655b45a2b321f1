package jp.kyodo.common.persistence;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A record with a generated id, an optimistic-lock {@code version} column and the times it was created and last
 * changed: the version is what its representation's ETag carries and what {@link Writes} checks against If-Match;
 * {@code updatedAt} is what lists filter by ({@code updatedSince}) and page by (the sync cursor).
 * {@link RecordTimestamps} sets both from the application's clock on every write path.
 */
@MappedSuperclass
@EntityListeners(RecordTimestamps.class)
public abstract class VersionedEntity extends IdentityEntity {

    @Version
    public long version;

    /** When the record was created; set once, on insert. */
    public OffsetDateTime createdAt;

    /** When the record last changed: set on insert and on every update that writes the row (never by an unchanged PUT). */
    public OffsetDateTime updatedAt;

    /**
     * Marks the record as changed when none of its own columns did — a child entity it owns changed (an activity's
     * follow-up) — so the row is written: its version and {@code updatedAt} move as for any other change.
     */
    public void touch() {
        updatedAt = RecordTimestamps.later(RecordTimestamps.now(), updatedAt);
    }
}
