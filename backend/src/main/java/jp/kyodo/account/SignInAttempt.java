package jp.kyodo.account;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** Kept in the database so that throttling holds across every instance. */
@Entity
public class SignInAttempt extends IdentityEntity {

    public String username;

    public OffsetDateTime attemptedAt;

    public boolean succeeded;
}
