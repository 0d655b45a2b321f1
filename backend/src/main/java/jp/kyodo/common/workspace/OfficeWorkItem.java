package jp.kyodo.common.workspace;

import java.time.LocalDate;
import jp.kyodo.common.web.Nullable;

/**
 * One thing the office has to do that belongs to no single district (事務局のやること): vacancies of the city-wide
 * council's seats, terms ending in its bodies, posts waiting for approval. Sources are features' CDI beans
 * ({@link OfficeWorkItemSource}).
 *
 * @param kind  stable key (e.g. {@code SEAT_VACANT}); the SPA turns it into words
 * @param due   when it is due, or null when it has no date
 * @param title what it is about (a body and a seat, a post's title)
 * @param count how many it stands for (vacant seats, terms ending), at least 1
 * @param link  the SPA path where it is done
 */
public record OfficeWorkItem(String kind, @Nullable LocalDate due, String title, long count, String link) {
}
