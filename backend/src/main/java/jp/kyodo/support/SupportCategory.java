package jp.kyodo.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The seven columns of the city's catalogue of support (市の基本施策に対応する事業一覧), in print order. A program sits in
 * one or several; they are kept as bits ({@link #bit()}) in {@code support_program.categories}.
 */
public enum SupportCategory {
    /** 人材育成 */
    HUMAN_RESOURCES("人材育成", "Developing people"),
    /** 広報支援 */
    PUBLICITY("広報支援", "Publicity"),
    /** 情報提供 */
    INFORMATION("情報提供", "Information"),
    /** 場の提供 */
    PLACE("場の提供", "Places"),
    /** 連携・交流 */
    COOPERATION("連携・交流", "Cooperation and exchange"),
    /** 財政支援 */
    FINANCIAL("財政支援", "Financial support"),
    /** その他 */
    OTHER("その他", "Other");

    public final String ja;
    public final String en;

    SupportCategory(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static int mask(Collection<SupportCategory> categories) {
        int m = 0;
        for (SupportCategory c : categories) {
            m |= c.bit();
        }
        return m;
    }

    public static List<SupportCategory> of(int mask) {
        List<SupportCategory> out = new ArrayList<>();
        for (SupportCategory c : values()) {
            if ((mask & c.bit()) != 0) {
                out.add(c);
            }
        }
        return out;
    }
}
