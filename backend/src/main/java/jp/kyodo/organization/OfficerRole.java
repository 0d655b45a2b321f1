package jp.kyodo.organization;

/** 役職: 会長 / 副会長 / 会計 / 事務局長 / 監事 / その他. */
public enum OfficerRole {
    CHAIR, VICE_CHAIR, TREASURER, SECRETARY_GENERAL, AUDITOR, OTHER;

    /** 会長, 会計 and 事務局長 are held by one person at a time; 副会長, 監事 and other roles by several. */
    public boolean singleHolder() {
        return this == CHAIR || this == TREASURER || this == SECRETARY_GENERAL;
    }
}
