package jp.kyodo.plan.committee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** 推進委員会 会議 — a meeting of the committee (第N回), with its agenda, minutes and who attended. */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The plan the meeting was about, when it was about one. */
    @Column(name = "plan_id")
    public Long planId;
    /** 第N回 within the fiscal year; null when not numbered. */
    @Column(name = "meeting_number")
    public Integer meetingNumber;
    @Column(name = "held_on")
    public LocalDate heldOn;
    /** Derived from heldOn (April–March). */
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public String agenda;
    public String minutes;
    @Version
    public long version;

    /** 出席者 — ids of the members who attended. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "committee_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    public Set<Long> attendeeIds = new HashSet<>();
}
