package jp.kyodo.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 計画 — what the city states it will do over some fiscal years; a tree of {@link PlanNode}s. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    public String owner;
    @Column(name = "from_fiscal_year")
    public int fromFiscalYear;
    @Column(name = "to_fiscal_year")
    public int toFiscalYear;
    public String description;
    @Version
    public long version;
}
