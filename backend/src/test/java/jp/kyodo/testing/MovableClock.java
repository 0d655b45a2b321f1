package jp.kyodo.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import jp.kyodo.common.time.JapanClock;

/**
 * Tests only: replaces the application's clock ({@link JapanClock}) with one a test can stop at an instant and then
 * {@link #reset()} (always in a finally block: every test class shares the running app).
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at the instant. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return JapanClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f == null ? Instant.now() : f;
    }
}
