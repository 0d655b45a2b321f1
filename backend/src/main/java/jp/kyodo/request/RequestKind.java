package jp.kyodo.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 依頼の区分. */
@Schema(name = "CityRequestKind", description = "COOPERATION 協力依頼 (the city asks for help with city work: to be reduced) or NOTICE 連絡・提案 (information or a suggestion useful to the community: must never impose)")
public enum RequestKind {
    /** 協力依頼 */
    COOPERATION("協力依頼", "Cooperation request"),
    /** 連絡・提案 */
    NOTICE("連絡・提案", "Notice / proposal");

    public final String labelJa;
    public final String labelEn;

    RequestKind(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }
}
