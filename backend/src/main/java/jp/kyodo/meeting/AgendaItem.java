package jp.kyodo.meeting;

import jakarta.persistence.*;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.kyodo.common.persistence.VersionedEntity;

/** 議題 / 報告事項 — an item the city reported at a meeting, with the presenting section and the requests it carries. */
@Entity
public class AgendaItem extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CouncilMeeting meeting;
    @Column(name = "item_order")
    public int order;
    public String title;
    /** 担当課 as written; sectionId links it to the section register once that exists (no FK yet). */
    public String sectionName;
    public Long sectionId;
    public String note;
    public String searchKey;
    /** Username of whoever added it: a DEPARTMENT user may change only the items they added. */
    public String createdBy;
    /** Ids of city requests (依頼等) the item carries; the FK to city_request is added by a later migration. */
    @ElementCollection
    @CollectionTable(name = "agenda_item_request", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "city_request_id")
    public Set<Long> requestIds = new LinkedHashSet<>();
}
