package jp.kyodo.voice.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.voice.Voice;
import jp.kyodo.voice.VoiceStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The daily reminder for voices past their due date and not yet answered ({@code VOICE_OVERDUE}): to the section a
 * voice waits at, and to the district's liaisons (who route it, and whom the council asks). The dedupe key (voice and
 * day) keeps one reminder per recipient per day even if the job runs twice; with several instances only one runs it
 * (a PostgreSQL advisory lock, as housekeeping does).
 */
@ApplicationScoped
public class VoiceReminders {

    private static final Logger LOG = Logger.getLogger(VoiceReminders.class);

    /** The advisory lock's key: "kyodo" and 8 for the voices' reminder. */
    static final long LOCK = 0x6b796f646f08L;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Scheduled(identity = "voice-overdue", cron = "${kyodo.voice.reminder-cron:0 0 8 * * ?}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            remind();
        } catch (RuntimeException e) {
            LOG.warnf("voice reminders failed (tomorrow's run retries): %s", e.toString());
        }
    }

    /** Fires today's reminders; returns the number of overdue voices, or -1 when another instance runs them. */
    @Transactional
    public int remind() {
        if (dbKind.startsWith("postgres") && !Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult())) {
            return -1;
        }
        LocalDate today = LocalDate.now(clock);
        List<Voice> overdue = em.createQuery("select v from Voice v join fetch v.district where v.status in :open"
                + " and v.dueOn < :today", Voice.class)
                .setParameter("open", List.of(VoiceStatus.RECEIVED, VoiceStatus.IN_PROGRESS))
                .setParameter("today", today).getResultList();
        for (Voice v : overdue) {
            String key = "voice-overdue:" + v.id + ":" + today;
            String title = VoiceService.title(v);
            String link = VoiceService.link(v);
            notices.fire(Notice.toDistrictLiaisons(v.district.id, VoiceService.OVERDUE, title, link, key));
            if (v.sectionId != null) {
                notices.fire(Notice.toSection(v.sectionId, VoiceService.OVERDUE, title, link, key));
            }
        }
        return overdue.size();
    }
}
