package jp.kyodo.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 研修・説明会等 — a training, an explanatory meeting (補助金等説明会), a forum or a case-presentation meeting the city
 * holds for community organizations: when and where, for whom, the organizing section, and the registrations and
 * attendance per district and organization. The totals are kept with the event ({@link #recount()}), so lists and
 * the plan's indicators read them without summing rows.
 */
@Entity
public class SupportEvent extends VersionedEntity {

    public int fiscalYear;
    public String title;
    @Enumerated(EnumType.STRING)
    public SupportEventKind kind;
    public LocalDate heldOn;
    public LocalTime startsAt;
    public LocalTime endsAt;
    public String place;
    @Enumerated(EnumType.STRING)
    public SupportAudience audience;
    public long sectionId;
    public Long programId;
    public Integer capacity;
    public String description;
    public int registeredTotal;
    public int attendedTotal;
    public int districtsAttended;
    public String searchKey;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "support_event_attendance", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventAttendance> attendance = new ArrayList<>();

    /** Keeps the totals in step with the attendance rows. */
    public void recount() {
        int registered = 0;
        int attended = 0;
        Set<Long> districts = new HashSet<>();
        for (EventAttendance a : attendance) {
            registered += a.registered;
            if (a.attended != null) {
                attended += a.attended;
                if (a.attended > 0) {
                    districts.add(a.districtId);
                }
            }
        }
        registeredTotal = registered;
        attendedTotal = attended;
        districtsAttended = districts.size();
    }
}
