package jp.kyodo.plan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** 実施目標 — one target of an initiative: a kind in a fiscal year (absent for a plain 継続). */
@Embeddable
public class InitiativeTarget {

    @Enumerated(EnumType.STRING)
    public TargetKind kind;
    public Integer fiscalYear;
    /** Printed in parentheses: it enhances a program already running. */
    public boolean enhancesExisting;
    /** The target as printed, e.g. "(21 年度実施)". */
    public String label;

    public InitiativeTarget() {
    }

    public InitiativeTarget(TargetKind kind, Integer fiscalYear, boolean enhancesExisting, String label) {
        this.kind = kind;
        this.fiscalYear = fiscalYear;
        this.enhancesExisting = enhancesExisting;
        this.label = label;
    }
}
