package jp.kyodo.activity.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.activity.FollowUpStatus;
import jp.kyodo.common.notification.Notice;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminds the responsible person of each open follow-up due today or overdue (notice FOLLOW_UP_DUE). It runs every
 * {@code kyodo.activity.reminder-every}; the notice's dedupe key holds the follow-up and the day, so a person hears of a
 * follow-up at most once a day however often it runs. With several instances only one runs it at a time (a
 * transaction-scoped PostgreSQL advisory lock, as housekeeping does; H2 is one instance).
 */
@ApplicationScoped
public class FollowUpReminders {

    private static final Logger LOG = Logger.getLogger(FollowUpReminders.class);

    /** The advisory lock's key: "kyodo" and 0x0b for follow-up reminders. */
    public static final long LOCK = 0x6b796f646f0bL;

    public static final String KIND = "FOLLOW_UP_DUE";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<jp.kyodo.common.notification.Notice> notices;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Scheduled(identity = "follow-up-reminders", every = "${kyodo.activity.reminder-every:1h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("follow-up reminders failed (next run retries): %s", e.toString());
        }
    }

    /** Fires the day's reminders; returns how many notices were fired (-1 when another instance runs them). */
    @Transactional
    public int run() {
        if (dbKind.startsWith("postgres") && !Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult())) {
            return -1;
        }
        LocalDate today = LocalDate.now(clock);
        List<Object[]> due = em.createQuery("select f.id, f.description, f.responsibleId, f.activity.id from FollowUp f"
                + " where f.status = :open and f.dueOn <= :today and f.responsibleId is not null", Object[].class)
                .setParameter("open", FollowUpStatus.OPEN).setParameter("today", today).getResultList();
        for (Object[] r : due) {
            notices.fire(Notice.toUser((Long) r[2], KIND, (String) r[1], "/activities/" + r[3],
                    "follow-up-due:" + r[0] + ":" + today));
        }
        if (!due.isEmpty()) {
            LOG.infof("follow-up reminders: %d notices", due.size());
        }
        return due.size();
    }
}
