package jp.kyodo.common.changes;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The change feed's representations. */
public final class ChangeDtos {

    private ChangeDtos() {
    }

    @Schema(name = "Change", description = "One change of one record")
    public record Change(
            @Schema(description = "The cursor just after this event", examples = "c2s") String cursor,
            @Schema(description = "The kind of record", examples = "DISTRICT") ChangeType type,
            @Schema(description = "The record's id", examples = "12") long id,
            @Schema(description = "CREATE, UPDATE or DELETE (a tombstone)", examples = "UPDATE",
                    enumeration = {"CREATE", "UPDATE", "DELETE"}) String action,
            @Schema(description = "When the change was made", examples = "2026-04-01T09:30:00Z") OffsetDateTime occurredAt) {
    }

    @Schema(name = "ChangePage", description = "Events after a cursor, oldest first")
    public record ChangePage(
            List<Change> items,
            @Schema(description = "Pass as `after` to continue; the same cursor when there was nothing new", examples = "c2s") String next,
            @Schema(description = "Whether more events follow right away") boolean hasMore) {
    }
}
