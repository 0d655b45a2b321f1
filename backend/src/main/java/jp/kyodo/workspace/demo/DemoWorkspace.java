package jp.kyodo.workspace.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.kept.KeptFiguresService;
import jp.kyodo.common.notification.Notice;
import jp.kyodo.membership.service.MembershipTotals;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.department.Section;
import jp.kyodo.request.Ask;
import jp.kyodo.request.Channel;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.RequestKind;
import jp.kyodo.request.RequestStatus;
import jp.kyodo.workspace.calendar.RequestDates;
import org.jboss.logging.Logger;

/**
 * The workspace's part of the demo city, relative to today so that the liaisons' homes are meaningful whenever the
 * demo starts: this fiscal year's membership figures for most associations of every district (two per
 * district still missing), a few officer terms ending within 60 days, requests of this fiscal year scheduled this
 * month and next with deadlines, and a few unread notifications. Loaded after the demo city, the inventory and the
 * meetings, only while there is no request of this fiscal year. Seed data: no audit events.
 */
@ApplicationScoped
public class DemoWorkspace {

    private static final Logger LOG = Logger.getLogger(DemoWorkspace.class);

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @Inject
    MembershipTotals membershipTotals;

    @Inject
    KeptFiguresService keptFigures;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo workspace", 120, this::loadIfEmpty);
        }
    }

    record R(String section, String title, int monthOffset, int deadlineDays, int people, double hours) {
    }

    static final List<R> REQUESTS = List.of(
            new R("家庭ごみ減量推進課", "年末年始のごみ収集日程チラシの回覧", 0, 20, 2, 1.0),
            new R("防災推進課", "冬季の避難所運営訓練への参加者推薦", 0, 25, 3, 2.0),
            new R("防犯・交通安全課", "防犯灯の点検結果の報告", 1, 21, 2, 1.5),
            new R("健康増進課", "健康診断受診勧奨ポスターの掲示", 1, 14, 1, 0.5),
            new R("広報課", "市政だより配布世帯数の確認", 0, 10, 1, 1.0));

    void loadIfEmpty() {
        LocalDate today = LocalDate.now(clock);
        int fy = RequestDates.fiscalYear(today);
        if (CityRequest.count("fiscalYear", fy) > 0) {
            return;
        }
        List<Long> districts = em.createQuery("select distinct a.district.id from LiaisonAssignment a where a.user.username in"
                + " ('liaison', 'liaison2') and a.startsOn <= :t and (a.endsOn is null or a.endsOn >= :t)", Long.class)
                .setParameter("t", today).getResultList();
        if (districts.isEmpty()) {
            return;
        }
        keptFigures.bypassed(); // requests written past the request services: recounted after every loader (DemoKeptFigures)
        // every district reports this year's figures (but two associations each), so that lists and the map that open
        // on the latest year show the whole city, and the liaisons' worklists still show what is missing
        int figures = figures(em.createQuery("select d.id from District d order by d.id", Long.class).getResultList(), fy);
        membershipTotals.rebuild(); // the figures were inserted past the services
        int terms = terms(districts, today);
        int requests = requests(districts, today, fy);
        notices(districts, today);
        LOG.infof("Loaded the demo workspace: %d figures of FY%d, %d terms ending, %d requests", figures, fy, terms, requests);
    }

    /** This FY's figures from last year's, for every association of the districts but the last two of each. */
    int figures(List<Long> districts, int fy) {
        int n = 0;
        for (Long d : districts) {
            List<Object[]> last = em.createQuery("select m.organization.id, m.households, m.memberHouseholds, m.areaCountMethod"
                    + " from MembershipFigure m where m.organization.district.id = :d and m.fiscalYear = :p"
                    + " order by m.organization.code", Object[].class).setParameter("d", d).setParameter("p", fy - 1)
                    .getResultList();
            if (last.isEmpty()) {
                last = em.createQuery("select m.organization.id, m.households, m.memberHouseholds, m.areaCountMethod"
                        + " from MembershipFigure m where m.organization.district.id = :d and m.fiscalYear = (select max(x.fiscalYear)"
                        + " from MembershipFigure x) order by m.organization.code", Object[].class).setParameter("d", d).getResultList();
            }
            for (int i = 0; i < last.size() - 2; i++) {
                Object[] a = last.get(i);
                int households = (Integer) a[1] + (i % 3);
                int members = Math.max(0, Math.min(households, (Integer) a[2] - (i % 4) + 1));
                em.createNativeQuery("insert into membership_figure (organization_id, fiscal_year, households, member_households,"
                        + " area_count_method, source, version, created_at, updated_at)"
                        + " values (:o, :fy, :h, :m, :method, :s, 0, :now, :now)")
                        .setParameter("o", a[0]).setParameter("fy", fy).setParameter("h", households).setParameter("m", members)
                        .setParameter("method", a[3].toString()).setParameter("s", "町内会名簿による集計")
                        .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC))
                        .executeUpdate();
                n++;
            }
        }
        return n;
    }

    /** One officer per district whose term ends 20–50 days from today. */
    int terms(List<Long> districts, LocalDate today) {
        int n = 0;
        int i = 0;
        for (Long d : districts) {
            List<Long> officers = em.createQuery("select f.id from Officer f where f.organization.district.id = :d"
                    + " and (f.termEnd is null or f.termEnd >= :t) order by f.id", Long.class).setParameter("d", d)
                    .setParameter("t", today).setMaxResults(1).getResultList();
            for (Long id : officers) {
                // a bulk update passes the entity listener: the officer's updatedAt is set here
                em.createQuery("update Officer f set f.termEnd = :e, f.updatedAt = :u where f.id = :id")
                        .setParameter("e", today.plusDays(20 + 10L * (i++ % 4)))
                        .setParameter("u", OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC))
                        .setParameter("id", id).executeUpdate();
                n++;
            }
        }
        return n;
    }

    int requests(List<Long> districts, LocalDate today, int fy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int n = 0;
        for (R r : REQUESTS) {
            List<Section> sections = Section.list("name", r.section());
            if (sections.isEmpty()) {
                continue;
            }
            LocalDate month = today.plusMonths(r.monthOffset());
            if (RequestDates.fiscalYear(month) != fy) {
                continue;
            }
            CityRequest c = new CityRequest();
            c.code = "WS" + fy + "-" + (++n);
            c.title = r.title();
            c.searchKey = r.title();
            c.section = sections.get(0);
            c.fiscalYear = fy;
            c.kind = RequestKind.COOPERATION;
            c.channel = Channel.DIRECT;
            c.allDistricts = false;
            c.asks.add(Ask.CIRCULATION);
            c.receiverKinds.add("NEIGHBORHOOD_ASSOCIATION");
            c.districtIds.addAll(districts);
            c.schedule.put(month.getMonthValue(), 1);
            c.occurrences = 1;
            c.monthMask = CityRequest.monthMask(c.schedule.keySet());
            c.deadlineDays = r.deadlineDays();
            c.people = r.people();
            c.hoursPerPerson = BigDecimal.valueOf(r.hours());
            c.status = RequestStatus.ACTIVE;
            c.createdAt = now;
            c.updatedAt = now;
            c.receiverKey = receiverKey(c);
            em.persist(c);
        }
        return n;
    }

    static String receiverKey(CityRequest c) {
        String s = String.join(",", c.receiverKinds.stream().sorted().toList()) + "|"
                + String.join(",", c.districtIds.stream().sorted().map(String::valueOf).toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A few unread notifications for the liaisons of the first districts. */
    void notices(List<Long> districts, LocalDate today) {
        Long d = districts.get(0);
        Object[] org = (Object[]) em.createNativeQuery("select o.id, o.name from organization o where o.district_id = :d"
                + " and o.kind_code = 'NEIGHBORHOOD_ASSOCIATION' order by o.code").setParameter("d", d).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
        if (org != null) {
            long id = Rows.num(org[0]).longValue();
            notices.fire(Notice.toDistrictLiaisons(d, "TERM_ENDING", (String) org[1], "/organizations/" + id,
                    "demo-term:" + id + ":" + today));
        }
        notices.fire(Notice.toDistrictLiaisons(d, "REPORT_RECEIVED", "校区だより 冬号", "/upward-reports", "demo-report:" + d));
        if (districts.size() > 1) {
            notices.fire(Notice.toDistrictLiaisons(districts.get(1), "FOLLOW_UP_DUE", "公園の遊具点検の結果連絡",
                    "/my-districts", "demo-follow-up:" + districts.get(1)));
        }
    }
}
