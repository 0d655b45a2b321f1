package jp.kyodo.common.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 和暦 — reads the dates staff write in spreadsheets and minutes: the Japanese era (平成23年4月20日, 令和元年5月1日,
 * H23.4.20, R7/4/1, ㍻23年…) as well as the Western calendar (2011/4/20, 2011-04-20, 2011年4月20日, 20110420).
 * Full-width digits and letters are accepted (NFKC), spaces are ignored, and so is a weekday in brackets after
 * the date (（水）, (Wed)) — Kurume's council log writes every date that way. The 日 after the day may be missing
 * (平成23年11月24（木） occurs in that log). An ISO date-time (what an Excel date cell with a time reads as) keeps
 * its date.
 *
 * <p>Strict about impossible dates: 2月30日 and 平成23年13月1日 are refused, and so is a date outside its era —
 * 平成 ended on 2019-04-30, so 平成31年5月1日 and 平成32年 are refused with the Western date and the 令和 form in the
 * message (令和2年…), rather than silently accepted: in an import a year in the wrong era is far more often a
 * typo (平成33年 for 平成23年) than a form printed before the change of era. 令和 starts on 2019-05-01 and 平成
 * on 1989-01-08; 明治 is accepted from 1873-01-01, when Japan adopted the Gregorian calendar (earlier 明治 dates
 * were lunar-calendar dates and cannot be converted by arithmetic). Two-digit years without an era are refused
 * as ambiguous.
 */
public final class Wareki {

    /** A Japanese era: its names, first day, and last day (null for the current one). */
    public enum Era {
        MEIJI("明治", 'M', LocalDate.of(1868, 1, 25), LocalDate.of(1873, 1, 1), LocalDate.of(1912, 7, 29)),
        TAISHO("大正", 'T', LocalDate.of(1912, 7, 30), LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
        SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25), LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
        HEISEI("平成", 'H', LocalDate.of(1989, 1, 8), LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
        REIWA("令和", 'R', LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 1), null);

        private final String kanji;
        private final char letter;
        /** The day of 元年 the era's years count from (the year of this date is 元年). */
        private final LocalDate yearOne;
        /** The first date accepted (明治: the first Gregorian day). */
        private final LocalDate firstAccepted;
        private final LocalDate last;

        Era(String kanji, char letter, LocalDate yearOne, LocalDate firstAccepted, LocalDate last) {
            this.kanji = kanji;
            this.letter = letter;
            this.yearOne = yearOne;
            this.firstAccepted = firstAccepted;
            this.last = last;
        }

        public String kanji() {
            return kanji;
        }

        public char letter() {
            return letter;
        }

        public int gregorianYear(int eraYear) {
            return yearOne.getYear() + eraYear - 1;
        }

        public boolean contains(LocalDate d) {
            return !d.isBefore(firstAccepted) && (last == null || !d.isAfter(last));
        }

        static Era of(String name) {
            for (Era e : values()) {
                if (e.kanji.equals(name) || (name.length() == 1 && Character.toUpperCase(name.charAt(0)) == e.letter)) {
                    return e;
                }
            }
            return null;
        }

