package jp.kyodo.district;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** Population and households of a district in a fiscal year (from resident statistics). */
@Entity
public class DistrictStatistics extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public District district;
    public int fiscalYear;
    public int population;
    public int households;
}
