package jp.kyodo.activity;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.IdentityEntity;

/** 対応事項 — what is to be done after an activity, by whom (an account), by when; open until marked done. */
@Entity
public class FollowUp extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Activity activity;
    public int sortOrder;
    public String description;
    public Long responsibleId;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public FollowUpStatus status = FollowUpStatus.OPEN;
    public LocalDate doneOn;

    /** Marks it done on the day, or open again (clearing the day). */
    public void setStatus(FollowUpStatus next, LocalDate on) {
        if (next == FollowUpStatus.DONE) {
            if (on == null) {
                throw ProblemException.invalid("doneOn", "needed when the status is DONE", "NotNull");
            }
            status = FollowUpStatus.DONE;
            doneOn = on;
        } else {
            status = FollowUpStatus.OPEN;
            doneOn = null;
        }
    }
}
