package jp.kyodo.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 加入世帯数 — households in an association's area and member households, for one fiscal year. */
@Entity
@Table(name = "membership_figure")
public class MembershipFigure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public jp.kyodo.organization.Organization organization;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public int households;
    @Column(name = "member_households")
    public int memberHouseholds;
    @Enumerated(EnumType.STRING)
    @Column(name = "area_count_method")
    public AreaCountMethod areaCountMethod;
    public String source;
    public String note;
    @Version
    public long version;
}
