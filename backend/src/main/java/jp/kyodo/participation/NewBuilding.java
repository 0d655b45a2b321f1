package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 新築集合住宅 — an apartment building the building section was notified of (建築紛争予防条例の届出), whose developer the
 * city asks to cooperate with the district's neighbourhood association; its contacts ({@link BuildingContact}) and
 * what came of them. contactCount and lastContactOn are kept with its contacts.
 */
@Entity
public class NewBuilding extends VersionedEntity {

    /** 届出番号 as the building section numbers it (unique when given). */
    public String noticeNo;
    public LocalDate noticeOn;
    public String name;
    public String address;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.district.District district;
    /** The association the residents would join. */
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.organization.Organization organization;
    public int units;
    public String developer;
    public String managementCompany;
    public LocalDate completionOn;
    @Enumerated(EnumType.STRING)
    public BuildingOutcome outcome = BuildingOutcome.PENDING;
    public LocalDate outcomeOn;
    public int joinedUnits;
    public String note;
    public int contactCount;
    public LocalDate lastContactOn;
    public String searchKey;
}