        /** The era a date belongs to (dates before 1873 have none). */
        public static Era of(LocalDate d) {
            for (Era e : List.of(REIWA, HEISEI, SHOWA, TAISHO, MEIJI)) {
                if (e.contains(d)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** The text is not a date this parser can read, or names a day that does not exist. */
    public static final class InvalidDateException extends IllegalArgumentException {
        InvalidDateException(String message) {
            super(message);
        }
    }

    private static final String ERAS = "明治|大正|昭和|平成|令和|[MTSHRmtshr]";
    private static final String NUM = "(\\d{1,2}|元)";
    /** 平成23年4月20日 / 令和元年5月1日 / 平成23年11月24 */
    private static final Pattern ERA_KANJI = Pattern.compile("(" + ERAS + ")\\.?" + NUM + "年(\\d{1,2})月(\\d{1,2})日?");
    /** H23.4.20 / R7/4/1 / H.23-4-20 / 平成23.4.20 */
    private static final Pattern ERA_SHORT = Pattern.compile("(" + ERAS + ")\\.?" + NUM + "([./\\-])(\\d{1,2})\\3(\\d{1,2})");
    /** 2011/4/20 / 2011-04-20 / 2011.4.20 */
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})([./\\-])(\\d{1,2})\\2(\\d{1,2})(?:T[0-9:.]+)?");
    /** 2011年4月20日 */
    private static final Pattern WESTERN_KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    /** 20110420 */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** （水） (水曜日) (Wed) [祝] at the end. */
    private static final Pattern WEEKDAY = Pattern.compile("[(\\[][^()\\[\\]]{1,10}[)\\]]$");

    private Wareki() {
    }

    /**
     * The date the text names.
     *
     * @throws InvalidDateException with a message that says what was expected, or why the date is impossible
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDateException("no date given");
        }
        String s = normalize(text);
        Matcher m;
        if ((m = ERA_KANJI.matcher(s)).matches()) {
            return era(text, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if ((m = ERA_SHORT.matcher(s)).matches()) {
            return era(text, m.group(1), m.group(2), m.group(4), m.group(5));
        }
        if ((m = WESTERN.matcher(s)).matches()) {
            return date(text, m.group(1), m.group(3), m.group(4));
        }
        if ((m = WESTERN_KANJI.matcher(s)).matches()) {
            return date(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return date(text, m.group(1), m.group(2), m.group(3));
        }
        throw new InvalidDateException("'" + text.strip() + "' is not a date; write e.g. 2011-04-20, 2011/4/20, "
                + "平成23年4月20日, 令和元年5月1日 or H23.4.20");
    }

    /** Like {@link #parse} but null for text that is not a valid date. */
    public static LocalDate parseOrNull(String text) {
        try {
            return parse(text);
        } catch (InvalidDateException e) {
            return null;
        }
    }

    /** e.g. 令和7年4月1日, 令和元年5月1日; dates before 1873 in the Western form. */
    public static String format(LocalDate d) {
        Era e = Era.of(d);
        if (e == null) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        return e.kanji + eraYear(e, d.getYear()) + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 年度 in the era the fiscal year starts in: 2025 → 令和7年度, 2019 → 令和元年度 (the common usage), 2009 → 平成21年度. */
    public static String fiscalYear(int fiscalYear) {
        LocalDate start = LocalDate.of(fiscalYear, 4, 1);
        Era e = fiscalYear == 2019 ? Era.REIWA : Era.of(start);
        if (e == null) {
            return fiscalYear + "年度";
        }
        return e.kanji + eraYear(e, fiscalYear) + "年度";
    }

    private static String eraYear(Era e, int gregorianYear) {
        int y = gregorianYear - e.yearOne.getYear() + 1;
        return y == 1 ? "元" : Integer.toString(y);
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "");
        // a weekday in brackets after the date: （水） becomes (水) under NFKC
        Matcher w = WEEKDAY.matcher(s);
        if (w.find() && w.start() > 0) {
            s = s.substring(0, w.start());
        }
        // NFKC already folded full-width ．／－; the hyphen-likes it keeps are folded here
        return s.replace('‐', '-').replace('−', '-').replace('ー', '-').toUpperCase(Locale.ROOT);
    }

    private static LocalDate era(String text, String eraName, String year, String month, String day) {
        Era e = Era.of(eraName);
        int y = year.equals("元") ? 1 : Integer.parseInt(year);
        if (y == 0) {
            throw new InvalidDateException("'" + text.strip() + "': an era year starts at 1 (元年)");
        }
        LocalDate d = of(text, e.gregorianYear(y), Integer.parseInt(month), Integer.parseInt(day));
        if (!e.contains(d)) {
            Era actual = Era.of(d);
            String hint = actual == null ? "" : " (" + format(d) + ")";
            String range = e.last == null ? "began on " + e.firstAccepted
                    : "ran from " + e.firstAccepted + " to " + e.last;
            throw new InvalidDateException("'" + text.strip() + "' is not a day of " + e.kanji + ", which " + range
                    + "; the Western date would be " + d + hint);
        }
        return d;
    }

    private static LocalDate date(String text, String year, String month, String day) {
        return of(text, Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate of(String text, int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new InvalidDateException("'" + text.strip() + "' is not a day of the calendar (" + y + "-" + m + "-"
                    + d + ")");
        }
    }
}
