package jp.kyodo.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** 校区からの報告 — what a district sent up to the city (校区だより, 実績報告, 調査報告, 総会資料), and where it went. */
@Entity
@Table(name = "upward_report")
public class UpwardReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "report_type")
    public UpwardReportType type;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    public jp.kyodo.district.District district;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public jp.kyodo.organization.Organization organization;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "section_name")
    public String sectionName;
    @Column(name = "section_id")
    public Long sectionId;
    public String url;
    /** Internal note: never shown to the public. */
    public String note;
    @Column(name = "search_key")
    public String searchKey;
    @Version
    public long version;
}
