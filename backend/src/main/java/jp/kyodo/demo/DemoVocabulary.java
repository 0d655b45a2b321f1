package jp.kyodo.demo;

import java.time.LocalDate;
import java.util.Random;

/** The demo city's fixed vocabulary (town names, groups, themes) and small helpers shared by its generator. */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    static final String[][] CHOME = {{"一丁目", "いっちょうめ"}, {"二丁目", "にちょうめ"}, {"三丁目", "さんちょうめ"},
        {"四丁目", "よんちょうめ"}, {"五丁目", "ごちょうめ"}, {"六丁目", "ろくちょうめ"}, {"七丁目", "ななちょうめ"},
        {"八丁目", "はっちょうめ"}};
    /** Apartment estates: {prefix, prefix reading, suffix, suffix reading} around the district name. */
    static final String[][] ESTATES = {{"市営", "しえい", "住宅", "じゅうたく"}, {"県営", "けんえい", "団地", "だんち"},
        {"", "", "ハイツ", "はいつ"}, {"", "", "ニュータウン", "にゅーたうん"}, {"", "", "グリーンハイツ", "ぐりーんはいつ"}};
    static final String[][] KUMI = {{"東組", "ひがしぐみ"}, {"西組", "にしぐみ"}, {"南組", "みなみぐみ"},
        {"北組", "きたぐみ"}, {"中組", "なかぐみ"}, {"浜組", "はまぐみ"}, {"山手組", "やまてぐみ"}, {"宮前組", "みやまえぐみ"}};
    /** Resident groups: sub-kind, name after the district name, its reading, probability of existing. */
    static final Object[][] RESIDENT_GROUPS = {
        {"FIRE_BRIGADE", "分団", "ぶんだん", 1.0, 1948, 1965},
        {"CRIME_PREVENTION", "校区防犯協会", "こうくぼうはんきょうかい", 0.7, 1965, 1995},
        {"CHILDREN", "校区子ども会育成連合会", "こうくこどもかいいくせいれんごうかい", 1.0, 1960, 1990},
        {"SENIORS", "校区老人クラブ連合会", "こうくろうじんくらぶれんごうかい", 1.0, 1962, 1990},
        {"WOMEN", "校区婦人会", "こうくふじんかい", 0.45, 1950, 1975},
        {"DISASTER_PREVENTION", "校区自主防災会", "こうくじしゅぼうさいかい", 1.0, 1996, 2012},
        {"ENVIRONMENT", "校区環境衛生連合会", "こうくかんきょうえいせいれんごうかい", 0.8, 1970, 2000}};
    static final String[][] WARD_GROUPS = {
        {"TRAFFIC_SAFETY", "交通安全推進協議会", "こうつうあんぜんすいしんきょうぎかい"},
        {"SPORTS", "体育振興会", "たいいくしんこうかい"},
        {"YOUTH", "青少年育成協議会", "せいしょうねんいくせいきょうぎかい"},
        {"", "男女共同参画協議会", "だんじょきょうどうさんかくきょうぎかい"},
        {"", "ごみ減量・リサイクル連絡会議", "ごみげんりょうりさいくるれんらくかいぎ"},
        {"", "衛生連合会", "えいせいれんごうかい"}};
    static final String[][] CIVIC_THEMES = {{"子育て応援ネット", "こそだておうえんねっと"},
        {"見守りネットワーク", "みまもりねっとわーく"}, {"環境美化の会", "かんきょうびかのかい"},
        {"防災まちづくり研究会", "ぼうさいまちづくりけんきゅうかい"}, {"多文化共生の会", "たぶんかきょうせいのかい"},
        {"子ども食堂連絡会", "こどもしょくどうれんらくかい"}};

    static String phone(Random r) {
        return String.format("092-%03d-%04d", 200 + r.nextInt(800), r.nextInt(10000));
    }

    static LocalDate april(int fy) {
        return LocalDate.of(fy, 4, 1);
    }

    static LocalDate march(int fy) {
        return LocalDate.of(fy + 1, 3, 31);
    }

    static LocalDate date(Random r, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
        return from.plusDays(r.nextInt(days + 1));
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String era(int year) {
        return year <= 2019 ? "平成" + (year - 1988) + "年" : "令和" + (year - 2018) + "年";
    }
}
