package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.VersionedEntity;

/** 問い合わせ — a message from the public about a post, relayed to the posting council. Holds personal data. */
@Entity
public class VolunteerInquiry extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public VolunteerPost post;
    public String personName;
    public String email;
    public String phone;
    public String message;
    public OffsetDateTime receivedAt;
    public OffsetDateTime relayedAt;
    public String relayedBy;
    /** MAIL (sent by kyodo to the council's address) or HAND (passed on by the liaison). */
    public String relayChannel;
    public OffsetDateTime relayClaimedAt;
    public int relayAttempts;
}
