package jp.kyodo.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import jp.kyodo.department.Section;

/**
 * 依頼等 — one request from a section to communities in one fiscal year. Multi-valued properties live in child
 * tables so that the database can count receivers and sum burden with joins.
 */
@Entity
@Table(name = "city_request")
public class CityRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String title;
    public String description;
    @Column(name = "search_key")
    public String searchKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    public Section section;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public RequestKind kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "all_districts")
    public boolean allDistricts;
    /** SHA-256 of the receivers (sorted kinds, ALL or sorted district ids). */
    @Column(name = "receiver_key")
    public String receiverKey;
    /** Sum of the times of every month: occurrences per fiscal year. */
    public int occurrences;
    @Column(name = "deadline_days")
    public Integer deadlineDays;
    @Column(name = "deadline_note")
    public String deadlineNote;
    @Column(name = "head_count")
    public Integer headCount;
    public boolean mandatory;
    /** People per receiving organization per occurrence. */
    public int people;
    /** Hours per person per occurrence. */
    @Column(name = "hours_per_person")
    public BigDecimal hoursPerPerson;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

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
}
