package jp.kyodo.support;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.VersionedEntity;
import jp.kyodo.organization.Organization;

/**
 * 交付案件 — one organization's year of one subsidy or consignment. The entity owns its steps and refuses one out of
 * order with 409: 事業計画 → 申請 → 交付決定 → (支払) → 実績報告 → 実地検査 → 額の確定. A program with no plan deadline
 * takes applications without a plan. The computed amount is the program's rule over the registry's figures and what
 * the application states; the decided amount equals it unless overridden with a reason.
 */
@Entity
public class GrantCase extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SupportProgram program;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public GrantStatus status = GrantStatus.AWAITING_PLAN;
    public LocalDate planReceivedOn;
    public String planReceivedBy;
    public LocalDate appliedOn;
    public String appliedBy;
    public Long eligibleCost;
    /** Units the application states, as JSON {"LED": 3}. */
    public String units;
    public Long households;
    public Long memberHouseholds;
    public Long population;
    public Long computedYen;
    /** The steps of the computation, one per line. */
    public String computedSteps;
    /** What the rule needed and the registry or the application did not have, one per line. */
    public String computedMissing;
    public Long decidedYen;
    public String overrideReason;
    public LocalDate decidedOn;
    /** 変更交付決定: the day of the latest correction of the decision (decidedOn stays the first decision's). */
    public LocalDate decisionChangedOn;
    public String decisionChangedBy;
    public String decidedBy;
    public long paidYen;
    public LocalDate reportedOn;
    public String reportedBy;
    public Long reportedCost;
    public String reportedUnits;
    public LocalDate inspectedOn;
    public String inspectedBy;
    public String findings;
    public String corrections;
    public Long finalYen;
    public String finalReason;
    public Long refundYen;
    public LocalDate settledOn;
    public String settledBy;

    static ProblemException outOfOrder(String step, GrantStatus status) {
        return ProblemException.conflict(step + " is not possible while the case is " + status.ja + " (" + status + ")");
    }

    /** 事業計画受付. */
    public void receivePlan(LocalDate on, String by) {
        if (status != GrantStatus.AWAITING_PLAN) {
            throw outOfOrder("Receiving the business plan", status);
        }
        planReceivedOn = on;
        planReceivedBy = by;
        status = GrantStatus.PLAN_RECEIVED;
    }

    /** 申請受付: after the plan, or straight away when the program asks for no plan. May be corrected until decided. */
    public void apply(LocalDate on, String by, boolean planRequired) {
        boolean fromStart = status == GrantStatus.AWAITING_PLAN && !planRequired;
        if (!(status == GrantStatus.PLAN_RECEIVED || status == GrantStatus.APPLIED || fromStart)) {
            throw outOfOrder(planRequired && status == GrantStatus.AWAITING_PLAN
                    ? "An application before the business plan" : "Receiving the application", status);
        }
        appliedOn = on;
        appliedBy = by;
        status = GrantStatus.APPLIED;
    }

    /** 交付決定, and its correction (変更交付決定) until the results report. */
    public void decide(long yen, String reason, LocalDate on, String by) {
        if (!(status == GrantStatus.APPLIED || status == GrantStatus.DECIDED)) {
            throw outOfOrder("A grant decision", status);
        }
        decidedYen = yen;
        overrideReason = reason;
        if (status == GrantStatus.DECIDED) {
            decisionChangedOn = on;
            decisionChangedBy = by;
        } else {
            decidedOn = on;
            decidedBy = by;
        }
        status = GrantStatus.DECIDED;
    }

    /** 支払: only on a decided case, never beyond the decided (or, once settled, the final) amount. */
    public void pay(long yen) {
        if (!status.decided()) {
            throw outOfOrder("A payment", status);
        }
        long limit = status == GrantStatus.SETTLED ? finalYen : decidedYen;
        if (paidYen + yen > limit) {
            throw ProblemException.conflict("The payments would come to " + (paidYen + yen) + " yen, more than the "
                    + (status == GrantStatus.SETTLED ? "final" : "decided") + " amount of " + limit + " yen");
        }
        paidYen += yen;
        if (status == GrantStatus.SETTLED) {
            refundYen = Math.max(0, paidYen - finalYen);
        }
    }

    /** 実績報告受付. */
    public void report(LocalDate on, String by, Long cost, String actualUnits) {
        if (!(status == GrantStatus.DECIDED || status == GrantStatus.REPORTED)) {
            throw outOfOrder("Receiving the results report", status);
        }
        reportedOn = on;
        reportedBy = by;
        reportedCost = cost;
        reportedUnits = actualUnits;
        status = GrantStatus.REPORTED;
    }

    /** 実地検査: findings and the corrections asked for; may be recorded again until settled. */
    public void inspect(LocalDate on, String by, String found, String corrected) {
        if (!(status == GrantStatus.REPORTED || status == GrantStatus.INSPECTED)) {
            throw outOfOrder("Recording the on-site inspection", status);
        }
        inspectedOn = on;
        inspectedBy = by;
        findings = found;
        corrections = corrected;
        status = GrantStatus.INSPECTED;
    }

    /** 額の確定: the final amount, at most the decided one; the refund is what was paid beyond it. */
    public void settle(long yen, String reason, LocalDate on, String by) {
        if (!(status == GrantStatus.REPORTED || status == GrantStatus.INSPECTED || status == GrantStatus.SETTLED)) {
            throw outOfOrder("Fixing the final amount", status);
        }
        finalYen = yen;
        finalReason = reason;
        refundYen = Math.max(0, paidYen - yen);
        settledOn = on;
        settledBy = by;
        status = GrantStatus.SETTLED;
    }
}
