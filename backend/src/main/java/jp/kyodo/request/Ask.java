package jp.kyodo.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 依頼内容 — what a request asks the community to do. */
@Schema(name = "CityRequestAsk", description = "What is asked: DISTRIBUTION 配布, POSTING 掲示, CIRCULATION 回覧, RECOMMENDATION 推薦, SURVEY 調査, PARTICIPATION 参加, COLLECTION 募金・集金, PROGRAM 事業実施, REPORT 報告, OTHER その他")
public enum Ask {
    DISTRIBUTION("配布", "Distribution"),
    POSTING("掲示", "Posting"),
    CIRCULATION("回覧", "Circulation"),
    RECOMMENDATION("推薦", "Recommending people"),
    SURVEY("調査", "Survey"),
    PARTICIPATION("参加", "Participation"),
    COLLECTION("募金・集金", "Collection"),
    PROGRAM("事業実施", "Running a program"),
    REPORT("報告", "Reporting"),
    OTHER("その他", "Other");

    public final String labelJa;
    public final String labelEn;

    Ask(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }
}
