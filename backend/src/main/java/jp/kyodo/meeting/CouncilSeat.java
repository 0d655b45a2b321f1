package jp.kyodo.meeting;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 役職と定数 — a seat of a council body: its title, how many, how it is filled and the usual term. */
@Entity
public class CouncilSeat extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilBody body;
    public String title;
    @Enumerated(EnumType.STRING)
    public SeatFilling filling;
    /** 定数; null for a district representative's seat (one per district in the body's reach). */
    public Integer seats;
    /** 任期 in years, when the body has one. */
    public Integer termYears;
    public int sortOrder;
    public String note;
}
