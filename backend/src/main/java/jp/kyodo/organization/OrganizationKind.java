package jp.kyodo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 団体の種別 — reference data: a city may rename the kinds in its own terms. */
@Entity
@Table(name = "organization_kind")
public class OrganizationKind extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "label_ja")
    public String labelJa;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "sort_order")
    public int sortOrder;
    /** Whether membership figures (加入世帯数) are kept for organizations of this kind. */
    @Column(name = "has_membership")
    public boolean hasMembership;
    /** Whether organizations of this kind belong to one school district. */
    @Column(name = "district_scoped")
    public boolean districtScoped;
    @Version
    public long version;
}
