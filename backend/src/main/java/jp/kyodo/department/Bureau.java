package jp.kyodo.department;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 局 / 区 — a bureau of the city organization (a ward office counts as one). */
@Entity
public class Bureau extends VersionedEntity {
    public String code;
    public String name;
    public String kana;
    public int sortOrder;
}
