package jp.kyodo.voice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.VersionedEntity;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;

/**
 * 地域の声 — a request, proposal or complaint (要望・提案・苦情) a district council raised to the city: received by a
 * liaison, routed to the responsible section (所管課), answered there, the answer returned to the council. The entity
 * owns its status steps and refuses one out of order with 409.
 */
@Entity
public class Voice extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    public VoiceKind kind;
    @Enumerated(EnumType.STRING)
    public VoiceStatus status = VoiceStatus.RECEIVED;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public District district;
    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;
    public LocalDate receivedOn;
    public int fiscalYear;
    public Long receivedById;
    public String receivedByName;
    public String subject;
    public String body;
    public LocalDate dueOn;
    public Long sectionId;
    public LocalDate routedOn;
    public String answer;
    public Long answeredById;
    public String answeredByName;
    public LocalDate answeredOn;
    public Integer daysToAnswer;
    public LocalDate closedOn;
    public String closingNote;
    public String searchKey;

    /** 受付 → 担当課で対応中; while still with a section it may be routed again to another one. */
    public void route(long section, LocalDate on) {
        if (status != VoiceStatus.RECEIVED && status != VoiceStatus.IN_PROGRESS) {
            throw ProblemException.conflict("A voice that has been answered cannot be routed again (status " + status + ")");
        }
        sectionId = section;
        routedOn = on;
        status = VoiceStatus.IN_PROGRESS;
    }

    /** 担当課で対応中 → 回答済. */
    public void answer(String text, long byId, String byName, LocalDate on) {
        if (status != VoiceStatus.IN_PROGRESS) {
            throw ProblemException.conflict("Only a voice routed to a section can be answered (status " + status + ")");
        }
        answer = text;
        answeredById = byId;
        answeredByName = byName;
        answeredOn = on;
        daysToAnswer = (int) ChronoUnit.DAYS.between(receivedOn, on);
        status = VoiceStatus.ANSWERED;
    }

    /** 回答済 → 完了: the liaison returned the answer to the council. */
    public void close(LocalDate on, String note) {
        if (status != VoiceStatus.ANSWERED) {
            throw ProblemException.conflict("Only an answered voice can be closed (status " + status + ")");
        }
        closedOn = on;
        closingNote = note;
        status = VoiceStatus.CLOSED;
    }

    /** Past its due date and not yet answered. */
    public boolean overdue(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }
}
