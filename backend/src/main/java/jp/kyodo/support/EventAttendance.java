package jp.kyodo.support;

import jakarta.persistence.Embeddable;

/**
 * 申込・出席 — how many came from one district (and, when known, one organization of it) to an event: head counts
 * only, never names. {@code attended} is null until the attendance is taken.
 */
@Embeddable
public class EventAttendance {

    public long districtId;
    public Long organizationId;
    public int registered;
    public Integer attended;

    public EventAttendance() {
    }

    public EventAttendance(long districtId, Long organizationId, int registered, Integer attended) {
        this.districtId = districtId;
        this.organizationId = organizationId;
        this.registered = registered;
        this.attended = attended;
    }

    /** Value equality, so a replaced list that holds the same rows is seen as unchanged (no new version, no history). */
    @Override
    public boolean equals(Object other) {
        return other instanceof EventAttendance o && districtId == o.districtId
                && java.util.Objects.equals(organizationId, o.organizationId)
                && registered == o.registered
                && java.util.Objects.equals(attended, o.attended);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(districtId, organizationId, registered, attended);
    }
}
