package jp.kyodo.plan.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 進捗報告 — what an initiative's owner section reports for one period: a fiscal year ({@link #half} 0) or one of its
 * halves (1 = 上半期 April–September, 2 = 下半期). One report per initiative and period.
 */
@Entity
public class ProgressReport extends VersionedEntity {

    public long initiativeId;
    public int fiscalYear;
    public int half;
    @Enumerated(EnumType.STRING)
    public ProgressStatus status;
    /** What was done. */
    public String done;
    public String reportedBy;
    /** Japan time (the column has no zone; {@link jp.kyodo.common.web.Japanese#ZONE}). */
    public LocalDateTime reportedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "progress_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ProgressEvidence> evidence = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "progress_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ProgressIndicator> indicators = new ArrayList<>();
}
