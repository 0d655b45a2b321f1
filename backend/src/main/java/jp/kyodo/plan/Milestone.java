package jp.kyodo.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 工程 — an ordered step of an initiative with a due fiscal year (① 現状の検証 ② 方向の決定 ③ 見直しの実施). */
@Entity
public class Milestone extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Initiative initiative;
    public int position;
    public String title;
    public Integer dueFiscalYear;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status = MilestoneStatus.PLANNED;
    public LocalDate doneOn;
}
