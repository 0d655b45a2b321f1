package jp.kyodo.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of webhook deliveries ({@code kyodo.webhooks.*}, each overridable by environment variable). */
@ConfigMapping(prefix = "kyodo.webhooks")
public interface WebhookConfig {

    /** How often the deliverer looks for due deliveries ({@code off} stops it; tests call it themselves). */
    @WithDefault("5s")
    String every();

    /**
     * Waits before the 1st, 2nd, … retry of a failed event; after the last, the last again
     * ({@code KYODO_WEBHOOKS_BACKOFF=30s,2m,10m,1h,6h}).
     */
    @WithDefault("30s,2m,10m,1h,6h")
    List<Duration> backoff();

    /** Consecutive failures after which kyodo pauses the subscription and tells the admins. */
    @WithDefault("10")
    int maxFailures();

    /** …or how long one event may keep failing before the same happens. */
    @WithDefault("24h")
    Duration pauseAfter();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The longest wait for the receiver's answer. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Events one claim delivers to one subscription before the claim is given back. */
    @WithDefault("200")
    int batchSize();

    /** Subscriptions one run of one instance claims. */
    @WithDefault("20")
    int claimSize();

    /** How long a claim holds; a crashed instance's subscriptions are claimed again after it. */
    @WithDefault("5m")
    Duration lease();

    /** Days the delivery log keeps an attempt (housekeeping deletes older ones). */
    @WithDefault("30")
    int logDays();
}
