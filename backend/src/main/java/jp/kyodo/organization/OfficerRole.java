package jp.kyodo.organization;

/** 役職: 会長 / 副会長 / 会計 / 事務局長 / 監事 / その他. */
public enum OfficerRole {
    CHAIR, VICE_CHAIR, TREASURER, SECRETARY_GENERAL, AUDITOR, OTHER
}
