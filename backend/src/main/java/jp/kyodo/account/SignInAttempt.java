package jp.kyodo.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One sign-in attempt: kept in the database so that throttling holds across every instance, purged by housekeeping
 * after {@code kyodo.retention.sign-in-attempts-days}.
 */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    /** The client's address (IPv6: its /64), as the connection or a trusted proxy gives it. */
    public String address;

    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;

    public boolean succeeded;
}
