package jp.kyodo.common.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** A feature's dated entries for the calendars (a CDI bean; set-based queries over all districts at once). */
public interface CalendarSource {

    /** Entries of the given districts whose date lies in {@code [from, to]}. */
    List<CalendarEntry> entries(Collection<Long> districtIds, LocalDate from, LocalDate to);
}
