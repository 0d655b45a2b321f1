package jp.kyodo.plan.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import jp.kyodo.common.persistence.VersionedEntity;

/** 推進委員会 会議 — a meeting of the committee (第N回), with its agenda, minutes and who attended. */
@Entity
public class CommitteeMeeting extends VersionedEntity {

    /** The plan the meeting was about, when it was about one. */
    public Long planId;
    /** 第N回 within the fiscal year; null when not numbered. */
    public Integer meetingNumber;
    public LocalDate heldOn;
    /** Derived from heldOn (April–March). */
    public int fiscalYear;
    public String agenda;
    public String minutes;

    /** 出席者 — ids of the members who attended. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "committee_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    public Set<Long> attendeeIds = new HashSet<>();
}
