package jp.kyodo.activity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** A file kept with an activity record (PDF, image, Office file), its type checked by content when uploaded. */
@Entity
public class ActivityAttachment extends IdentityEntity {

    public Long activityId;
    public String filename;
    public String mediaType;
    public long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public OffsetDateTime uploadedAt;
    public String uploadedBy;
}
