package jp.kyodo.organization;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 地域団体 — a community organization: district council, association, block, resident group … (a tree). */
@Entity
public class Organization extends VersionedEntity {

    public String code;
    public String kindCode;
    public String subKindCode;
    public String name;
    public String kana;
    public String searchKey;
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.district.District district;
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.ward.Ward ward;
    @ManyToOne(fetch = FetchType.LAZY)
    public Organization parent;
    public LocalDate foundedOn;
    /** 地縁団体認可 */
    public boolean legalEntity;
    public LocalDate legalEntitySince;
    public boolean publishesAssemblyDocuments;
    public boolean publishesAccounts;
    public String contactName;
    public String contactPhone;
    public String contactAddress;
    public String contactEmail;

    /** The district this organization is scoped to, without loading it. */
    public Long districtId() {
        return district == null ? null : district.id;
    }
}
