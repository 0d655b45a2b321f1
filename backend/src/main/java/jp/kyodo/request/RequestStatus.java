package jp.kyodo.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 状態 of a request in the inventory. Drafts are seen only by the office and the issuing section. */
@Schema(name = "CityRequestStatus", description = "DRAFT 下書き (not public, not counted), ACTIVE 実施中, ENDED 終了")
public enum RequestStatus {
    DRAFT("下書き"), ACTIVE("実施中"), ENDED("終了");

    /** The label the screens show, the import reads and an export with labels=ja writes. */
    public final String labelJa;

    RequestStatus(String labelJa) {
        this.labelJa = labelJa;
    }
}
