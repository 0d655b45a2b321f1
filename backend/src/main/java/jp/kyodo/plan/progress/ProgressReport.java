package jp.kyodo.plan.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 進捗報告 — what an initiative's owner section reports for one period: a fiscal year ({@link #half} 0) or one of its
 * halves (1 = 上半期 April–September, 2 = 下半期). One report per initiative and period.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "initiative_id")
    public long initiativeId;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public int half;
    @Enumerated(EnumType.STRING)
    public ProgressStatus status;
    /** What was done. */
    public String done;
    @Column(name = "reported_by")
    public String reportedBy;
    /** Japan time (the column has no zone; {@link jp.kyodo.common.web.Japanese#ZONE}). */
    @Column(name = "reported_at")
    public LocalDateTime reportedAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "progress_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ProgressEvidence> evidence = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "progress_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ProgressIndicator> indicators = new ArrayList<>();
}
