package jp.kyodo.common.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** 年度 (fiscal year, April–March) arithmetic. */
public final class Japanese {

    /** The city's time zone: "today" and fiscal years are Japanese dates whatever the server's zone. */
    public static final ZoneId ZONE = jp.kyodo.common.time.JapanClock.ZONE;

    private Japanese() {
    }

    public static int fiscalYearOf(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    public static LocalDate fiscalYearStart(int fy) {
        return LocalDate.of(fy, 4, 1);
    }

    public static LocalDate fiscalYearEnd(int fy) {
        return LocalDate.of(fy + 1, 3, 31);
    }
}
