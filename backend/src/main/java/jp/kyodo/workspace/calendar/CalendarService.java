package jp.kyodo.workspace.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.common.calendar.CalendarEntry;
import jp.kyodo.common.calendar.CalendarSource;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.workspace.CalendarFeed;
import jp.kyodo.workspace.WorkspaceDtos.CalendarItem;
import jp.kyodo.workspace.WorkspaceDtos.CalendarMonth;
import jp.kyodo.workspace.WorkspaceDtos.DistrictRef;
import jp.kyodo.workspace.WorkspaceDtos.Feed;
import jp.kyodo.workspace.home.HomeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The burden calendar across districts and each user's iCalendar feed, from every {@link CalendarSource}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    /** The feed holds entries from this many days back to {@link #FEED_DAYS_AHEAD} ahead. */
    public static final int FEED_DAYS_BACK = 31;
    public static final int FEED_DAYS_AHEAD = 366;
    public static final String FEED_PATH = "/api/v1/calendar/";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<CalendarSource> sources;

    @Inject
    HomeService home;

    @ConfigProperty(name = "kyodo-notifications.base-url")
    Optional<String> baseUrl;

    /** The districts of a ward, in code order. */
    public List<Long> wardDistricts(long wardId) {
        return em.createQuery("select d.id from District d where d.ward.id = :w order by d.code", Long.class)
                .setParameter("w", wardId).getResultList();
    }

    public boolean wardExists(long wardId) {
        return em.createQuery("select count(w) from Ward w where w.id = :w", Long.class).setParameter("w", wardId)
                .getSingleResult() > 0;
    }

    public List<Long> allDistrictIds() {
        return em.createQuery("select d.id from District d order by d.code", Long.class).getResultList();
    }

    public CalendarMonth month(int year, int month, Collection<Long> districtIds) {
        YearMonth ym = YearMonth.of(year, month);
        Map<Long, DistrictRef> districts = home.districts(districtIds);
        if (districts.size() != new LinkedHashSet<>(districtIds).size()) {
            throw ProblemException.notFound("District", districtIds.stream().filter(d -> !districts.containsKey(d))
                    .findFirst().orElse(null));
        }
        List<CalendarItem> items = merge(entries(districts.keySet(), ym.atDay(1), ym.atEndOfMonth()), districts);
        return new CalendarMonth(year, month, LocalDate.now(clock), List.copyOf(districts.values()), items);
    }

    List<CalendarEntry> entries(Collection<Long> ids, LocalDate from, LocalDate to) {
        List<CalendarEntry> all = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (CalendarSource s : sources) {
                all.addAll(s.entries(ids, from, to));
            }
        }
        return all;
    }

    /** Entries with the same uid (one request in several districts) become one item naming the districts. */
    static List<CalendarItem> merge(List<CalendarEntry> entries, Map<Long, DistrictRef> districts) {
        Map<String, List<CalendarEntry>> byUid = new LinkedHashMap<>();
        entries.forEach(e -> byUid.computeIfAbsent(e.uid(), k -> new ArrayList<>()).add(e));
        List<CalendarItem> out = new ArrayList<>();
        byUid.values().forEach(list -> {
            CalendarEntry e = list.get(0);
            out.add(new CalendarItem(e.uid(), e.kind(), e.date(), e.start(), e.title(), e.link(),
                    list.stream().map(CalendarEntry::districtId).distinct().map(districts::get)
                            .filter(java.util.Objects::nonNull).toList()));
        });
        out.sort(Comparator.comparing(CalendarItem::date)
                .thenComparing(CalendarItem::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(CalendarItem::kind).thenComparing(CalendarItem::title).thenComparing(CalendarItem::uid));
        return out;
    }

    // ---- the feed --------------------------------------------------------------------------------------

    public Feed feed(long userId) {
        CalendarFeed f = find(userId);
        return f == null ? new Feed(false, null, null, null) : new Feed(true, f.createdAt, f.wardId, null);
    }

    /** Creates the feed or gives it a new token (the old URL stops working); the token is in this answer only. */
    @Transactional
    public Feed rotate(long userId, String role, Long wardId) {
        if (wardId != null) {
            if (!Roles.ADMIN.equals(role) && !Roles.OFFICE.equals(role)) {
                throw ProblemException.forbidden("Only the office chooses a ward for its feed");
            }
            if (em.createQuery("select count(w) from Ward w where w.id = :w", Long.class).setParameter("w", wardId)
                    .getSingleResult() == 0) {
                throw ProblemException.notFound("Ward", wardId);
            }
        }
        CalendarFeed f = find(userId);
        if (f == null) {
            f = new CalendarFeed();
            f.userId = userId;
        }
        String token = jp.kyodo.account.service.Tokens.newToken();
        f.tokenHash = jp.kyodo.account.service.Tokens.hash(token);
        f.wardId = wardId;
        f.createdAt = OffsetDateTime.now(clock);
        if (f.id == null) {
            em.persist(f);
        }
        return new Feed(true, f.createdAt, f.wardId, FEED_PATH + token + ".ics");
    }

    @Transactional
    public void revoke(long userId) {
        int deleted = em.createQuery("delete from CalendarFeed f where f.userId = :u").setParameter("u", userId)
                .executeUpdate();
        if (deleted == 0) {
            throw new jp.kyodo.common.error.ProblemException(jp.kyodo.common.error.ProblemType.NOT_FOUND,
                    "You have no calendar feed to stop");
        }
    }

    CalendarFeed find(long userId) {
        return em.createQuery("from CalendarFeed f where f.userId = :u", CalendarFeed.class).setParameter("u", userId)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * The iCalendar document of a feed token, or 404 for an unknown, revoked or rotated token or a disabled
     * account. A liaison's feed holds their districts assigned today; the office's the chosen ward's (or none);
     * other roles' none (an empty, valid calendar).
     */
    public String ics(String token) {
        List<CalendarFeed> feeds = em.createQuery("from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
                .setParameter("h", jp.kyodo.account.service.Tokens.hash(token)).getResultList();
        if (feeds.isEmpty()) {
            throw ProblemException.notFound("Calendar feed", "token");
        }
        CalendarFeed f = feeds.get(0);
        List<Object[]> users = em.createQuery("select u.role, u.displayName from AppUser u where u.id = :u and u.enabled = true",
                Object[].class).setParameter("u", f.userId).getResultList();
        if (users.isEmpty()) {
            throw ProblemException.notFound("Calendar feed", "token");
        }
        String role = (String) users.get(0)[0];
        LocalDate today = LocalDate.now(clock);
        Collection<Long> ids = switch (role) {
            case Roles.LIAISON -> em.createQuery("select a.district.id from LiaisonAssignment a where a.user.id = :u"
                    + " and a.startsOn <= :t and (a.endsOn is null or a.endsOn >= :t)", Long.class)
                    .setParameter("u", f.userId).setParameter("t", today).getResultList();
            case Roles.ADMIN, Roles.OFFICE -> f.wardId == null ? List.of() : wardDistricts(f.wardId);
            default -> List.of();
        };
        Map<Long, DistrictRef> districts = home.districts(Set.copyOf(ids));
        List<CalendarItem> items = merge(entries(districts.keySet(), today.minusDays(FEED_DAYS_BACK),
                today.plusDays(FEED_DAYS_AHEAD)), districts);
        String base = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse(null);
        List<Ics.Event> events = new ArrayList<>();
        for (CalendarItem i : items) {
            String where = String.join("、", i.districts().stream().map(DistrictRef::name).toList());
            events.add(new Ics.Event(new CalendarEntry(i.uid(), i.kind(), i.districts().isEmpty() ? 0 : i.districts().get(0).id(),
                    i.date(), i.start(), i.title(), i.link()), words(i.kind()) + " " + i.title(),
                    where.isEmpty() ? null : "校区: " + where, base == null ? null : base + i.link()));
        }
        return Ics.document("kyodo " + users.get(0)[1], events, ZonedDateTime.now(clock.withZone(JapanClock.ZONE)));
    }

    static String words(String kind) {
        return switch (kind) {
            case RequestCalendarSource.DATE -> "【依頼】";
            case RequestCalendarSource.DEADLINE -> "【締切】";
            case "FOLLOW_UP" -> "【対応期限】";
            case "MEETING" -> "【会議】";
            default -> "【予定】";
        };
    }
}
