package jp.kyodo.participation.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.participation.VolunteerInquiry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * 問い合わせの転送 — sends each inquiry not yet relayed to the posting council's e-mail address (the organization's
 * contactEmail), the visitor's address as Reply-To, so the council answers the visitor directly and the public never
 * sees the council's address. Runs every minute on every instance: an inquiry is claimed by one instance with a
 * conditional update before it is sent (a claim older than ten minutes is taken over), and is tried at most
 * {@value #MAX_ATTEMPTS} times; councils without an address are left to the liaison (relayed by hand). Off unless
 * {@code kyodo-volunteer.relay.enabled=true} (set it with the SMTP settings {@code quarkus.mailer.*}).
 */
@ApplicationScoped
public class VolunteerRelay {

    private static final Logger LOG = Logger.getLogger(VolunteerRelay.class);
    static final int MAX_ATTEMPTS = 5;
    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "kyodo-volunteer.relay.enabled", defaultValue = "false")
    boolean enabled;

    @Scheduled(identity = "volunteer-inquiry-relay", every = "${kyodo-volunteer.relay.every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            relayPending();
        } catch (RuntimeException e) {
            LOG.warnf("relaying volunteer inquiries failed (the next run tries again): %s", e.toString());
        }
    }

    /** What one inquiry's mail needs, read inside the claim's transaction. */
    record Outgoing(long id, OffsetDateTime claimedAt, String to, String replyTo, String subject, String body) {
    }

    /** Relays every pending inquiry whose council has an address; returns how many were sent. */
    public int relayPending() {
        int sent = 0;
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select i.id from VolunteerInquiry i join i.post p"
                + " join p.organization o where i.relayedAt is null and i.relayAttempts < :max and o.contactEmail is not null"
                + " and (i.relayClaimedAt is null or i.relayClaimedAt < :stale) order by i.id", Long.class)
                .setParameter("max", MAX_ATTEMPTS).setParameter("stale", OffsetDateTime.now(clock).minusMinutes(10))
                .setMaxResults(BATCH).getResultList());
        for (long id : ids) {
            Outgoing out = QuarkusTransaction.requiringNew().call(() -> claim(id));
            if (out == null) {
                continue;
            }
            try {
                mailer.send(Mail.withText(out.to(), out.subject(), out.body()).setReplyTo(out.replyTo()));
            } catch (RuntimeException e) {
                // only a failed send is a failed attempt; the claim is given back only if it is still this one's
                LOG.warnf("could not relay volunteer inquiry %d (tried again later): %s", out.id(), e.toString());
                QuarkusTransaction.requiringNew().run(() -> em.createQuery("update VolunteerInquiry i set i.relayClaimedAt = null,"
                        + " i.relayAttempts = i.relayAttempts + 1 where i.id = :id and i.relayedAt is null and i.relayClaimedAt = :claimed")
                        .setParameter("id", out.id()).setParameter("claimed", out.claimedAt()).executeUpdate());
                continue;
            }
            // sent: marking it is not retried as a send (a mark that fails leaves the claim, which another run takes
            // over only after 10 minutes — the one case that mails twice, rather than never)
            QuarkusTransaction.requiringNew().run(() -> done(out.id()));
            sent++;
        }
        return sent;
    }

    Outgoing claim(long id) {
        // microseconds: what the column keeps, so that the failed send's "still my claim" compares equal
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int claimed = em.createQuery("update VolunteerInquiry i set i.relayClaimedAt = :now where i.id = :id and i.relayedAt is null"
                + " and (i.relayClaimedAt is null or i.relayClaimedAt < :stale)").setParameter("now", now).setParameter("id", id)
                .setParameter("stale", now.minusMinutes(10)).executeUpdate();
        if (claimed == 0) {
            return null;
        }
        VolunteerInquiry i = em.find(VolunteerInquiry.class, id);
        em.refresh(i);
        String title = i.post.title;
        String body = i.post.organization.name + " 御中\n\n"
                + "市のホームページのボランティア募集「" + title + "」について、次のお問い合わせがありました。\n"
                + "このメールに返信すると、お問い合わせの方に届きます。\n\n"
                + "お名前: " + i.personName + "\n"
                + "メール: " + i.email + "\n"
                + (i.phone == null ? "" : "電話: " + i.phone + "\n")
                + "受付番号: " + i.id + "\n\n"
                + i.message + "\n\n"
                + "――\nこのメールは kyodo（市の地域協働システム）から送信しています。お問い合わせの方の個人情報は、この募集への対応にのみお使いください。\n";
        return new Outgoing(id, now, i.post.organization.contactEmail, i.email, "【ボランティア募集】" + title + " へのお問い合わせ", body);
    }

    void done(long id) {
        int updated = em.createQuery("update VolunteerInquiry i set i.relayedAt = :now, i.relayChannel = 'MAIL', i.relayedBy = 'kyodo',"
                + " i.relayClaimedAt = null, i.version = i.version + 1, i.updatedAt = :now where i.id = :id and i.relayedAt is null")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", id).executeUpdate();
        if (updated > 0) {
            em.createQuery("update VolunteerPost p set p.unrelayedCount = p.unrelayedCount - 1, " + VolunteerPosts.COUNTS_MOVED
                    + " where p.unrelayedCount > 0 and p.id = (select i.post.id from VolunteerInquiry i where i.id = :id)")
                    .setParameter("id", id).setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
        }
    }
}
