package jp.kyodo.support;

/** What a support program is. Only a subsidy or a consignment has terms, an amount rule and a yearly cycle. */
public enum SupportKind {
    /** 補助金 */
    SUBSIDY("補助金"),
    /** 委託 (e.g. 行政情報伝達業務委託: distributing the city's newsletter) */
    CONSIGNMENT("委託"),
    /** 研修・説明会 */
    TRAINING("研修・説明会"),
    /** 施設・場の提供 */
    FACILITY("施設・場の提供"),
    /** 情報提供 */
    INFORMATION("情報提供"),
    /** その他 */
    OTHER("その他");

    public final String ja;

    SupportKind(String ja) {
        this.ja = ja;
    }

    /** Has terms, an amount rule and a cycle per organization. */
    public boolean granted() {
        return this == SUBSIDY || this == CONSIGNMENT;
    }
}
