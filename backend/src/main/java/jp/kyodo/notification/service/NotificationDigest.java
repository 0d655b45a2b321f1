package jp.kyodo.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.notification.Notification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The daily e-mail digest (お知らせのまとめ): to each user with an e-mail address who has not turned it off, one message listing their unread
 * notifications not yet e-mailed; each is e-mailed once. Off unless {@code kyodo-notifications.digest.enabled=true}
 * (set it only together with the SMTP settings {@code quarkus.mailer.*}); the time is
 * {@code kyodo-notifications.digest.cron} (default 07:00 every day, Asia/Tokyo).
 */
@ApplicationScoped
public class NotificationDigest {

    private static final Logger LOG = Logger.getLogger(NotificationDigest.class);
    static final int MAX_LINES = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "kyodo-notifications.digest.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "kyodo-notifications.base-url")
    Optional<String> baseUrl;

    @Scheduled(identity = "notification-digest", cron = "${kyodo-notifications.digest.cron:0 0 7 * * ?}",
            timeZone = "Asia/Tokyo", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            send();
        } catch (RuntimeException e) {
            LOG.warnf("notification digest failed (the next run sends what is left): %s", e.toString());
        }
    }

    /** Sends the digests now; returns how many messages were sent. */
    @Transactional
    public int send() {
        // the address (V9) and the user's choice (V11) are set on the settings page (PUT /api/v1/me/settings) or by an admin
        Map<Long, String[]> who = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select u.id, u.email, u.display_name from app_user u where u.enabled = true"
                + " and u.email_digest = true and u.email is not null and u.email <> '' and exists (select 1 from notification n where n.user_id = u.id"
                + " and n.read_at is null and n.emailed_at is null) order by u.id").getResultList()) {
            Object[] r = (Object[]) row;
            who.put(((Number) r[0]).longValue(), new String[] {(String) r[1], (String) r[2]});
        }
        Map<Long, List<Notification>> byUser = new LinkedHashMap<>();
        if (!who.isEmpty()) {
            for (Notification n : em.createQuery("from Notification n where n.userId in :u and n.readAt is null"
                    + " and n.emailedAt is null order by n.createdAt desc, n.id desc", Notification.class)
                    .setParameter("u", who.keySet()).getResultList()) {
                byUser.computeIfAbsent(n.userId, k -> new ArrayList<>()).add(n);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (var e : byUser.entrySet()) {
            String[] w = who.get(e.getKey());
            List<Notification> list = e.getValue();
            mailer.send(Mail.withText(w[0], subject(list.size()), body(w[1], list)));
            list.forEach(n -> n.emailedAt = now);
            sent++;
        }
        return sent;
    }

    static String subject(int count) {
        return "【kyodo】未読のお知らせが" + count + "件あります";
    }

    String body(String name, List<Notification> list) {
        StringBuilder b = new StringBuilder(name).append(" 様\n\n未読のお知らせが").append(list.size()).append("件あります。\n\n");
        String base = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
        for (Notification n : list.subList(0, Math.min(MAX_LINES, list.size()))) {
            b.append("・").append(NoticeWords.ja(n.kind)).append("：").append(n.title).append('\n')
                    .append("  ").append(base).append(n.link).append('\n');
        }
        if (list.size() > MAX_LINES) {
            b.append("ほか").append(list.size() - MAX_LINES).append("件\n");
        }
        return b.append("\nこのメールは kyodo から自動で送信しています。お知らせは画面右上のベルからも確認できます。\n").toString();
    }
}
