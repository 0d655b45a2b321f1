package jp.kyodo.common.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.kyodo.common.web.Nullable;

/**
 * One dated thing in a district's calendar: a request's date or deadline, a follow-up's due date, a meeting. Features
 * offer theirs through {@link CalendarSource} beans; the workspace merges them into the burden calendar across
 * districts and into each user's iCalendar feed.
 *
 * @param uid        globally stable id for iCalendar (e.g. {@code "follow-up-12@kyodo"})
 * @param kind       stable key ({@code REQUEST_DEADLINE}, {@code REQUEST_DATE}, {@code FOLLOW_UP}, {@code MEETING}, …)
 * @param districtId the district it lands in
 * @param date       the day
 * @param start      start time when it has one (local, Asia/Tokyo), else null (an all-day entry)
 * @param title      summary line
 * @param link       the SPA path to open
 */
public record CalendarEntry(String uid, String kind, long districtId, LocalDate date, @Nullable LocalDateTime start,
        String title, String link) {
}
