package jp.kyodo.workspace;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** A user's iCalendar feed: the hash of its secret token (the token itself is shown once and never stored). */
@Entity
public class CalendarFeed extends IdentityEntity {

    public long userId;
    public String tokenHash;
    public Long wardId;
    public OffsetDateTime createdAt;
}
