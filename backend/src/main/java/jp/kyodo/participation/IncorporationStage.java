package jp.kyodo.participation;

/** 地縁団体の認可 — where an association's incorporation stands. */
public enum IncorporationStage {
    /** 相談 */
    CONSULTED,
    /** 申請準備 */
    PREPARING,
    /** 申請 */
    APPLIED,
    /** 認可 */
    APPROVED,
    /** 取下げ */
    WITHDRAWN
}
