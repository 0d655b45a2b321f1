package jp.kyodo.plan.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * 評価 — the committee's rating, comment and recommendation (提言) for one initiative in one fiscal year; without an
 * initiative it is the committee's overall opinion (総評) of the year. Each correction of a published evaluation is a
 * new revision; times are Japan local time.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id")
    public long planId;
    /** Null: the overall opinion (総評). */
    @Column(name = "initiative_id")
    public Long initiativeId;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public int revision = 1;
    @Enumerated(EnumType.STRING)
    public EvaluationState state = EvaluationState.DRAFT;
    /** A code of the rating scale; the opinion has none. */
    public String rating;
    public String comment;
    public String recommendation;
    @Column(name = "correction_reason")
    public String correctionReason;
    @Column(name = "written_by")
    public String writtenBy;
    @Column(name = "finalized_by")
    public String finalizedBy;
    @Column(name = "finalized_at")
    public LocalDateTime finalizedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public LocalDateTime publishedAt;
    @Column(name = "superseded_at")
    public LocalDateTime supersededAt;
    @Version
    public long version;

    public boolean isOpinion() {
        return initiativeId == null;
    }
}
