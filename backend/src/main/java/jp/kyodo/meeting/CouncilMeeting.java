package jp.kyodo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** 会議 — one meeting of a council body (第N回, date), at which the city reports agenda items. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    public CouncilBody body;
    /** 第N回; null when the body does not number its meetings. */
    @Column(name = "meeting_number")
    public Integer number;
    @Column(name = "held_on")
    public LocalDate heldOn;
    /** Derived from heldOn (April–March). */
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public String title;
    public String note;
    @Column(name = "search_key")
    public String searchKey;
    @Version
    public long version;

    /** 第3回理事会, or the body's name alone when unnumbered. */
    public String displayName() {
        return (number == null ? "" : "第" + number + "回") + body.nameJa;
    }
}
