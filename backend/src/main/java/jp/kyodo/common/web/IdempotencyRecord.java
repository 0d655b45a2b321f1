package jp.kyodo.common.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** The first answer to a POST sent with an Idempotency-Key, replayed when the same request comes again. */
@Entity
public class IdempotencyRecord extends IdentityEntity {

    @Column(name = "idem_key")
    public String key;

    public String actor;

    public String requestHash;

    public int status;

    public String location;

    public String body;

    public OffsetDateTime createdAt;
}
