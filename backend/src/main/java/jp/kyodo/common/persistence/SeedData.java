package jp.kyodo.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * Data loaded at startup (the demo city, the sample plan): all or nothing, in a transaction of its own; when it
 * fails, the failure is logged, nothing is changed, and the application starts anyway.
 */
public final class SeedData {

    private SeedData() {
    }

    /** Loads in a new transaction with the default timeout; {@code what} names it in the log. */
    public static void load(Logger log, String what, Runnable load) {
        run(log, what, () -> QuarkusTransaction.requiringNew().run(load));
    }

    /** Loads in a new transaction of up to {@code timeoutSeconds} (for large data sets). */
    public static void load(Logger log, String what, int timeoutSeconds, Runnable load) {
        run(log, what, () -> QuarkusTransaction.requiringNew().timeout(timeoutSeconds).run(load));
    }

    private static void run(Logger log, String what, Runnable transaction) {
        try {
            transaction.run();
        } catch (RuntimeException e) {
            log.error("Could not load " + what + "; nothing was changed", e);
        }
    }
}
