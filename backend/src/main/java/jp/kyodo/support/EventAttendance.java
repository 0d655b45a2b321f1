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
}
