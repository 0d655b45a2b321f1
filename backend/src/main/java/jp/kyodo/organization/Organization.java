package jp.kyodo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** 地域団体 — a community organization: district council, association, block, resident group … (a tree). */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "kind_code")
    public String kindCode;
    @Column(name = "sub_kind_code")
    public String subKindCode;
    public String name;
    public String kana;
    @Column(name = "search_key")
    public String searchKey;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public jp.kyodo.district.District district;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ward_id")
    public jp.kyodo.ward.Ward ward;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organization parent;
    @Column(name = "founded_on")
    public LocalDate foundedOn;
    /** 地縁団体認可 */
    @Column(name = "legal_entity")
    public boolean legalEntity;
    @Column(name = "legal_entity_since")
    public LocalDate legalEntitySince;
    @Column(name = "publishes_assembly_documents")
    public boolean publishesAssemblyDocuments;
    @Column(name = "publishes_accounts")
    public boolean publishesAccounts;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_address")
    public String contactAddress;
    @Column(name = "contact_email")
    public String contactEmail;
    @Version
    public long version;

    /** The district this organization is scoped to, without loading it. */
    public Long districtId() {
        return district == null ? null : district.id;
    }
}
