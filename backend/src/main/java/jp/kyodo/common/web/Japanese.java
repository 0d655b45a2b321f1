package jp.kyodo.common.web;

import java.time.LocalDate;

/** 年度 (fiscal year, April–March) arithmetic. */
public final class Japanese {

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
