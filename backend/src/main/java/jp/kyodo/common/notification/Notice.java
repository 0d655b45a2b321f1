package jp.kyodo.common.notification;

import jp.kyodo.common.web.Nullable;

/**
 * Something a person should hear about in the app (the bell) and in their e-mail digest: a follow-up due, a voice
 * answered or overdue, a report received, a term ending. Features fire it as a CDI event
 * ({@code @Inject Event<Notice> notices; notices.fire(Notice.toDistrictLiaisons(...))}) inside their transaction;
 * the notification feature observes it and stores one notification per recipient, in the same transaction. Nobody
 * observing means nothing happens, so a feature never depends on the notification feature.
 *
 * @param kind       stable key (e.g. {@code FOLLOW_UP_DUE}, {@code VOICE_ANSWERED}, {@code VOICE_OVERDUE},
 *                   {@code REPORT_RECEIVED}, {@code TERM_ENDING}); the SPA turns it into words
 * @param recipient  who receives it
 * @param title      what it is about (a subject, a name), shown after the kind's words
 * @param link       the SPA path to open
 * @param dedupeKey  when not null, a recipient gets at most one notification with this key (scheduled reminders fire
 *                   daily; the key stops them repeating), e.g. {@code "follow-up-due:12:2026-12-04"}
 */
public record Notice(String kind, Recipient recipient, String title, String link, @Nullable String dedupeKey) {

    /** Who a notice goes to. */
    public sealed interface Recipient {
    }

    /** One user account. */
    public record User(long userId) implements Recipient {
    }

    /** The liaisons assigned to a district on the day the notice is stored. */
    public record DistrictLiaisons(long districtId) implements Recipient {
    }

    /** The department users of a section (課). */
    public record Section(long sectionId) implements Recipient {
    }

    public static Notice toUser(long userId, String kind, String title, String link, @Nullable String dedupeKey) {
        return new Notice(kind, new User(userId), title, link, dedupeKey);
    }

    public static Notice toDistrictLiaisons(long districtId, String kind, String title, String link,
            @Nullable String dedupeKey) {
        return new Notice(kind, new DistrictLiaisons(districtId), title, link, dedupeKey);
    }

    public static Notice toSection(long sectionId, String kind, String title, String link, @Nullable String dedupeKey) {
        return new Notice(kind, new Section(sectionId), title, link, dedupeKey);
    }
}
