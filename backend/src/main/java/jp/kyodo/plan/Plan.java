package jp.kyodo.plan;

import jakarta.persistence.Entity;
import jp.kyodo.common.persistence.VersionedEntity;

/** 計画 — what the city states it will do over some fiscal years; a tree of {@link PlanNode}s. */
@Entity
public class Plan extends VersionedEntity {

    public String code;
    public String name;
    public String nameEn;
    public String owner;
    public int fromFiscalYear;
    public int toFiscalYear;
    public String description;
}
