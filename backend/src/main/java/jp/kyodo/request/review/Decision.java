package jp.kyodo.request.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 見直しの結論. */
@Schema(name = "ReviewDecision", description = "ABOLISH 廃止, MERGE 統合 (into another request), LIGHTEN 負担軽減・方法変更, RECLASSIFY 連絡・提案へ, COMPENSATE 費用弁償, KEEP 継続")
public enum Decision {
    ABOLISH("廃止"), MERGE("統合"), LIGHTEN("負担軽減"), RECLASSIFY("連絡・提案へ"), COMPENSATE("費用弁償"), KEEP("継続");

    public final String labelJa;

    Decision(String labelJa) {
        this.labelJa = labelJa;
    }
}
