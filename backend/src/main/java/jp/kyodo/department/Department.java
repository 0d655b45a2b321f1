package jp.kyodo.department;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 部 — a department of a bureau. */
@Entity
public class Department extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Bureau bureau;
    public String code;
    public String name;
    public String kana;
    public int sortOrder;
}
