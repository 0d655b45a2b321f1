package jp.kyodo.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** A session (SPA sign-in) or an API token (other systems). Only the SHA-256 of the token is stored. */
@Entity
public class AuthToken extends IdentityEntity {

    public static final String SESSION = "SESSION";
    public static final String API = "API";

    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AppUser user;

    public String kind;

    public String name;

    public OffsetDateTime createdAt;

    public OffsetDateTime expiresAt;
}
