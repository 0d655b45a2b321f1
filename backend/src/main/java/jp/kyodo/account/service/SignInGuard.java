package jp.kyodo.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.account.SignInAttempt;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.web.ClientAddress;
import org.jboss.logging.Logger;

/**
 * Throttles password guessing by client address and by username, from the attempts stored in the database (so it
 * holds across instances), without letting anyone lock the real owner out:
 * <ul>
 * <li>an address with {@code address-max-failures} failures in the window is refused (429) for every username until
 * its oldest failure leaves the window;</li>
 * <li>a username with {@code max-failures} failures in the window is locked for {@code delay-seconds} after its last
 * failure, doubled by every further failure (at most the window). While locked, attempts from an address with
 * failures in the window are refused unchecked; an address with none still has its password checked, and the right
 * password signs in — the owner at their usual desk gets in while an attacker elsewhere keeps failing.</li>
 * </ul>
 * Unknown usernames are counted and locked exactly like real ones, so the answers do not tell which exist.
 */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class);

    @Inject
    EntityManager em;

    @Inject
    KyodoConfig config;

    /** What the password check is allowed to lead to. */
    public enum Verdict {
        /** Not locked: a wrong password is an ordinary 401. */
        OPEN,
        /** The username is locked but the address is clean: only the right password gets in, a wrong one is 429. */
        OWNER_ONLY
    }

    /** Refuses (429 with Retry-After) or says how a password check may end. */
    public Verdict check(String username, String address, OffsetDateTime now) {
        KyodoConfig.SignIn c = config.signIn();
        Duration window = Duration.ofMinutes(c.windowMinutes());
        OffsetDateTime since = now.minus(window);
        List<OffsetDateTime> fromAddress = em.createQuery("select a.attemptedAt from SignInAttempt a where a.address = :a"
                + " and a.succeeded = false and a.attemptedAt > :since order by a.attemptedAt", OffsetDateTime.class)
                .setParameter("a", address).setParameter("since", since).getResultList();
        if (fromAddress.size() >= c.addressMaxFailures()) {
            // the address gets a try again when enough of its failures have left the window
            OffsetDateTime freed = fromAddress.get(fromAddress.size() - c.addressMaxFailures()).plus(window);
            LOG.infof("sign-in throttled for address=%s", address);
            throw tooMany(Duration.between(now, freed));
        }
        List<OffsetDateTime> forUser = em.createQuery("select a.attemptedAt from SignInAttempt a where a.username = :u"
                + " and a.succeeded = false and a.attemptedAt > :since order by a.attemptedAt desc", OffsetDateTime.class)
                .setParameter("u", username).setParameter("since", since).getResultList();
        if (forUser.size() < c.maxFailures()) {
            return Verdict.OPEN;
        }
        OffsetDateTime lockedUntil = forUser.get(0).plus(delay(forUser.size()));
        if (!now.isBefore(lockedUntil)) {
            return Verdict.OPEN;
        }
        if (fromAddress.isEmpty()) {
            return Verdict.OWNER_ONLY;
        }
        LOG.infof("sign-in throttled for user=%s address=%s", username, address);
        throw tooMany(Duration.between(now, lockedUntil));
    }

    /** How long a username stays locked after its latest failure, when it has this many in the window. */
    Duration delay(int failures) {
        KyodoConfig.SignIn c = config.signIn();
        int doublings = Math.min(failures - c.maxFailures(), 20);
        Duration d = Duration.ofSeconds(c.delaySeconds()).multipliedBy(1L << doublings);
        Duration window = Duration.ofMinutes(c.windowMinutes());
        return d.compareTo(window) > 0 ? window : d;
    }

    /** Records the attempt; a refused failure while locked answers 429 with the (now longer) wait. */
    public void record(String username, String address, boolean succeeded, OffsetDateTime now) {
        SignInAttempt a = new SignInAttempt();
        a.username = username;
        a.address = address;
        a.attemptedAt = now;
        a.succeeded = succeeded;
        a.persist();
    }

    public ProblemException lockedAfterFailure(String username, OffsetDateTime now) {
        long failures = SignInAttempt.count("username = ?1 and succeeded = false and attemptedAt > ?2", username,
                now.minusMinutes(config.signIn().windowMinutes()));
        return tooMany(delay((int) failures));
    }

    private ProblemException tooMany(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                "Too many failed sign-ins; try again in " + seconds + " seconds", null, null, null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /** The key an address is throttled by ({@link ClientAddress#key}: IPv6 by its /64). */
    public static String addressKey(String address) {
        return ClientAddress.key(address);
    }
}
