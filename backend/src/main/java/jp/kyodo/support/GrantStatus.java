package jp.kyodo.support;

/**
 * 交付案件の状況 — an organization's year of one subsidy or consignment moves through these in this order only.
 * Payments (支払) are recorded from the decision on and do not move the status; what has been paid is a figure.
 */
public enum GrantStatus {
    /** 未提出: the organization has handed in neither its business plan (when the program asks for one) nor its application. */
    AWAITING_PLAN("未提出"),
    /** 事業計画受付: plan received (補助金算定に係る事業計画等の提出). */
    PLAN_RECEIVED("事業計画受付"),
    /** 申請受付: the application was received. */
    APPLIED("申請受付"),
    /** 交付決定: the amount is decided. */
    DECIDED("交付決定"),
    /** 実績報告受付: the results report was received. */
    REPORTED("実績報告受付"),
    /** 実地検査済: the on-site inspection is done. */
    INSPECTED("実地検査済"),
    /** 額の確定: the final amount is fixed; any refund is known. */
    SETTLED("額の確定");

    public final String ja;

    GrantStatus(String ja) {
        this.ja = ja;
    }

    public boolean decided() {
        return ordinal() >= DECIDED.ordinal();
    }
}
