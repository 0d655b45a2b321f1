package jp.kyodo.voice.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of 地域の声, each overridable by environment variable: {@code kyodo.voice.target-days}
 * (KYODO_VOICE_TARGET_DAYS) and {@code kyodo.voice.reminder-cron} (read by {@link VoiceReminders}).
 */
@ApplicationScoped
public class VoiceSettings {

    @ConfigProperty(name = "kyodo.voice.target-days", defaultValue = "30")
    int targetDays;

    /** 目標日数: a voice is due this many days after it was received, and answered "within target" by then. */
    public int targetDays() {
        return Math.max(1, targetDays);
    }
}
