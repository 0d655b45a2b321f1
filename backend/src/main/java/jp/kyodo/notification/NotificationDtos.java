package jp.kyodo.notification;

import java.time.OffsetDateTime;
import jp.kyodo.common.web.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the notifications API. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "お知らせ / one notification of the signed-in user")
    public record NotificationResponse(
            @Schema(examples = "12") Long id,
            @Schema(description = "Stable key of what happened (FOLLOW_UP_DUE, VOICE_ANSWERED, VOICE_OVERDUE, REPORT_RECEIVED, TERM_ENDING, …); the SPA turns it into words",
                    examples = "FOLLOW_UP_DUE") String kind,
            @Schema(description = "What it is about (a subject, a name)", examples = "防犯灯の修理依頼") String title,
            @Schema(description = "SPA path to open", examples = "/activities/12") String link,
            @Schema(examples = "2026-12-04T09:00:00+09:00") OffsetDateTime createdAt,
            @Nullable @Schema(description = "When it was marked read; null while unread", examples = "2026-12-04T10:15:00+09:00") OffsetDateTime readAt) {
    }

    @Schema(name = "UnreadCount", description = "Unread notifications of the signed-in user")
    public record UnreadCount(@Schema(examples = "3") long unread) {
    }

    public static NotificationResponse toResponse(Notification n) {
        return new NotificationResponse(n.id, n.kind, n.title, n.link, n.createdAt, n.readAt);
    }
}
