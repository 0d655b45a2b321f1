package jp.kyodo.common.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record with a generated id and an optimistic-lock {@code version} column: the version is what its
 * representation's ETag carries and what {@link Writes} checks against If-Match.
 */
@MappedSuperclass
public abstract class VersionedEntity extends IdentityEntity {

    @Version
    public long version;
}
