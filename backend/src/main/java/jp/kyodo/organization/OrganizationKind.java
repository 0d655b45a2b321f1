package jp.kyodo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 団体の種別 — reference data: a city may rename the kinds in its own terms. */
@Entity
public class OrganizationKind extends PanacheEntityBase {

    @Id
    public String code;
    public String labelJa;
    public String labelEn;
    public int sortOrder;
    /** Whether membership figures (加入世帯数) are kept for organizations of this kind. */
    public boolean hasMembership;
    /** Whether organizations of this kind belong to one school district. */
    public boolean districtScoped;
    @Version
    public long version;
}
