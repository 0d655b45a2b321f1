package jp.kyodo.ward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 区 — a ward of the city. */
@Entity
@Table(name = "ward")
public class Ward extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    /** 読み (hiragana, folded) — the sort key of lists. */
    public String kana;
    @Column(name = "search_key")
    public String searchKey;
    @Version
    public long version;
}
