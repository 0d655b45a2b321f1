package jp.kyodo.meeting.service;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meeting as minutes and logs write it: 第3回理事会, 第１回校区事務局連絡会議, 第十二回幹事会, 理事会（第3回）,
 * 令和7年度第1回理事会, or the body's name alone (総会). The rest is the body's name, looked up by the caller.
 */
public final class MeetingNames {

    /** The meeting's number (第N回), null when the text has none, and what names the body. */
    public record Parsed(Integer number, String bodyName) {
    }

    private static final String NUMBER = "([0-9]+|[〇零一二三四五六七八九十百]+)";
    private static final Pattern FISCAL_YEAR = Pattern.compile("^(?:明治|大正|昭和|平成|令和|[MTSHR])?(?:[0-9]+|元)年度");
    private static final Pattern PREFIX = Pattern.compile("^第" + NUMBER + "回(.+)$");
    private static final Pattern SUFFIX = Pattern.compile("^(.+?)\\(?第" + NUMBER + "回\\)?$");

    private MeetingNames() {
    }

    public static Parsed parse(String text) {
        if (text == null) {
            return new Parsed(null, "");
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "");
        s = FISCAL_YEAR.matcher(s).replaceFirst("");
        Matcher m = PREFIX.matcher(s);
        if (m.matches()) {
            return new Parsed(number(m.group(1)), m.group(2));
        }
        m = SUFFIX.matcher(s);
        if (m.matches()) {
            return new Parsed(number(m.group(2)), m.group(1));
        }
        return new Parsed(null, s);
    }

    /** 12, 十二, 一二, 二十, 百一 → the number; 0 when it is not one (the caller then reports it). */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        String digits = "〇一二三四五六七八九";
        if (!s.contains("十") && !s.contains("百")) {
            int n = 0;
            for (char c : s.toCharArray()) {
                int d = c == '零' ? 0 : digits.indexOf(c);
                n = n * 10 + d;
            }
            return n;
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '零' ? 0 : digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }
}
