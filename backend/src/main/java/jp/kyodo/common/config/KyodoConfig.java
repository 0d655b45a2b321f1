package jp.kyodo.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * kyodo's own settings ({@code kyodo.*}), each also an environment variable ({@code KYODO_SESSION_HOURS} …). The
 * defaults here are the production defaults; the {@code embedded} profile ({@code make run}) and the test profiles
 * override some in application.properties. README's configuration table lists them.
 */
@ConfigMapping(prefix = "kyodo")
public interface KyodoConfig {

    Admin admin();

    Session session();

    @WithName("sign-in")
    SignIn signIn();

    Membership membership();

    /** Load the demo city into an empty database ({@code make run} only). */
    @WithName("demo-data")
    @WithDefault("false")
    boolean demoData();

    /** Size of the demo city: {@code demo} or {@code large} (benchmarks). */
    @WithName("demo-scale")
    @WithDefault("demo")
    String demoScale();

    /** Load the sample Fukuoka 2009 plan when no plan with its code exists (demo only by default). */
    @WithName("sample-plan")
    @WithDefault("false")
    boolean samplePlan();

    interface Admin {
        /** Username of the first administrator, created on first start. */
        @WithDefault("admin")
        String username();

        /** Password of the first administrator; no default in production (KYODO_ADMIN_PASSWORD). */
        Optional<String> password();
    }

    interface Session {
        /** Hours a staff session lasts. */
        @WithDefault("10")
        int hours();

        /** Mark the session cookie Secure (keep true behind HTTPS). */
        @WithName("cookie-secure")
        @WithDefault("true")
        boolean cookieSecure();
    }

    interface SignIn {
        /** Failed sign-ins of one username within the window before it is throttled. */
        @WithName("max-failures")
        @WithDefault("5")
        int maxFailures();

        /** The window, in minutes. */
        @WithName("window-minutes")
        @WithDefault("15")
        int windowMinutes();
    }

    interface Membership {
        /**
         * A change of households or member households by more than this share (0.3 = 30 %) against the figure it
         * replaces (or last year's) is saved only when the request confirms it ({@code confirmLargeChange}).
         */
        @WithName("confirm-change-share")
        @WithDefault("0.3")
        double confirmChangeShare();
    }
}
