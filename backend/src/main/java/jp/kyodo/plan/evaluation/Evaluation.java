package jp.kyodo.plan.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 評価 — the committee's rating, comment and recommendation (提言) for one initiative in one fiscal year; without an
 * initiative it is the committee's overall opinion (総評) of the year. Each correction of a published evaluation is a
 * new revision; times are Japan local time.
 */
@Entity
public class Evaluation extends VersionedEntity {

    public long planId;
    /** Null: the overall opinion (総評). */
    public Long initiativeId;
    public int fiscalYear;
    public int revision = 1;
    @Enumerated(EnumType.STRING)
    public EvaluationState state = EvaluationState.DRAFT;
    /** A code of the rating scale; the opinion has none. */
    public String rating;
    public String comment;
    public String recommendation;
    public String correctionReason;
    public String writtenBy;
    public String finalizedBy;
    public LocalDateTime finalizedAt;
    public String publishedBy;
    public LocalDateTime publishedAt;
    public LocalDateTime supersededAt;

    public boolean isOpinion() {
        return initiativeId == null;
    }

    /** A first draft (revision 1) of an initiative's evaluation, or of the opinion when the initiative is null. */
    public static Evaluation draft(long planId, Long initiativeId, int fiscalYear, String rating, String comment,
            String recommendation, String writtenBy) {
        Evaluation e = new Evaluation();
        e.planId = planId;
        e.initiativeId = initiativeId;
        e.fiscalYear = fiscalYear;
        e.revision = 1;
        e.state = EvaluationState.DRAFT;
        e.rating = rating;
        e.comment = comment;
        e.recommendation = recommendation;
        e.writtenBy = writtenBy;
        return e;
    }

    /** Rewrites a draft; anything else is never edited. */
    public void edit(String rating, String comment, String recommendation, String writtenBy) {
        require(EvaluationState.DRAFT, "edited");
        this.rating = rating;
        this.comment = comment;
        this.recommendation = recommendation;
        this.writtenBy = writtenBy;
    }

    /** 確定: the committee finalizes a draft. */
    public void finalize(String by, LocalDateTime at) {
        require(EvaluationState.DRAFT, "finalized");
        state = EvaluationState.FINALIZED;
        finalizedBy = by;
        finalizedAt = at;
    }

    /** 公表: the office publishes a finalized evaluation. */
    public void publish(String by, LocalDateTime at) {
        require(EvaluationState.FINALIZED, "published");
        state = EvaluationState.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** 訂正前: a published evaluation replaced by a published correction. */
    public void supersede(LocalDateTime at) {
        require(EvaluationState.PUBLISHED, "superseded");
        state = EvaluationState.SUPERSEDED;
        supersededAt = at;
    }

    /** Whether publishing {@code correction} (a later revision of the same evaluation) supersedes this one. */
    public boolean isSupersededBy(Evaluation correction) {
        return state == EvaluationState.PUBLISHED && revision < correction.revision && planId == correction.planId
                && fiscalYear == correction.fiscalYear && java.util.Objects.equals(initiativeId, correction.initiativeId);
    }

    /**
     * 訂正: the next revision of a published evaluation, a draft with the same rating, comment and recommendation and
     * the reason. Refused (409) unless this one is published; whether it is the latest revision is the caller's to check.
     */
    public Evaluation correction(String reason, String writtenBy) {
        if (state != EvaluationState.PUBLISHED) {
            throw ProblemException.conflict("Only a published evaluation can be corrected; revision " + revision + " is " + state);
        }
        Evaluation c = draft(planId, initiativeId, fiscalYear, rating, comment, recommendation, writtenBy);
        c.revision = revision + 1;
        c.correctionReason = reason.strip();
        return c;
    }

    private void require(EvaluationState from, String what) {
        if (state != from) {
            throw new IllegalStateException("Evaluation " + id + " (revision " + revision + ") is " + state + " and cannot be " + what);
        }
    }
}
