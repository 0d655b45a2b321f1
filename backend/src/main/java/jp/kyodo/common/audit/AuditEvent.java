package jp.kyodo.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** 変更履歴 — who changed what and when, with the state before and after (as the API showed it). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    /** The record whose history should also show this event (an officer's organization, for example). */
    @Column(name = "parent_type")
    public String parentType;

    @Column(name = "parent_id")
    public Long parentId;

    public String action;

    public String actor;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "before_state")
    public String beforeState;

    @Column(name = "after_state")
    public String afterState;
}
