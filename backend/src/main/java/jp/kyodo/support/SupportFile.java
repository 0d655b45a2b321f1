package jp.kyodo.support;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/**
 * 書類 — a file kept with a step of a grant case (the application form, the results report, the inspection record)
 * or with an event (its materials), its type checked by content when uploaded. Exactly one owner.
 */
@Entity
public class SupportFile extends IdentityEntity {

    public Long grantCaseId;
    public Long eventId;
    @Enumerated(EnumType.STRING)
    public GrantStep step;
    public String filename;
    public String mediaType;
    public long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public OffsetDateTime uploadedAt;
    public String uploadedBy;
}
