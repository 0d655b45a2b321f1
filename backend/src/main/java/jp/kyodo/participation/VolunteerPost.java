package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * ボランティア募集 — what a council (its secretariat, through the liaison or the office) asks volunteers for: the
 * activity, where and when, how many, on what conditions, until when. Public once the office approves it and until
 * it closes; the posting council's contact is never part of it.
 */
@Entity
public class VolunteerPost extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.organization.Organization organization;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.district.District district;
    public String title;
    public String activity;
    public String place;
    public LocalDate startsOn;
    public LocalDate endsOn;
    /** e.g. 毎週土曜 9:00〜11:00 */
    public String schedule;
    public int wanted;
    public String conditions;
    /** 募集締切: the last day it is public. */
    public LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    public VolunteerPostStatus status = VolunteerPostStatus.DRAFT;
    /** The office's note when it returned the post, or why it was closed. */
    public String statusNote;
    public OffsetDateTime submittedAt;
    public OffsetDateTime approvedAt;
    public String approvedBy;
    public OffsetDateTime closedAt;
    /** Kept with every inquiry (by update statements only: an edit of the post never writes it). */
    @Column(insertable = false, updatable = false)
    public int inquiryCount;
    /** Kept with every inquiry and relay: inquiries not yet relayed to the council (update statements only). */
    @Column(insertable = false, updatable = false)
    public int unrelayedCount;
    public String searchKey;

    /** Public: approved, and its closing day not passed. */
    public boolean publicOn(LocalDate today) {
        return status == VolunteerPostStatus.APPROVED && !closesOn.isBefore(today);
    }
}
