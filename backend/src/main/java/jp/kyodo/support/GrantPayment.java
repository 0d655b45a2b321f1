package jp.kyodo.support;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/** 支払 — one instalment paid on a decided case. */
@Entity
public class GrantPayment extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public GrantCase grantCase;
    public int instalment;
    public LocalDate paidOn;
    public long yen;
    public String recordedBy;
    public String note;
    public OffsetDateTime createdAt;
}
