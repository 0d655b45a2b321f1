package jp.kyodo.plan.committee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 推進委員会 委員 — a member of the promotion committee for a term. Email and phone are personal data. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String kana;
    public String affiliation;
    @Column(name = "role_title")
    public String roleTitle;
    @Column(name = "term_from")
    public LocalDate termFrom;
    /** Null while the term has no end date. */
    @Column(name = "term_to")
    public LocalDate termTo;
    public String email;
    public String phone;
    @Column(name = "search_key")
    public String searchKey;
    @Version
    public long version;

    /** Whether the term covers the date. */
    public boolean activeOn(LocalDate date) {
        return !termFrom.isAfter(date) && (termTo == null || !termTo.isBefore(date));
    }
}
