package jp.kyodo.support;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * 建設・修繕の履歴 — one construction, extension, repair or equipment work on a facility, with what it cost and the
 * subsidy that paid for it: a program of the catalogue, and the organization's case when kyodo holds it.
 */
@Embeddable
public class FacilityWork {

    public LocalDate doneOn;
    @Enumerated(EnumType.STRING)
    public FacilityWorkKind kind;
    public String description;
    public Long costYen;
    public Long programId;
    public Long grantCaseId;
    public Long subsidyYen;
}
