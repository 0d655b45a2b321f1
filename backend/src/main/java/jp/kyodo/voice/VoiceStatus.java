package jp.kyodo.voice;

/** 受付 → 担当課で対応中 → 回答済 → 完了, in this order only. */
public enum VoiceStatus {
    /** 受付: received by the liaison, not yet routed. */
    RECEIVED,
    /** 担当課で対応中: routed to the responsible section, waiting for its answer. */
    IN_PROGRESS,
    /** 回答済: the section answered; the liaison has still to return the answer to the council. */
    ANSWERED,
    /** 完了: the answer went back to the council. */
    CLOSED;

    /** Waiting for the city (not yet answered): what counts as open and can be overdue. */
    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
