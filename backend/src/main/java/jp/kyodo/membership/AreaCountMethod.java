package jp.kyodo.membership;

/** How the households in an association's area were counted: 住民基本台帳 / 自治会の独自集計 / 実態調査. */
public enum AreaCountMethod {
    RESIDENT_REGISTRY("住民基本台帳"), OWN_COUNT("独自集計"), SURVEY("実態調査");

    /** The label the screens show, the import reads and an export with labels=ja writes. */
    public final String labelJa;

    AreaCountMethod(String labelJa) {
        this.labelJa = labelJa;
    }
}
