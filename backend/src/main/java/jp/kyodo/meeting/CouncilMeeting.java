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
    /** Kept with the attendance rows: the members in term on the day (null: no attendance recorded yet). */
    public Integer membersOnDay;
    public int presentCount;
    public int proxyCount;
    public int absentCount;
    /** How many had to attend (null: the body has no quorum or no attendance is recorded). */
    public Integer quorumRequired;
    public Boolean quorumMet;

    /** 第3回理事会, or the body's name alone when unnumbered. */
    public String displayName() {
        return (number == null ? "" : "第" + number + "回") + body.nameJa;
    }
}
