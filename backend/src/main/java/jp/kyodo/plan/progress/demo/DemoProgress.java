package jp.kyodo.plan.progress.demo;

import static jp.kyodo.plan.progress.demo.DemoProgressData.*;
import jp.kyodo.common.config.KyodoConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.department.Section;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.progress.Binding;
import jp.kyodo.plan.progress.ProgressIndicator;
import jp.kyodo.plan.progress.ProgressReport;
import jp.kyodo.plan.progress.live.BindingSpec;
import jp.kyodo.plan.progress.live.JoinRateSource;
import jp.kyodo.plan.progress.live.RequestReviewSource;
import jp.kyodo.plan.progress.service.LiveIndicatorService;
import jp.kyodo.ward.Ward;
import org.jboss.logging.Logger;

/**
 * Demo progress of the Fukuoka 2009 plan (kyodo.demo-data=true): owner sections (所管課) from the demo city's
 * organization — the demo account {@code dept} (家庭ごみ減量推進課) owns two initiatives with the office —, reports for
 * FY2009 and FY2010 (平成21・22年度) as the office might have written them, a few late or not started so that some
 * initiatives are behind, finished milestones, and recent reports with live indicators: the request review (Ⅲ-2-(2))
 * in FY2024/FY2025 and the join rate (Ⅱ-2-(2)) in the latest year with membership figures. Runs after the sample
 * plan and the demo inventory, only while there are no progress reports. Seed data: no audit events (the timeline
 * shows the reports at the time they carry).
 */
@ApplicationScoped
public class DemoProgress {

