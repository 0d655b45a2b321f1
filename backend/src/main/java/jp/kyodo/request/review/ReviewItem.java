package jp.kyodo.request.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import jp.kyodo.request.CityRequest;

/** One request in a review cycle: the department's self-assessment, the office's decision, its completion. */
@Entity
@Table(name = "review_item")
public class ReviewItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public CityRequest request;
    @Enumerated(EnumType.STRING)
    public ItemState state;
    @Column(name = "self_assessment")
    public String selfAssessment;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_decision")
    public Decision proposedDecision;
    @Column(name = "self_assessed_by")
    public String selfAssessedBy;
    @Column(name = "self_assessed_at")
    public OffsetDateTime selfAssessedAt;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    @Column(name = "decision_reason")
    public String decisionReason;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merge_into_id")
    public CityRequest mergeInto;
    @Column(name = "effective_year")
    public Integer effectiveYear;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    /** 費用弁償: yen per receiving organization per year. */
    @Column(name = "compensation_flat")
    public Long compensationFlat;
    /** 費用弁償: yen per member household per year. */
    @Column(name = "compensation_per_household")
    public Long compensationPerHousehold;
    @Column(name = "carried_out_by")
    public String carriedOutBy;
    @Column(name = "carried_out_at")
    public OffsetDateTime carriedOutAt;
    @Column(name = "carried_out_note")
    public String carriedOutNote;
    @Version
    public long version;
}
