package jp.kyodo.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.changes.ChangeType;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Webhooks' representations. The secret appears only in {@link WebhookSecret}. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    public enum WebhookStatus {
        ACTIVE, PAUSED
    }

    public enum DeliveryOutcome {
        SUCCEEDED, FAILED
    }

    @Schema(name = "WebhookInput", description = "Webhook の登録・更新 / create or update a webhook subscription")
    public record WebhookRequest(
            @NotBlank @Size(max = 2000) @Schema(description = "Where events are POSTed: https, or http only to localhost "
                    + "or a loopback address", examples = "https://gis.example.city.jp/kyodo/webhook") String url,
            @Size(max = 40) @Schema(description = "Only these kinds of record; empty or left out → every kind")
            List<@NotNull ChangeType> eventTypes,
            @NotNull @Schema(description = "false pauses deliveries; true resumes them (from where they stopped)",
                    examples = "true") Boolean active,
            @Size(max = 500) @Schema(description = "What the receiving system is", examples = "GIS の夜間同期") String description) {
    }

    @Schema(name = "Webhook", description = "Webhook の購読 / a webhook subscription (without its secret)")
    public record WebhookResponse(
            @Schema(examples = "1") long id,
            @Schema(examples = "https://gis.example.city.jp/kyodo/webhook") String url,
            @Schema(description = "Empty: every kind of record") List<ChangeType> eventTypes,
            @Schema(examples = "true") boolean active,
            @Schema(description = "ACTIVE, or PAUSED (by an admin, or by kyodo after repeated failures: see pausedReason)")
            WebhookStatus status,
            @Nullable @Schema(examples = "GIS の夜間同期") String description,
            @Nullable @Schema(description = "Why kyodo paused it", examples = "10 consecutive failures") String pausedReason,
            @Schema(description = "The cursor of the last event delivered (change feed cursors)", examples = "c2s") String deliveredThrough,
            @Schema(description = "Consecutive failures of the event now being delivered", examples = "0") int failures,
            @Nullable @Schema(description = "When the next attempt is due (null while paused)") OffsetDateTime nextAttemptAt,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "WebhookWithSecret", description = "A subscription with its signing secret: shown only here, on "
            + "create and on rotate; keep it in the receiving system")
    public record WebhookSecret(
            WebhookResponse webhook,
            @Schema(description = "The HMAC-SHA256 key of Kyodo-Signature", examples = "whsec_3q2+7w...") String secret,
            @Schema(examples = "0") long version) implements Versioned {
    }

    @Schema(name = "WebhookReplayInput", description = "Deliver again from a cursor of the change feed")
    public record ReplayRequest(
            @Size(max = 40) @Schema(description = "Deliver every event after this cursor again (empty or left out: from the first "
                    + "event)", examples = "c2s") String after) {
    }

    @Schema(name = "WebhookDelivery", description = "One delivery attempt of one event")
    public record DeliveryResponse(
            @Schema(examples = "41") long id,
            @Schema(description = "The event's cursor, sent as Kyodo-Event-Id", examples = "c2s") String eventId,
            ChangeType eventType,
            @Schema(description = "1 for the first attempt of this event", examples = "1") int attempt,
            OffsetDateTime attemptedAt,
            DeliveryOutcome outcome,
            @Nullable @Schema(description = "The receiver's HTTP status; null when none came (timeout, refused …)",
                    examples = "200") Integer httpStatus,
            @Nullable @Schema(description = "What went wrong, when it failed", examples = "timed out after 10 s") String error,
            @Schema(description = "Milliseconds until the answer or the failure", examples = "42") int durationMs,
            @Nullable @Schema(description = "When it is tried again (failed attempts only)") OffsetDateTime nextAttemptAt) {
    }
}
