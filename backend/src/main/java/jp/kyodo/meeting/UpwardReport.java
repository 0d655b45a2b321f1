package jp.kyodo.meeting;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 校区からの報告 — what a district sent up to the city (校区だより, 実績報告, 調査報告, 総会資料), and where it went. */
@Entity
public class UpwardReport extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type")
    public UpwardReportType type;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.district.District district;
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.organization.Organization organization;
    public LocalDate receivedOn;
    public int fiscalYear;
    public String sectionName;
    public Long sectionId;
    public String url;
    /** Internal note: never shown to the public. */
    public String note;
    public String searchKey;
}
