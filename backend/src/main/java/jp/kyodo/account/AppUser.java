package jp.kyodo.account;

import jakarta.persistence.Entity;
import java.util.Optional;
import jp.kyodo.common.persistence.VersionedEntity;

/** A staff account (職員) or a system account used by another city system through API tokens. */
@Entity
public class AppUser extends VersionedEntity {

    public String username;

    public String displayName;

    /** Null for system accounts, which sign in only with API tokens. */
    public String passwordHash;

    public String role;

    public boolean enabled = true;

    /** 課 — the section a DEPARTMENT user belongs to (writes that section's requests); null for other roles. */
    public Long sectionId;


    /**
     * メールアドレス — where the daily digest of unread notifications goes (none: no digest). Personal data: shown
     * only to the user themself and to ADMIN.
     */
    public String email;

    /** Whether the user wants the daily digest at {@link #email} (on by default once an address is set). */
    public boolean emailDigest = true;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
