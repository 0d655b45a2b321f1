package jp.kyodo.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.workspace.calendar.Ics;
import org.junit.jupiter.api.Test;

/** RFC 5545 details of the feed: CRLF, folding at 75 octets (never inside a character), escaping, all-day dates. */
class IcsTest {

    static final ZonedDateTime STAMP = ZonedDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneId.of("Asia/Tokyo"));

    @Test
    void escapesText() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", Ics.text("a\\b;c,d\ne\r\nf"));
        assertEquals("ab", Ics.text("a\u0007b"));
    }

    @Test
    void foldsAt75OctetsWithoutSplittingCharacters() {
        String line = "SUMMARY:" + "ごみ減量・リサイクル推進チラシの回覧".repeat(5);
        String folded = Ics.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
        assertTrue(folded.contains("\r\n "));
        assertEquals("SHORT:x", Ics.fold("SHORT:x"));
    }

    @Test
    void writesAllDayAndTimedEvents() {
        String doc = Ics.document("kyodo 古賀", List.of(
                new Ics.Event(new CalendarEntry("request-1-2026-12-01@kyodo", "REQUEST_DATE", 1, LocalDate.of(2026, 12, 1),
                        null, "回覧, 依頼", "/requests/1"), "【依頼】 回覧, 依頼", "校区: 香椎", "https://kyodo.example.jp/requests/1"),
                new Ics.Event(new CalendarEntry("meeting-2@kyodo", "MEETING", 1, LocalDate.of(2026, 12, 8),
                        LocalDateTime.of(2026, 12, 8, 19, 0), "理事会", "/meetings/2"), "【会議】 理事会", null, null)), STAMP);
        assertTrue(doc.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assertTrue(doc.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, doc.replace("\r\n", "").indexOf('\n'), "only CRLF line ends");
        assertTrue(doc.contains("UID:request-1-2026-12-01@kyodo\r\n"));
        assertTrue(doc.contains("DTSTAMP:20261204T003000Z\r\n"));
        assertTrue(doc.contains("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n"));
        assertTrue(doc.contains("DTSTART;TZID=Asia/Tokyo:20261208T190000\r\n"));
        assertTrue(doc.contains("SUMMARY:【依頼】 回覧\\, 依頼\r\n"));
        assertEquals(2, doc.split("BEGIN:VEVENT").length - 1);
    }
}
