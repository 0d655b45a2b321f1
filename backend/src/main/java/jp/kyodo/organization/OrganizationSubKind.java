package jp.kyodo.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** Sub-kind of a kind (各種住民団体: 消防団, 子供会 …). */
@Entity
public class OrganizationSubKind extends PanacheEntityBase {

    @Id
    public String code;
    public String kindCode;
    public String labelJa;
    public String labelEn;
    public int sortOrder;
}
