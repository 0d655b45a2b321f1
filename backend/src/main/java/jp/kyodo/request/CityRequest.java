package jp.kyodo.request;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.kyodo.common.persistence.VersionedEntity;
import jp.kyodo.department.Section;

/**
 * 依頼等 — one request from a section to communities in one fiscal year. Multi-valued properties live in child
 * tables so that the database can count receivers and sum burden with joins.
 */
@Entity
public class CityRequest extends VersionedEntity {

    public String code;
    public String title;
    public String description;
    public String searchKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Section section;
    /**
     * The section's code, kept on the request (V23) so that the list's default order (newest year, section, code)
     * is read from one index instead of sorting a whole year; set from {@link #section} on every write, and by the
     * section's update when its code changes.
     */
    public String sectionCode;
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public RequestKind kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public boolean allDistricts;
    /** SHA-256 of the receivers (sorted kinds, ALL or sorted district ids, then sorted ward ids if any). */
    public String receiverKey;
    /** Sum of the times of every month: occurrences per fiscal year. */
    public int occurrences;
    /**
     * The months of {@link #schedule} as bits, month m = {@code 1 << (m - 1)} (V26): what the merge-candidate warning
     * compares ({@code RuleService}). Set with {@link #occurrences} on every write.
     */
    public int monthMask;
    public Integer deadlineDays;
    public String deadlineNote;
    public Integer headCount;
    public boolean mandatory;
    /** People per receiving organization per occurrence. */
    public int people;
    /** Hours per person per occurrence. */
    public BigDecimal hoursPerPerson;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "city_request_ask", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "ask")
    @Enumerated(EnumType.STRING)
    public Set<Ask> asks = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "city_request_receiver_kind", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "kind_code")
    public Set<String> receiverKinds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "city_request_district", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "district_id")
    public Set<Long> districtIds = new HashSet<>();

    /**
     * 区単位の依頼先: whole wards. Their districts receive the request as they are when read (a district moved into the
     * ward is covered); combines with {@link #districtIds}.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "city_request_ward", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "ward_id")
    public Set<Long> wardIds = new HashSet<>();

    /** Month of the year (1–12) → times in that month. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "city_request_month", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "month_no")
    @Column(name = "times")
    public Map<Integer, Integer> schedule = new TreeMap<>();

    /** Hours one receiving organization spends on it in a year: occurrences × people × hours. */
    public BigDecimal hoursPerOrganizationPerYear() {
        return hoursPerPerson.multiply(BigDecimal.valueOf((long) occurrences * people));
    }

    @PrePersist
    @PreUpdate
    void keepSectionCode() {
        if (section != null) {
            sectionCode = section.code;
        }
    }

    /** The months as bits, month m = {@code 1 << (m - 1)} ({@link #monthMask}). */
    public static int monthMask(java.util.Collection<Integer> months) {
        int mask = 0;
        for (int m : months) {
            mask |= 1 << (m - 1);
        }
        return mask;
    }
}
