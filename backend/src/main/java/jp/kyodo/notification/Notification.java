package jp.kyodo.notification;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** お知らせ — one notice as one recipient received it: unread until they open or mark it, e-mailed once in a digest. */
@Entity
public class Notification extends IdentityEntity {

    public long userId;
    public String kind;
    public String title;
    public String link;
    public String dedupeKey;
    public OffsetDateTime createdAt;
    public OffsetDateTime readAt;
    public OffsetDateTime emailedAt;
}
