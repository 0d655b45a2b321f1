package jp.kyodo.plan.committee;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 推進委員会 委員 — a member of the promotion committee for a term. Email and phone are personal data. */
@Entity
public class CommitteeMember extends VersionedEntity {

    public String name;
    public String kana;
    public String affiliation;
    public String roleTitle;
    public LocalDate termFrom;
    /** Null while the term has no end date. */
    public LocalDate termTo;
    public String email;
    public String phone;
    public String searchKey;

    /** Whether the term covers the date. */
    public boolean activeOn(LocalDate date) {
        return !termFrom.isAfter(date) && (termTo == null || !termTo.isBefore(date));
    }
}
