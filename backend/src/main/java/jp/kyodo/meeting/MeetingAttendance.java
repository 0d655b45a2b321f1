package jp.kyodo.meeting;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 出欠 — one member's attendance at one meeting. */
@Entity
public class MeetingAttendance extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilMeeting meeting;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilMember member;
    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;
}
