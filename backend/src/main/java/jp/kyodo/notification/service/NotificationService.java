package jp.kyodo.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.notification.Notification;
import jp.kyodo.notification.NotificationDtos;
import jp.kyodo.notification.NotificationDtos.NotificationResponse;

/**
 * Stores the {@link Notice}s features fire, one notification per recipient, in the sender's transaction (a
 * synchronous observer), and serves each user their own.
 */
@ApplicationScoped
public class NotificationService {

    static final int MAX_TITLE = 300;
    static final int MAX_LINK = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Observes every notice in the firing thread and transaction: stored with the change, or not at all. */
    @Transactional
    void onNotice(@Observes Notice notice) {
        store(notice);
    }

    /** Stores a notice for each of its recipients (a recipient already holding its dedupe key gets nothing). */
    @Transactional
    public int store(Notice notice) {
        List<Long> users = recipients(notice.recipient(), LocalDate.now(clock));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int stored = 0;
        for (Long userId : users) {
            if (notice.dedupeKey() != null && em.createQuery(
                    "select count(n) from Notification n where n.userId = :u and n.dedupeKey = :k", Long.class)
                    .setParameter("u", userId).setParameter("k", notice.dedupeKey()).getSingleResult() > 0) {
                continue;
            }
            Notification n = new Notification();
            n.userId = userId;
            n.kind = notice.kind();
            n.title = cut(notice.title(), MAX_TITLE);
            n.link = cut(notice.link(), MAX_LINK);
            n.dedupeKey = notice.dedupeKey();
            n.createdAt = now;
            em.persist(n);
            stored++;
        }
        return stored;
    }

    /** The accounts a recipient names today: the user; the liaisons assigned to the district; the section's users. */
    List<Long> recipients(Notice.Recipient r, LocalDate today) {
        if (r instanceof Notice.User u) {
            return em.createQuery("select u.id from AppUser u where u.id = :id and u.enabled = true", Long.class)
                    .setParameter("id", u.userId()).getResultList();
        }
        if (r instanceof Notice.DistrictLiaisons d) {
            return em.createQuery("select distinct a.user.id from LiaisonAssignment a"
                    + " where a.district.id = :d and a.startsOn <= :t and (a.endsOn is null or a.endsOn >= :t)"
                    + " and a.user.enabled = true and a.user.role = :role", Long.class)
                    .setParameter("d", d.districtId()).setParameter("t", today).setParameter("role", Roles.LIAISON)
                    .getResultList();
        }
        Notice.Section s = (Notice.Section) r;
        return em.createQuery("select u.id from AppUser u where u.sectionId = :s and u.role = :role and u.enabled = true",
                Long.class).setParameter("s", s.sectionId()).setParameter("role", Roles.DEPARTMENT).getResultList();
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationResponse> mine(long userId, boolean unreadFirst, PageParams p) {
        String order = unreadFirst ? " order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc"
                : " order by n.createdAt desc, n.id desc";
        List<Notification> items = em.createQuery("from Notification n where n.userId = :u" + order, Notification.class)
                .setParameter("u", userId).setFirstResult(p.offset()).setMaxResults(p.size).getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.userId = :u", Long.class)
                .setParameter("u", userId).getSingleResult();
        return new Page<>(items.stream().map(NotificationDtos::toResponse).toList(), total, p.page, p.size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(long userId) {
        return em.createQuery("select count(n) from Notification n where n.userId = :u and n.readAt is null", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    /** Marks one of the user's notifications read (already read: unchanged); another user's is 404. */
    @Transactional
    public NotificationResponse markRead(long userId, long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || n.userId != userId) {
            throw ProblemException.notFound("Notification", id);
        }
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now(clock);
        }
        return NotificationDtos.toResponse(n);
    }

    /** Marks every unread notification of the user read; returns how many are unread afterwards (0). */
    @Transactional
    public long markAllRead(long userId) {
        em.createQuery("update Notification n set n.readAt = :t where n.userId = :u and n.readAt is null")
                .setParameter("t", OffsetDateTime.now(clock)).setParameter("u", userId).executeUpdate();
        return unread(userId);
    }
}
