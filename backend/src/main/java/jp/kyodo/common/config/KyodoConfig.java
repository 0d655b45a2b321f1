package jp.kyodo.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    Diagnostics diagnostics();

    interface Diagnostics {
        /** Send {@code Kyodo-Sql-Statements} on API responses (tests and benchmarks; not part of the contract). */
        @WithName("statement-count-header")
        @WithDefault("false")
        boolean statementCountHeader();
    }

    /** Load the demo city into an empty database ({@code make run} only). */
    @WithName("demo-data")
    @WithDefault("false")
    boolean demoData();

    /**
     * Size of the demo city: {@code demo}, {@code large} (benchmarks), a factor of the demo city, or {@code nation}
     * (the demo city plus a nation-wide data set on PostgreSQL; {@code nation:0.01} for a part of it).
     */
    @WithName("demo-scale")
    @WithDefault("demo")
    String demoScale();

    /** Seed of the nation-wide demo data set: the same seed always gives the same rows. */
    @WithName("demo-seed")
    @WithDefault("20250401")
    long demoSeed();

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

        /**
         * Seconds an instance remembers a signed-in caller (IdentityCache); changes reach every instance at once
         * anyway, this only bounds an entry's life. 0 looks every request up.
         */
        @WithName("identity-cache-seconds")
        @WithDefault("300")
        int identityCacheSeconds();
    }

    interface SignIn {
        /**
         * Failed sign-ins of one username within the window before it is locked: further attempts wait
         * {@link #delaySeconds()}, doubled by each further failure (at most the window). While locked, only the right
         * password from an address with no failure in the window gets in, so nobody can lock the owner out.
         */
        @WithName("max-failures")
        @WithDefault("5")
        int maxFailures();

        /** The window, in minutes, over which failures are counted (per username and per address). */
        @WithName("window-minutes")
        @WithDefault("15")
        int windowMinutes();

        /** Failed sign-ins from one client address within the window before it is refused for every username. */
        @WithName("address-max-failures")
        @WithDefault("20")
        int addressMaxFailures();

        /** First lock of a username after max-failures, in seconds; each further failure doubles it. */
        @WithName("delay-seconds")
        @WithDefault("60")
        int delaySeconds();
    }

    Password password();

    /** The map page's background ({@code KYODO_MAP_TILE_URL}, {@code KYODO_MAP_TILE_ATTRIBUTION}). */
    @WithName("map")
    MapTiles map();

    /**
     * Raster tiles under the map's district outlines (none by default: the outline map makes no external request).
     * When a tile URL is set, the Content-Security-Policy lets images come from its origin.
     */
    interface MapTiles {
        /**
         * An XYZ tile template in Web Mercator with {z}, {x} and {y}, over https (or http), e.g.
         * {@code https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png} (地理院タイル 淡色地図).
         */
        @WithName("tile-url")
        Optional<String> tileUrl();

        /** The credit the tile provider asks for, shown under the map as plain text, e.g. {@code 地理院タイル}. */
        @WithName("tile-attribution")
        Optional<String> tileAttribution();
    }

    Retention retention();

    /** Who publishes the open data, as the catalogue names it ({@code KYODO_OPEN_DATA_PUBLISHER_JA} …). */
    @WithName("open-data")
    OpenData openData();

    interface OpenData {
        /** The publisher's name in Japanese. */
        @WithName("publisher-ja")
        @WithDefault("福岡市")
        String publisherJa();

        /** The publisher's name in English. */
        @WithName("publisher-en")
        @WithDefault("Fukuoka City")
        String publisherEn();

        /** The publisher's home page. */
        @WithName("publisher-url")
        @WithDefault("https://www.city.fukuoka.lg.jp/")
        String publisherUrl();
    }

    Housekeeping housekeeping();

    /** Requests per caller and window on {@code /api/} ({@code KYODO_RATE_LIMIT_SIGNED_IN} …; docs/api.md). */
    @WithName("rate-limit")
    RateLimit rateLimit();

    /**
     * Fixed-window request budgets, counted in the database so that they hold across instances. A signed-in caller
     * (session or API token) is counted per account, an anonymous one per client address (IPv6 per /64). Imports
     * and exports count against their own, smaller budget instead of the caller's general one.
     */
    interface RateLimit {
        /** Off: no counting, no RateLimit headers (for a deployment whose gateway limits already). */
        @WithDefault("true")
        boolean enabled();

        /** The window's length in seconds (1–3600); every budget below is per window. */
        @WithName("window-seconds")
        @WithDefault("60")
        @Min(1)
        @Max(3600)
        int windowSeconds();

        /**
         * Requests of one account per window. 600 a minute is far above a person at the screens (a page load is a
         * handful of calls) and lets a city system sync at 10 requests a second.
         */
        @WithName("signed-in")
        @WithDefault("600")
        @Min(1)
        int signedIn();

        /**
         * Requests of one anonymous client address per window. Open-data readers and the sign-in screen; an office
         * behind one NAT address shares it, so it is not tiny, but a scraper is held to 5 a second.
         */
        @WithDefault("300")
        @Min(1)
        int anonymous();

        /** Imports and exports ({@code /api/v1/imports/…}, {@code /api/v1/exports/…}) of one caller per window. */
        @WithDefault("30")
        @Min(1)
        int transfer();

        /**
         * How often an instance adds the requests it counted to the shared counters and reads back every instance's
         * totals ({@code RateLimitCounters}); with several instances a caller may get ahead of a budget by what the
         * others let through in one interval.
         */
        @WithName("sync-interval")
        @WithDefault("250ms")
        java.time.Duration syncInterval();
    }

    /** How long housekeeping keeps rows that only grow (README's configuration table). */
    interface Retention {
        /** Sign-in attempts, kept beyond the throttling window for looking into an incident. */
        @WithName("sign-in-attempts-days")
        @WithDefault("30")
        int signInAttemptsDays();

        /** Idempotency records: a retried POST with the same key within this time returns the first result. */
        @WithName("idempotency-days")
        @WithDefault("7")
        int idempotencyDays();

        /** Sessions and API tokens, this long after they expired. */
        @WithName("expired-tokens-days")
        @WithDefault("7")
        int expiredTokensDays();
    }

    interface Housekeeping {
        /** How often the purge runs (a Quarkus duration: 1h, 30m; {@code off} disables it). */
        @WithDefault("1h")
        String every();
    }

    interface Password {
        /**
         * PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP: at least 600,000). A stored hash with fewer is
         * replaced at its owner's next successful sign-in.
         */
        @WithDefault("600000")
        int iterations();
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
