package jp.kyodo.workspace.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kyodo.common.calendar.CalendarEntry;

/**
 * An iCalendar (RFC 5545) document of calendar entries: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, a UID and DTSTAMP per event, all-day entries as
 * {@code DTSTART;VALUE=DATE} with the next day as DTEND, timed ones in Asia/Tokyo ({@code TZID} with a VTIMEZONE).
 */
public final class Ics {

    static final String CRLF = "\r\n";
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Ics() {
    }

    /** An entry with the words its kind is shown with (e.g. 「締切」) and the absolute URL to open. */
    public record Event(CalendarEntry entry, String summary, String description, String url) {
    }

    public static String document(String name, List<Event> events, ZonedDateTime stamp) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//kyodo//workspace calendar//JA");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + text(name));
        line(b, "X-WR-TIMEZONE:Asia/Tokyo");
        line(b, "BEGIN:VTIMEZONE");
        line(b, "TZID:Asia/Tokyo");
        line(b, "BEGIN:STANDARD");
        line(b, "DTSTART:19700101T000000");
        line(b, "TZOFFSETFROM:+0900");
        line(b, "TZOFFSETTO:+0900");
        line(b, "TZNAME:JST");
        line(b, "END:STANDARD");
        line(b, "END:VTIMEZONE");
        String dtstamp = stamp.withZoneSameInstant(ZoneOffset.UTC).format(UTC);
        for (Event e : events) {
            CalendarEntry c = e.entry();
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + text(c.uid()));
            line(b, "DTSTAMP:" + dtstamp);
            if (c.start() == null) {
                line(b, "DTSTART;VALUE=DATE:" + c.date().format(DATE));
                line(b, "DTEND;VALUE=DATE:" + c.date().plusDays(1).format(DATE));
                line(b, "TRANSP:TRANSPARENT");
            } else {
                LocalDateTime s = c.start();
                line(b, "DTSTART;TZID=Asia/Tokyo:" + s.format(LOCAL));
                line(b, "DTEND;TZID=Asia/Tokyo:" + s.plusHours(1).format(LOCAL));
            }
            line(b, "SUMMARY:" + text(e.summary()));
            if (e.description() != null && !e.description().isEmpty()) {
                line(b, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                line(b, "URL:" + e.url());
            }
            line(b, "CATEGORIES:" + text(c.kind()));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
    public static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append("\\n");
                }
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Appends a content line folded so that no line exceeds 75 octets (continuations start with a space). */
    static void line(StringBuilder b, String content) {
        b.append(fold(content)).append(CRLF);
    }

    public static String fold(String content) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

}
