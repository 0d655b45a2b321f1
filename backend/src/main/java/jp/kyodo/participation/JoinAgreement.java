package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 関係団体との協定 — e.g. with a real-estate association to hand new residents the leaflet. */
@Entity
public class JoinAgreement extends VersionedEntity {

    public String partner;
    public String title;
    public LocalDate concludedOn;
    public LocalDate endsOn;
    /** The ward it covers; null: the whole city. */
    @ManyToOne(fetch = FetchType.LAZY)
    public jp.kyodo.ward.Ward ward;
    public String summary;
}
