package jp.kyodo.district;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 校区 — a school district, the basic unit of community self-government. */
@Entity
public class District extends VersionedEntity {

    public String code;
    public String name;
    public String kana;
    public String searchKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.ward.Ward ward;
    /** 公民館 / 校区コミュニティセンター */
    public String communityHall;
    public String note;
}
