package jp.kyodo.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyodo.common.changes.ChangeType;
import jp.kyodo.common.changes.Cursor;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.webhook.WebhookDtos.DeliveryOutcome;
import jp.kyodo.webhook.WebhookDtos.DeliveryResponse;
import jp.kyodo.webhook.WebhookDtos.WebhookRequest;
import jp.kyodo.webhook.WebhookDtos.WebhookResponse;
import jp.kyodo.webhook.WebhookDtos.WebhookSecret;
import jp.kyodo.webhook.WebhookDtos.WebhookStatus;
import jp.kyodo.webhook.WebhookSubscription;

/** Webhook subscriptions: the admin's side (register, edit, pause/resume, rotate the secret, read the log, replay). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebhookService {

    /** History keeps the settings, never the secret. */
    static final Aggregate<WebhookSubscription> WEBHOOK = Aggregate.of("WebhookSubscription", s -> s.id, s -> s.version,
            WebhookService::toResponse).withState(WebhookService::settings);

    @Inject
    Writes writes;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Page<WebhookResponse> list(PageParams p) {
        long total = WebhookSubscription.count();
        List<WebhookSubscription> subs = WebhookSubscription.<WebhookSubscription>find("order by id")
                .page(p.page - 1, p.size).list();
        // the page's delivery progress in one query, not one per subscription
        Map<Long, Object[]> cursors = new HashMap<>();
        if (!subs.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select last_seq, failures, next_attempt_at, subscription_id from webhook_cursor "
                    + "where subscription_id in (?1)").setParameter(1, subs.stream().map(x -> x.id).toList()).getResultList();
            rows.forEach(r -> cursors.put(((Number) r[3]).longValue(), r));
        }
        return new Page<>(subs.stream().map(x -> response(x, cursors.get(x.id))).toList(), total, p.page, p.size);
    }

    public WebhookSubscription find(long id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Webhook", id);
        }
        return s;
    }

    public WebhookResponse get(long id) {
        return toResponse(find(id));
    }

    /** New subscriptions start at the feed's head: they receive what changes from now on (replay reaches back). */
    @Transactional
    public WebhookSecret create(WebhookRequest r) {
        WebhookSubscription s = new WebhookSubscription();
        apply(s, r);
        s.secret = WebhookSignature.newSecret();
        writes.create(WEBHOOK, s);
        long head = ((Number) em.createNativeQuery("select last_seq from change_feed_head where id = 1").getSingleResult())
                .longValue();
        var insert = em.createNativeQuery("insert into webhook_cursor (subscription_id, last_seq, failures, next_attempt_at) "
                + "values (:id, :head, 0, " + (s.active ? ":next" : "null") + ")").setParameter("id", s.id).setParameter("head", head);
        if (s.active) {
            insert.setParameter("next", now());
        }
        insert.executeUpdate();
        return new WebhookSecret(toResponse(s), s.secret, s.version);
    }

    @Transactional
    public WebhookResponse update(long id, WebhookRequest r, String ifMatch) {
        WebhookSubscription s = find(id);
        boolean wasActive = s.active;
        writes.update(WEBHOOK, s, ifMatch, sub -> {
            apply(sub, r);
            if (sub.active) {
                sub.pausedReason = null;
            }
        });
        if (s.active && !wasActive) {
            // resumed: the event that failed is tried again now, counting afresh
            em.createNativeQuery("update webhook_cursor set failures = 0, first_failure_at = null, next_attempt_at = ?1 "
                    + "where subscription_id = ?2").setParameter(1, now()).setParameter(2, id).executeUpdate();
        } else if (!s.active && wasActive) {
            em.createNativeQuery("update webhook_cursor set next_attempt_at = null where subscription_id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
        return toResponse(s);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        writes.delete(WEBHOOK, find(id), ifMatch);
    }

    @Transactional
    public WebhookSecret rotateSecret(long id, String ifMatch) {
        WebhookSubscription s = writes.update(WEBHOOK, find(id), ifMatch, sub -> sub.secret = WebhookSignature.newSecret());
        return new WebhookSecret(toResponse(s), s.secret, s.version);
    }

    /**
     * Delivers every event after {@code afterSeq} again, in order. A delivery in flight loses its claim, so what it
     * achieved does not move the cursor past the rewind (its events are sent again: receivers de-duplicate).
     */
    @Transactional
    public WebhookResponse replay(long id, long afterSeq) {
        WebhookSubscription s = find(id);
        var rewind = em.createNativeQuery("update webhook_cursor set last_seq = :last, failures = 0, first_failure_at = null, "
                + "next_attempt_at = " + (s.active ? ":next" : "null") + ", lease_owner = null, lease_until = null "
                + "where subscription_id = :id").setParameter("last", afterSeq).setParameter("id", id);
        if (s.active) {
            rewind.setParameter("next", now());
        }
        rewind.executeUpdate();
        return toResponse(s);
    }

    /** Delivers the event of that delivery again, and every later one (strict order per subscription). */
    @Transactional
    public WebhookResponse replayDelivery(long id, long deliveryId) {
        find(id);
        List<?> seq = em.createNativeQuery("select event_seq from webhook_delivery where id = ?1 and subscription_id = ?2")
                .setParameter(1, deliveryId).setParameter(2, id).getResultList();
        if (seq.isEmpty()) {
            throw ProblemException.notFound("Webhook delivery", deliveryId);
        }
        return replay(id, ((Number) seq.get(0)).longValue() - 1);
    }

    public Page<DeliveryResponse> deliveries(long id, PageParams p) {
        find(id);
        long total = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, event_seq, event_type, attempt, attempted_at, outcome, "
                + "http_status, error, duration_ms, next_attempt_at from webhook_delivery where subscription_id = ?1 "
                + "order by id desc limit ?2 offset ?3").setParameter(1, id).setParameter(2, p.size)
                .setParameter(3, p.offset()).getResultList();
        List<DeliveryResponse> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new DeliveryResponse(((Number) r[0]).longValue(), Cursor.of(((Number) r[1]).longValue()),
                    ChangeType.valueOf((String) r[2]), ((Number) r[3]).intValue(), Rows.utc(r[4]),
                    DeliveryOutcome.valueOf((String) r[5]), r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
                    ((Number) r[8]).intValue(), Rows.utc(r[9])));
        }
        return new Page<>(items, total, p.page, p.size);
    }

    private OffsetDateTime now() {
        // to the millisecond: what the database stores, so a time read back compares equal to the one computed
        return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static void apply(WebhookSubscription s, WebhookRequest r) {
        s.url = checkUrl(r.url().strip());
        s.eventTypes = r.eventTypes() == null ? ""
                : r.eventTypes().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
        s.active = r.active();
        s.description = Strings.blankToNull(r.description());
    }

    /** https anywhere; http only to this machine (tests, a receiver beside kyodo). */
    static String checkUrl(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a URL", "WebhookUrl");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!u.isAbsolute() || u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw ProblemException.invalid("url", "must be an absolute https URL with a host, without user or fragment",
                    "WebhookUrl");
        }
        if (scheme.equals("http") && !loopback(u.getHost())) {
            throw ProblemException.invalid("url", "must use https (http only for localhost or a loopback address)",
                    "WebhookUrl");
        }
        return url;
    }

    private static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only literal addresses: a name is never resolved here
        if (h.matches("[0-9.]+") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    static Map<String, Object> settings(WebhookSubscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", s.url);
        m.put("eventTypes", s.eventTypes);
        m.put("active", s.active);
        m.put("description", s.description);
        m.put("pausedReason", s.pausedReason);
        return m;
    }

    public static WebhookResponse toResponse(WebhookSubscription s) {
        Object[] c = null;
        if (s.id != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = WebhookSubscription.getEntityManager().createNativeQuery(
                    "select last_seq, failures, next_attempt_at from webhook_cursor where subscription_id = ?1")
                    .setParameter(1, s.id).getResultList();
            c = rows.isEmpty() ? null : rows.get(0);
        }
        return response(s, c);
    }

    /** The subscription with its cursor row (last_seq, failures, next_attempt_at, …), or null before its first delivery. */
    static WebhookResponse response(WebhookSubscription s, Object[] c) {
        return new WebhookResponse(s.id, s.url, s.types(), s.active, s.active ? WebhookStatus.ACTIVE : WebhookStatus.PAUSED,
                s.description, s.pausedReason, Cursor.of(c == null ? 0 : ((Number) c[0]).longValue()),
                c == null ? 0 : ((Number) c[1]).intValue(), c == null || !s.active ? null : Rows.utc(c[2]), s.createdAt, s.version, s.updatedAt);
    }
}
