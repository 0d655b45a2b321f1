package jp.kyodo.district;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** Population and households of a district in a fiscal year (from resident statistics). */
@Entity
@Table(name = "district_statistics")
public class DistrictStatistics extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    public District district;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public int population;
    public int households;
    @Version
    public long version;
}
