package jp.kyodo.support;

/** 工事の種類 of a facility's history. */
public enum FacilityWorkKind {
    /** 新築 */
    CONSTRUCTION,
    /** 増改築 */
    EXTENSION,
    /** 修繕 */
    REPAIR,
    /** 設備 */
    EQUIPMENT
}
