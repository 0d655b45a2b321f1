package jp.kyodo.participation;

import jakarta.persistence.*;
import java.time.LocalDate;
import jp.kyodo.common.persistence.VersionedEntity;

/** 地縁団体の認可支援 — an association's way from the first consultation to the approval. */
@Entity
public class IncorporationCase extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public jp.kyodo.organization.Organization organization;
    @Enumerated(EnumType.STRING)
    public IncorporationStage stage;
    public LocalDate consultedOn;
    public LocalDate appliedOn;
    public LocalDate approvedOn;
    public LocalDate withdrawnOn;
    public String note;
}
