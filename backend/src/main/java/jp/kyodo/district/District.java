package jp.kyodo.district;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 校区 — a school district, the basic unit of community self-government. */
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String kana;
    @Column(name = "search_key")
    public String searchKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id")
    public jp.kyodo.ward.Ward ward;
    /** 公民館 / 校区コミュニティセンター */
    @Column(name = "community_hall")
    public String communityHall;
    public String note;
    @Version
    public long version;
}
