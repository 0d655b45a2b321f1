package jp.kyodo.webhook;

import jakarta.persistence.Entity;
import java.util.Arrays;
import java.util.List;
import jp.kyodo.common.changes.ChangeType;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * Webhook の購読 — a system that wants kyodo to push the change feed's events to a URL, signed with a secret only
 * kyodo and that system know. Its delivery progress is in {@code webhook_cursor}, written by the deliverer only.
 */
@Entity
public class WebhookSubscription extends VersionedEntity {

    public String url;

    /** ChangeType names separated by commas; empty means every type. */
    public String eventTypes = "";

    public boolean active;

    public String description;

    public String secret;

    /** Why kyodo paused it (repeated failures), or null. */
    public String pausedReason;


    public List<ChangeType> types() {
        return eventTypes.isEmpty() ? List.of()
                : Arrays.stream(eventTypes.split(",")).map(ChangeType::valueOf).toList();
    }
}
