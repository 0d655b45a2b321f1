package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** チラシ・ウェルカムパックの配布 — how many were handed out in a ward in a month, and where. */
@Entity
public class LeafletDistribution extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.ward.Ward ward;
    /** The month's first day. */
    public LocalDate monthStart;
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public LeafletKind kind;
    public String place;
    public int copies;
    public String note;
}
