package jp.kyodo.request.review;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.VersionedEntity;
import jp.kyodo.request.CityRequest;

/**
 * One request in a review cycle: the department's self-assessment, the office's decision, its completion. The
 * item owns its steps: NOT_STARTED/SELF_ASSESSED → SELF_ASSESSED → DECIDED (again allowed) → CARRIED_OUT; an
 * out-of-order step is 409 and changes nothing.
 */
@Entity
public class ReviewItem extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public ReviewCycle cycle;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CityRequest request;
    @Enumerated(EnumType.STRING)
    public ItemState state;
    public String selfAssessment;
    @Enumerated(EnumType.STRING)
    public Decision proposedDecision;
    public String selfAssessedBy;
    public OffsetDateTime selfAssessedAt;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String decisionReason;
    @ManyToOne(fetch = FetchType.LAZY)
    public CityRequest mergeInto;
    public Integer effectiveYear;
    public String decidedBy;
    public OffsetDateTime decidedAt;
    /** 費用弁償: yen per receiving organization per year. */
    public Long compensationFlat;
    /** 費用弁償: yen per member household per year. */
    public Long compensationPerHousehold;
    public String carriedOutBy;
    public OffsetDateTime carriedOutAt;
    public String carriedOutNote;

    /** The row of a request not recorded yet: NOT_STARTED, first saved with version 1 (0 is the ETag of no row). */
    public static ReviewItem notStarted(ReviewCycle cycle, CityRequest request) {
        ReviewItem i = new ReviewItem();
        i.cycle = cycle;
        i.request = request;
        i.state = ItemState.NOT_STARTED;
        i.version = 1;
        return i;
    }

    /** The section's self-assessment: refused once the office has decided. */
    public void selfAssess(String assessment, Decision proposed, String by, OffsetDateTime at) {
        if (state == ItemState.DECIDED || state == ItemState.CARRIED_OUT) {
            throw ProblemException.conflict("The office has already decided; the self-assessment can no longer change");
        }
        selfAssessment = assessment.strip();
        proposedDecision = proposed;
        selfAssessedBy = by;
        selfAssessedAt = at;
        state = ItemState.SELF_ASSESSED;
    }

    /** Refuses a decision before the self-assessment or after the decision was carried out. */
    public void requireDecidable() {
        if (state == ItemState.NOT_STARTED) {
            throw ProblemException.conflict("The section has not assessed this request yet; a decision follows the self-assessment");
        }
        if (state == ItemState.CARRIED_OUT) {
            throw ProblemException.conflict("The decision has been carried out and can no longer change");
        }
    }

    /** The office's decision (its fields validated by the caller); re-deciding is allowed until carried out. */
    public void decide(Decision d, String reason, CityRequest into, int year, Long flat, Long perHousehold, String by,
            OffsetDateTime at) {
        requireDecidable();
        decision = d;
        decisionReason = reason.strip();
        mergeInto = into;
        effectiveYear = year;
        compensationFlat = flat;
        compensationPerHousehold = perHousehold;
        decidedBy = by;
        decidedAt = at;
        state = ItemState.DECIDED;
    }

    /** Refuses to carry out anything but a decided item (no row: nothing decided). */
    public static void requireDecided(ReviewItem i) {
        if (i == null || i.state != ItemState.DECIDED) {
            throw ProblemException.conflict("Only a decided request can be carried out");
        }
    }

    /** The decision was carried out. */
    public void carryOut(String note, String by, OffsetDateTime at) {
        requireDecided(this);
        state = ItemState.CARRIED_OUT;
        carriedOutBy = by;
        carriedOutAt = at;
        carriedOutNote = note;
    }
}
