package jp.kyodo.department;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 課 — a section: issues requests to communities; a DEPARTMENT user belongs to one. */
@Entity
public class Section extends VersionedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Department department;
    public String code;
    public String name;
    public String kana;
    public String searchKey;
    public int sortOrder;
}
