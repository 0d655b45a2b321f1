package jp.kyodo.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.kyodo.meeting.service.MeetingNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a meeting log names a meeting: 第N回 and a body. */
class MeetingNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "第1回校区事務局連絡会議|1|校区事務局連絡会議",
            "第３回幹事会|3|幹事会",
            "第 12 回 理事会|12|理事会",
            "第十二回理事会|12|理事会",
            "第二十回理事会|20|理事会",
            "第一〇回理事会|10|理事会",
            "理事会（第3回）|3|理事会",
            "理事会第3回|3|理事会",
            "令和7年度第1回理事会|1|理事会",
            "平成23年度 第2回地域連絡部会|2|地域連絡部会",
            "総会|-|総会",
            "令和7年度 定期総会|-|定期総会",
    })
    void reads_number_and_body(String text, Integer number, String body) {
        MeetingNames.Parsed p = MeetingNames.parse(text);
        assertEquals(number, p.number());
        assertEquals(body, p.bodyName());
    }
}
