package jp.kyodo.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** 和暦: the dates staff write in logs and spreadsheets, and the impossible ones that must be refused. */
class WarekiTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // as Kurume's council log writes them
            "平成23年4月20日（水）|2011-04-20",
            "平成23年4月20日|2011-04-20",
            "平成24年1月10日（火）|2012-01-10",
            "平成23年11月24（木）|2011-11-24",
            "平成２３年６月１４日（火）|2011-06-14",
            "平成 23 年 4 月 20 日|2011-04-20",
            "平成23年4月20日 (Wed)|2011-04-20",
            "平成23年4月20日(水曜日)|2011-04-20",
            "㍻23年4月20日|2011-04-20",
            // 元年 and the change of era
            "令和元年5月1日|2019-05-01",
            "令和元年５月１日|2019-05-01",
            "平成31年4月30日|2019-04-30",
            "平成元年1月8日|1989-01-08",
            "昭和64年1月7日|1989-01-07",
            "昭和元年12月25日|1926-12-25",
            "大正15年12月24日|1926-12-24",
            "大正元年7月30日|1912-07-30",
            "明治45年7月29日|1912-07-29",
            "明治6年1月1日|1873-01-01",
            "令和7年4月1日|2025-04-01",
            // the short forms
            "H23.4.20|2011-04-20",
            "h23.4.20|2011-04-20",
            "H.23.4.20|2011-04-20",
            "R7/4/1|2025-04-01",
            "R元.5.1|2019-05-01",
            "S64.1.7|1989-01-07",
            "Ｈ２３．４．２０|2011-04-20",
            "H23-04-20|2011-04-20",
            "平成23.4.20|2011-04-20",
            // Western
            "2011/4/20|2011-04-20",
            "2011-04-20|2011-04-20",
            "2011.4.20|2011-04-20",
            "２０１１／４／２０|2011-04-20",
            "2011年4月20日|2011-04-20",
            "2011年4月20日（水）|2011-04-20",
            "20110420|2011-04-20",
            "2024/2/29|2024-02-29",
            // an Excel date cell with a time, as the xlsx reader gives it
            "2011-04-20T10:30|2011-04-20",
    })
    void reads_the_date(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Wareki.parse(text));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "平成32年4月1日", // Heisei ended on 2019-04-30
            "平成31年5月1日", // the first day of Reiwa
            "令和元年4月30日", // the last day of Heisei
            "昭和64年1月8日", "平成元年1月7日", "大正元年7月29日", "明治5年12月31日", // before the Gregorian calendar
            "平成23年2月29日", "平成23年13月1日", "平成23年4月31日", "2023/2/29", "2011-04-32", "平成0年4月1日",
            "23.4.20", "4月20日", "平成23年", "第1回理事会", "令和", "2011/4", "X23.4.20", "H23.4/20", "明日"})
    void refuses_what_is_no_day(String text) {
        assertThrows(Wareki.InvalidDateException.class, () -> Wareki.parse(text));
        assertNull(Wareki.parseOrNull(text));
    }

    @Test
    void a_year_past_the_end_of_its_era_is_refused_with_the_date_it_would_be() {
        var e = assertThrows(Wareki.InvalidDateException.class, () -> Wareki.parse("平成32年4月1日"));
        assertTrue(e.getMessage().contains("2019-04-30"), e.getMessage());
        assertTrue(e.getMessage().contains("2020-04-01"), e.getMessage());
        assertTrue(e.getMessage().contains("令和2年4月1日"), e.getMessage());
    }

    @Test
    void blank_is_no_date() {
        assertThrows(Wareki.InvalidDateException.class, () -> Wareki.parse(" "));
        assertThrows(Wareki.InvalidDateException.class, () -> Wareki.parse(null));
    }

    @Test
    void formats_in_the_era_of_the_day() {
        assertEquals("平成23年4月20日", Wareki.format(LocalDate.of(2011, 4, 20)));
        assertEquals("平成31年4月30日", Wareki.format(LocalDate.of(2019, 4, 30)));
        assertEquals("令和元年5月1日", Wareki.format(LocalDate.of(2019, 5, 1)));
        assertEquals("令和7年4月1日", Wareki.format(LocalDate.of(2025, 4, 1)));
        assertEquals("昭和64年1月7日", Wareki.format(LocalDate.of(1989, 1, 7)));
        assertEquals("平成元年1月8日", Wareki.format(LocalDate.of(1989, 1, 8)));
        for (LocalDate d = LocalDate.of(1988, 12, 1); d.isBefore(LocalDate.of(2020, 2, 1)); d = d.plusDays(17)) {
            assertEquals(d, Wareki.parse(Wareki.format(d)), "round trip of " + d);
        }
    }

    @Test
    void names_fiscal_years_as_people_do() {
        assertEquals("令和7年度", Wareki.fiscalYear(2025));
        assertEquals("令和元年度", Wareki.fiscalYear(2019));
        assertEquals("平成30年度", Wareki.fiscalYear(2018));
        assertEquals("平成21年度", Wareki.fiscalYear(2009));
        assertEquals("平成元年度", Wareki.fiscalYear(1989));
    }
}
