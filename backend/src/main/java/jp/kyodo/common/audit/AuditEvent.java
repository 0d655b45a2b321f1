package jp.kyodo.common.audit;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** 変更履歴 — who changed what and when, with the state before and after (as the API showed it). */
@Entity
public class AuditEvent extends IdentityEntity {

    public String entityType;

    public Long entityId;

    /** The record whose history should also show this event (an officer's organization, for example). */
    public String parentType;

    public Long parentId;

    public String action;

    public String actor;

    public OffsetDateTime occurredAt;

    public String beforeState;

    public String afterState;
}
