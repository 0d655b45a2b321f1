package jp.kyodo.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 施設 (場の提供) — a community centre or hall of a district (校区コミュニティセンター, 公民館, 集会所), or a room the city
 * lends (市の貸出会議室, the only kind without a district): address, owner, capacity, rooms, and the construction and
 * repair history with the subsidy that paid for each work. The district profile lists a district's facilities.
 */
@Entity
public class Facility extends VersionedEntity {

    public String name;
    @Enumerated(EnumType.STRING)
    public FacilityKind kind;
    public Long districtId;
    public String address;
    @Enumerated(EnumType.STRING)
    public FacilityOwner owner;
    public String ownerName;
    public Integer capacity;
    public Integer builtYear;
    /** Lent by the city to community organizations (貸出). */
    public boolean lentByCity;
    public String note;
    public String searchKey;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "facility_room", joinColumns = @JoinColumn(name = "facility_id"))
    @OrderColumn(name = "position")
    public List<FacilityRoom> rooms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "facility_work", joinColumns = @JoinColumn(name = "facility_id"))
    @OrderColumn(name = "position")
    public List<FacilityWork> works = new ArrayList<>();
}
