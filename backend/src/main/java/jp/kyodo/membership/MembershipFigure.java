package jp.kyodo.membership;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 加入世帯数 — households in an association's area and member households, for one fiscal year. */
@Entity
public class MembershipFigure extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.organization.Organization organization;
    public int fiscalYear;
    public int households;
    public int memberHouseholds;
    @Enumerated(EnumType.STRING)
    public AreaCountMethod areaCountMethod;
    public String source;
    public String note;
}
