package jp.kyodo.activity;

/** 対応事項の状態: open (未対応) or done (対応済, with the day it was done). */
public enum FollowUpStatus {
    OPEN,
    DONE
}
