package jp.kyodo.plan.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * 公表 — one published revision of a plan's year: the {@link PublicationDtos.PublicReport} as JSON, never changed
 * after it is written. The public side reads nothing else.
 */
@Entity
@Table(name = "published_report")
public class PublishedReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id")
    public long planId;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public int revision;
    @Column(name = "published_by")
    public String publishedBy;
    /** Japan local time. */
    @Column(name = "published_at")
    public LocalDateTime publishedAt;
    public String note;
    /** The snapshot (JSON). */
    public String content;
}
