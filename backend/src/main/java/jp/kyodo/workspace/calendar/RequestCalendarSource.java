package jp.kyodo.workspace.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.calendar.CalendarSource;

/** Requests in the calendars: REQUEST_DATE (the month it reaches the councils) and REQUEST_DEADLINE, per district. */
@ApplicationScoped
public class RequestCalendarSource implements CalendarSource {

    public static final String DATE = "REQUEST_DATE";
    public static final String DEADLINE = "REQUEST_DEADLINE";

    @Inject
    RequestDates dates;

    @Override
    public List<CalendarEntry> entries(Collection<Long> districtIds, LocalDate from, LocalDate to) {
        List<CalendarEntry> out = new ArrayList<>();
        for (RequestDates.Occurrence o : dates.occurrences(districtIds, from, to)) {
            String link = "/requests/" + o.requestId();
            for (long d : o.districtIds()) {
                if (!o.date().isBefore(from) && !o.date().isAfter(to)) {
                    out.add(new CalendarEntry("request-" + o.requestId() + "-" + o.date() + "@kyodo", DATE, d,
                            o.date(), null, o.title(), link));
                }
                if (o.deadline() != null && !o.deadline().isBefore(from) && !o.deadline().isAfter(to)) {
                    out.add(new CalendarEntry("request-" + o.requestId() + "-" + o.date() + "-deadline@kyodo",
                            DEADLINE, d, o.deadline(), null, o.title(), link));
                }
            }
        }
        return out;
    }
}
