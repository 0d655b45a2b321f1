package jp.kyodo.account;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/**
 * One sign-in attempt: kept in the database so that throttling holds across every instance, purged by housekeeping
 * after {@code kyodo.retention.sign-in-attempts-days}.
 */
@Entity
public class SignInAttempt extends IdentityEntity {

    public String username;

    /** The client's address (IPv6: its /64), as the connection or a trusted proxy gives it. */
    public String address;

    public OffsetDateTime attemptedAt;

    public boolean succeeded;
}
