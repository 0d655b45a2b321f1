package jp.kyodo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** 役員 — an officer (会長, 副会長, 会計 …) of an organization for a term. Holds personal data. */
@Entity
@Table(name = "officer")
public class Officer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    @Enumerated(EnumType.STRING)
    public OfficerRole role;
    @Column(name = "person_name")
    public String personName;
    @Column(name = "person_kana")
    public String personKana;
    public String phone;
    public String address;
    @Column(name = "term_start")
    public LocalDate termStart;
    @Column(name = "term_end")
    public LocalDate termEnd;
    @Version
    public long version;
}
