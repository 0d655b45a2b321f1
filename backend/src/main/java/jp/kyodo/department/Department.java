package jp.kyodo.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 部 — a department of a bureau. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bureau_id")
    public Bureau bureau;
    public String code;
    public String name;
    public String kana;
    @Column(name = "sort_order")
    public int sortOrder;
    @Version
    public long version;
}
