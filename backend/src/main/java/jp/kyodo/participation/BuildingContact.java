package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 協議記録 — one contact about a new building: the day, how, with whom, by whom, and what was said. */
@Entity
public class BuildingContact extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public NewBuilding building;
    public LocalDate contactedOn;
    @Enumerated(EnumType.STRING)
    public ContactChannel channel;
    /** e.g. 事業者 ○○建設 開発部 */
    public String contactWith;
    /** e.g. 校区担当 古賀, 自治会長 */
    public String madeBy;
    public String summary;
}
