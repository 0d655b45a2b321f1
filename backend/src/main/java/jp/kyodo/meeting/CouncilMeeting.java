package jp.kyodo.meeting;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 会議 — one meeting of a council body (第N回, date), at which the city reports agenda items. */
@Entity
public class CouncilMeeting extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilBody body;
    /** 第N回; null when the body does not number its meetings. */
    @Column(name = "meeting_number")
    public Integer number;
    public LocalDate heldOn;
    /** Derived from heldOn (April–March). */
    public int fiscalYear;
    public String title;
    public String note;
    public String searchKey;

    /** 第3回理事会, or the body's name alone when unnumbered. */
    public String displayName() {
        return (number == null ? "" : "第" + number + "回") + body.nameJa;
    }
}
