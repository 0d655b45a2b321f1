package jp.kyodo.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** 課 — a section: issues requests to communities; a DEPARTMENT user belongs to one. */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;
    public String code;
    public String name;
    public String kana;
    @Column(name = "search_key")
    public String searchKey;
    @Column(name = "sort_order")
    public int sortOrder;
    @Version
    public long version;
}
