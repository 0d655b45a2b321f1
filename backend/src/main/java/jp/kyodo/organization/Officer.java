package jp.kyodo.organization;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 役員 — an officer (会長, 副会長, 会計 …) of an organization for a term. Holds personal data. */
@Entity
public class Officer extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Enumerated(EnumType.STRING)
    public OfficerRole role;
    public String personName;
    public String personKana;
    public String phone;
    public String address;
    public LocalDate termStart;
    public LocalDate termEnd;
}
