package jp.kyodo.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A staff account (職員) or a system account used by another city system through API tokens. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** Null for system accounts, which sign in only with API tokens. */
    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    public boolean enabled = true;

    /** 課 — the section a DEPARTMENT user belongs to (writes that section's requests); null for other roles. */
    @Column(name = "section_id")
    public Long sectionId;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
