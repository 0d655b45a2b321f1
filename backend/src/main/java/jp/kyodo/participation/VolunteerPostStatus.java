package jp.kyodo.participation;

/** 募集の状態 — where a volunteer post stands. */
public enum VolunteerPostStatus {
    /** 下書き: being written by the liaison or the office */
    DRAFT,
    /** 承認待ち: sent to the office for approval */
    SUBMITTED,
    /** 公開: approved and published until it closes (by date or by hand) */
    APPROVED,
    /** 差戻し: returned to the poster with a note */
    RETURNED,
    /** 終了: closed by hand */
    CLOSED
}
