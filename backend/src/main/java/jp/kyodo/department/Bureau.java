package jp.kyodo.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 局 / 区 — a bureau of the city organization (a ward office counts as one). */
@Entity
@Table(name = "bureau")
public class Bureau extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String kana;
    @Column(name = "sort_order")
    public int sortOrder;
    @Version
    public long version;
}
