package jp.kyodo.common.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The first answer to a POST sent with an Idempotency-Key, replayed when the same request comes again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "idem_key")
    public String key;

    public String actor;

    @Column(name = "request_hash")
    public String requestHash;

    public int status;

    public String location;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
