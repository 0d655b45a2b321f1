package jp.kyodo.meeting;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 構成員 — a person in a seat of a council body for a term. Holds personal data (the name). */
@Entity
public class CouncilMember extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilBody body;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilSeat seat;
    public String personName;
    public String personKana;
    /** The folded name: a person's seats are those with the same key. */
    public String personKey;
    public String searchKey;
    /** The organization the member represents (a district council, an association, a section of the city). */
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.organization.Organization organization;
    /** The district the member represents (required for a district representative's seat). */
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.district.District district;
    public LocalDate termStart;
    /** null: open-ended. */
    public LocalDate termEnd;
    public String note;

    public boolean inTermOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }

    /** The district whose liaison may read the name: the member's, else their organization's, else the body's. */
    public Long personalDistrictId() {
        if (district != null) {
            return district.id;
        }
        if (organization != null && organization.districtId() != null) {
            return organization.districtId();
        }
        return body.organization == null ? null : body.organization.districtId();
    }
}
