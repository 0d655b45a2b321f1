package jp.kyodo.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in the city's time zone whatever the JVM's default zone is: "today" (a
 * liaison's assignment, an officer's term, the fiscal year) is a Japanese date, so a server running in UTC does not
 * keep yesterday's rights until 09:00 JST. Inject {@link Clock} and ask it ({@code LocalDate.now(clock)},
 * {@code OffsetDateTime.now(clock)}); never call {@code now()} without it. Tests replace the bean with a movable one.
 */
public class JapanClock {

    /** Asia/Tokyo. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