    private static final Logger LOG = Logger.getLogger(DemoProgress.class);
    static final String PLAN = "fukuoka-2009";
    static final String OFFICE = "office";
    static final String DEPT = "dept";

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    LiveIndicatorService live;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 4000) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo progress", this::loadIfEmpty);
        }
    }

    ProgressIndicator bound(String code, Double target, Level level, Long scopeId, String name) {
        BindingSpec b = live.spec(Binding.of(code)).orElseThrow();
        ProgressIndicator i = new ProgressIndicator();
        i.name = name == null ? b.ja() : name;
        i.unit = b.unit();
        i.target = target == null ? null : BigDecimal.valueOf(target);
        i.binding = b.code();
        i.scopeLevel = level;
        i.scopeId = scopeId;
        return i;
    }

    void loadIfEmpty() {
        if (ProgressReport.count() > 0) {
            LOG.info("There are progress reports already: demo progress not loaded");
            return;
        }
        Plan plan = Plan.find("code", PLAN).firstResult();
        if (plan == null) {
            LOG.info("The sample plan is not loaded: demo progress not loaded");
            return;
        }
        Map<String, Initiative> initiatives = new HashMap<>();
        Initiative.<Initiative>list("planId", plan.id).forEach(i -> initiatives.put(i.refKey, i));
        Map<String, Long> sections = new HashMap<>();
        Section.<Section>listAll().forEach(s -> sections.put(s.code, s.id));
        int owned = 0;
        for (Map.Entry<String, List<String>> e : OWNERS.entrySet()) {
            Initiative i = initiatives.get(e.getKey());
            if (i == null || !i.sectionIds.isEmpty()) {
                continue;
            }
            for (String code : e.getValue()) {
                if (sections.containsKey(code)) {
                    i.sectionIds.add(sections.get(code));
                }
            }
            owned += i.sectionIds.isEmpty() ? 0 : 1;
        }

        List<R> reports = new ArrayList<>(reports2009and2010());
        // the request review, measured by the inventory (FY2025 is reviewed against FY2024)
        reports.add(new R("III-2-2-a", 2024, 0, CN, "令和6年度の依頼等を全庁で棚卸しし、令和7年度の見直しの基準年度とした。", DEPT,
                List.of(bound(RequestReviewSource.COOPERATION_REQUESTS, null, Level.CITY, null, null),
                        bound(RequestReviewSource.REQUEST_HOURS, null, Level.CITY, null, null)), List.of()));
        reports.add(new R("III-2-2-a", 2025, 0, CN, "令和7年度の見直しで各課が自己評価を行い、地域コミュニティ課が廃止・統合・負担軽減を決定した。"
                + "決定の一部は令和8年度の依頼から反映する。", DEPT,
                List.of(bound(RequestReviewSource.COOPERATION_REQUESTS, 30.0, Level.CITY, null, null),
                        bound(RequestReviewSource.REQUEST_HOURS, null, Level.CITY, null, null),
                        bound(RequestReviewSource.REQUEST_HOURS_CUT, 10.0, Level.CITY, null, null)),
                List.of(link("令和7年度 依頼等の見直し結果", SITE + "irai/2025.pdf"))));
        reports.add(new R("III-2-2-b", 2025, 0, CN, "参加人数を指定する依頼を見直し、区民まつり等は参加を任意とした。", OFFICE,
                List.of(bound(RequestReviewSource.COOPERATION_REQUESTS_CUT, 10.0, Level.CITY, null, null)), List.of()));
        // 加入促進, measured by the registry's membership figures
        Integer latest = em.createQuery("select max(m.fiscalYear) from MembershipFigure m", Integer.class).getSingleResult();
        if (latest != null) {
            Ward east = Ward.<Ward>find("code", "HGS").firstResult();
            List<ProgressIndicator> rates = new ArrayList<>();
            rates.add(bound(JoinRateSource.JOIN_RATE, 80.0, Level.CITY, null, "自治会・町内会の加入率（市全体）"));
            if (east != null) {
                rates.add(bound(JoinRateSource.JOIN_RATE, 80.0, Level.WARD, east.id, "自治会・町内会の加入率（" + east.name + "）"));
            }
            reports.add(new R("II-2-2-b", latest, 0, CN, "新築の集合住宅の事業者への働きかけを続け、管理組合を通じた加入の案内を行った。", OFFICE,
                    rates, List.of()));
            reports.add(new R("II-2-2-a", latest, 0, CN, "転入者向けの加入案内を改訂し、区役所窓口と転入手続きの案内に同封した。", OFFICE,
                    List.of(bound(JoinRateSource.JOIN_RATE, 80.0, Level.CITY, null, null)), List.of()));
        }

        int n = 0;
        for (R x : reports) {
            Initiative i = initiatives.get(x.key());
            if (i == null) {
                continue;
            }
            ProgressReport p = new ProgressReport();
            p.initiativeId = i.id;
            p.fiscalYear = x.fy();
            p.half = x.half();
            p.status = x.status();
            p.done = x.done();
            p.reportedBy = x.by();
            // reported after the period: April (or October for the first half) of the next year
            p.reportedAt = x.half() == 1 ? LocalDateTime.of(x.fy(), 10, 15, 10, 0) : LocalDateTime.of(x.fy() + 1, 4, 20 + n % 8, 10, 0);
            p.evidence.addAll(x.evidence());
            x.indicators().forEach(ind -> p.indicators.add(copy(ind)));
            p.persist();
            n++;
        }

        int done = 0;
        done += finish(initiatives.get("III-2-3-a"), 1, LocalDate.of(2010, 3, 25));
        done += finish(initiatives.get("III-2-3-a"), 2, LocalDate.of(2011, 2, 18));
        done += finish(initiatives.get("III-2-3-b"), 1, LocalDate.of(2010, 3, 30));
        em.flush();
        LOG.infof("Loaded the demo progress of %s: %d reports, owner sections for %d initiatives, %d milestones done", PLAN, n, owned, done);
    }

    private static ProgressIndicator copy(ProgressIndicator i) {
        ProgressIndicator c = new ProgressIndicator();
        c.name = i.name;
        c.unit = i.unit;
        c.target = i.target;
        c.actual = i.actual;
        c.binding = i.binding;
        c.scopeLevel = i.scopeLevel;
        c.scopeId = i.scopeId;
        return c;
    }

    private static int finish(Initiative i, int position, LocalDate on) {
        if (i == null) {
            return 0;
        }
        for (Milestone m : i.milestones) {
            if (m.position == position) {
                m.status = MilestoneStatus.DONE;
                m.doneOn = on;
                return 1;
            }
        }
        return 0;
    }
}
