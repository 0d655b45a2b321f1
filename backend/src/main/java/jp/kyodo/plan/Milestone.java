package jp.kyodo.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 工程 — an ordered step of an initiative with a due fiscal year (① 現状の検証 ② 方向の決定 ③ 見直しの実施). */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;
    public int position;
    public String title;
    @Column(name = "due_fiscal_year")
    public Integer dueFiscalYear;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status = MilestoneStatus.PLANNED;
    @Column(name = "done_on")
    public LocalDate doneOn;
    @Version
    public long version;
}
