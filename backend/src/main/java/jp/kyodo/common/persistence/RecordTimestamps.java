package jp.kyodo.common.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Sets {@link VersionedEntity#createdAt} and {@link VersionedEntity#updatedAt} from the application's {@link Clock}
 * (the injected one, so tests move it) on every write — the API, imports, demo and seed data alike, because all of
 * them go through Hibernate. {@code @PreUpdate} fires only when Hibernate writes the row (the entity or one of its
 * owned collections is dirty), so an unchanged PUT keeps its {@code updatedAt} as it keeps its version.
 *
 * <p>Times are kept in UTC and to the microsecond, as the database keeps them, so a representation sent right after
 * a write equals the one read later, and a cursor built from it compares exactly. A change always moves
 * {@code updatedAt} forward, at least by a microsecond (the clock may stand still in tests, or two changes may fall
 * in one microsecond): a client paging by {@code (updatedAt, id)} then meets a changed record again, after its
 * cursor.
 */
public class RecordTimestamps {

    @PrePersist
    void created(VersionedEntity e) {
        OffsetDateTime now = now();
        // demo data may date a record back (a request of an earlier fiscal year); everything else takes the clock
        if (e.createdAt == null) {
            e.createdAt = now;
        }
        if (e.updatedAt == null) {
            e.updatedAt = e.createdAt;
        }
    }

    @PreUpdate
    void updated(VersionedEntity e) {
        e.updatedAt = later(now(), e.updatedAt);
    }

    /** {@code now}, or a microsecond after {@code previous} when the clock has not passed it. */
    static OffsetDateTime later(OffsetDateTime now, OffsetDateTime previous) {
        if (previous != null && !now.isAfter(previous)) {
            return previous.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
        }
        return now;
    }

    static OffsetDateTime now() {
        Clock clock = Arc.container().instance(Clock.class).get();
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
