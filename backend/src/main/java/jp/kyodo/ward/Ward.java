package jp.kyodo.ward;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 区 — a ward of the city. */
@Entity
public class Ward extends VersionedEntity {

    public String code;
    public String name;
    /** 読み (hiragana, folded) — the sort key of lists. */
    public String kana;
    public String searchKey;
}
