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

    /** Value equality, so a replaced list that holds the same rows is seen as unchanged (no new version, no history). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FacilityWork o
                && java.util.Objects.equals(doneOn, o.doneOn)
                && java.util.Objects.equals(kind, o.kind)
                && java.util.Objects.equals(description, o.description)
                && java.util.Objects.equals(costYen, o.costYen)
                && java.util.Objects.equals(programId, o.programId)
                && java.util.Objects.equals(grantCaseId, o.grantCaseId)
                && java.util.Objects.equals(subsidyYen, o.subsidyYen);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(doneOn, kind, description, costYen, programId, grantCaseId, subsidyYen);
    }
}
