package jp.kyodo.activity;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the activity log ({@code kyodo.activity.*}, each overridable by environment variable). */
@ConfigMapping(prefix = "kyodo.activity")
public interface ActivityConfig {

    /** The largest attachment accepted (413 above); {@code KYODO_ACTIVITY_ATTACHMENT_MAX_SIZE}. */
    @WithDefault("10M")
    MemorySize attachmentMaxSize();

    /** How often the follow-up reminder runs (it notifies each follow-up at most once a day). */
    @WithDefault("1h")
    Duration reminderEvery();
}
