package jp.kyodo.district;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 校区担当職員の配置 — a liaison assigned to a district from a date (until a date, if ended). */
@Entity
public class LiaisonAssignment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.account.AppUser user;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public District district;
    public LocalDate startsOn;
    public LocalDate endsOn;
}
