package jp.kyodo.activity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.common.persistence.VersionedEntity;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import org.hibernate.annotations.BatchSize;

/**
 * 活動記録 — what a liaison did on one day (a visit, a meeting attended, a consultation …), in one or more districts,
 * with the follow-ups (対応事項) it left. Follow-ups belong to the record: they are written, versioned and audited with
 * it.
 */
@Entity
public class Activity extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type")
    public ActivityType type;
    public LocalDate occurredOn;
    public LocalTime startsAt;
    public LocalTime endsAt;
    public String summary;
    public String searchKey;
    public Long createdById;
    public String createdByName;

    @BatchSize(size = 50) // a page of records loads each collection in one query, not one per row
    @ManyToMany
    @JoinTable(name = "activity_district", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    public Set<District> districts = new LinkedHashSet<>();

    @BatchSize(size = 50)
    @ManyToMany
    @JoinTable(name = "activity_organization", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    public Set<Organization> organizations = new LinkedHashSet<>();

    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "activity_section", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "section_id")
    public Set<Long> sectionIds = new LinkedHashSet<>();

    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "activity_staff", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "sort_order")
    public List<StaffPresent> staff = new ArrayList<>();

    @BatchSize(size = 50)
    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<FollowUp> followUps = new ArrayList<>();

    /** One person present: an account, or a name written freely. */
    @Embeddable
    public static class StaffPresent {
        public Long userId;
        public String name;

        public StaffPresent() {
        }

        public StaffPresent(Long userId, String name) {
            this.userId = userId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StaffPresent s && java.util.Objects.equals(userId, s.userId)
                    && java.util.Objects.equals(name, s.name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(userId, name);
        }
    }
}
