package jp.kyodo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** Sub-kind of a kind (各種住民団体: 消防団, 子供会 …). */
@Entity
@Table(name = "organization_sub_kind")
public class OrganizationSubKind extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "kind_code")
    public String kindCode;
    @Column(name = "label_ja")
    public String labelJa;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "sort_order")
    public int sortOrder;
}
