package jp.kyodo.request.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 見直し — the review of one fiscal year's requests, measured against a baseline year. */
@Entity
@Table(name = "review_cycle")
public class ReviewCycle extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "baseline_year")
    public int baselineYear;
    public String title;
    /** OPEN or CLOSED (closed: no more assessments or decisions). */
    public String status;
    public String note;
    @Version
    public long version;
}
