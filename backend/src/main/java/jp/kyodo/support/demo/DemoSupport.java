package jp.kyodo.support.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.department.Section;
import jp.kyodo.organization.Organization;
import jp.kyodo.support.GrantCase;
import jp.kyodo.support.GrantPayment;
import jp.kyodo.support.GrantStatus;
import jp.kyodo.support.SupportAudience;
import jp.kyodo.support.SupportCategory;
import jp.kyodo.support.SupportKind;
import jp.kyodo.support.SupportProgram;
import jp.kyodo.support.amount.Amount;
import jp.kyodo.support.amount.AmountBasis;
import jp.kyodo.support.amount.AmountRule;
import jp.kyodo.support.amount.Rounding;
import jp.kyodo.support.service.GrantBasis;
import org.jboss.logging.Logger;

/**
 * The demo city's support (支援策): last year's and this year's editions of the catalogue (this year's carried over
 * from last year's, one budget raised and one program added), and a realistic year of grants — the operating
 * subsidy of every district council computed from its district's member households, last year's settled after the
 * inspection (one council with a finding and a refund), this year's decided and half paid (two councils yet to hand
 * in their plan, one decided above the computation with a reason); street-light applications of a few associations;
 * the newsletter consignment of every association, its first half paid. Amounts come from the same rule functions the
 * API uses, over the same registry figures ({@link GrantBasis}). Loaded after the kept figures (which the
 * district councils' households are read from), only while there are no programs. Seed data: no audit events.
 */
@ApplicationScoped
public class DemoSupport {

    private static final Logger LOG = Logger.getLogger(DemoSupport.class);

    @Inject
    DemoEventsAndFacilities eventsAndFacilities;

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    GrantBasis registry;

    @Inject
    jp.kyodo.support.service.Paperwork paperwork;

    @Inject
    jp.kyodo.common.kept.KeptFiguresService kept;

    static final AmountRule OPERATING = new AmountRule.Combined(List.of(new AmountRule.Flat(200_000),
            new AmountRule.PerHousehold(BigDecimal.valueOf(300), AmountRule.PerHousehold.Households.MEMBERS, null, null)),
            new Rounding(1000, Rounding.Mode.DOWN), 1_200_000L);
    static final AmountRule LIFELONG = new AmountRule.Combined(List.of(new AmountRule.Flat(100_000),
            new AmountRule.PerCapita(BigDecimal.valueOf(10), null, null)), new Rounding(1000, Rounding.Mode.DOWN), 300_000L);
    static final AmountRule LIGHTS = new AmountRule.PerUnit(prices("NEW", 30_000, "REPLACE", 15_000, "LED", 12_500),
            Map.of("NEW", "新設", "REPLACE", "取替", "LED", "LED化"), null, 150_000L);
    static final AmountRule NEWSLETTER = new AmountRule.PerHousehold(BigDecimal.valueOf(480), AmountRule.PerHousehold.Households.ALL,
            new Rounding(10, Rounding.Mode.DOWN), null);
    static final AmountRule BUILDING = new AmountRule.CostShare(new BigDecimal("0.5"), new Rounding(1000, Rounding.Mode.DOWN), 5_000_000L);

    static Map<String, BigDecimal> prices(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], BigDecimal.valueOf(((Number) kv[i + 1]).longValue()));
        }
        return m;
    }

    /** One program of the demo catalogue. {@code sinceThisYear}: added in this year's edition. */
    record P(String section, String name, SupportKind kind, SupportAudience audience, List<SupportCategory> categories,
            String description, AmountRule rule, List<String> kinds, Long budget, boolean plan, boolean sinceThisYear) {
    }

    static final List<P> PROGRAMS = List.of(
            new P("CHIIKI", "感謝状贈呈", SupportKind.OTHER, SupportAudience.COMMUNITY, List.of(SupportCategory.HUMAN_RESOURCES),
                    "長年にわたり地域活動に尽力された役員の方に感謝状を贈ります。", null, null, null, false, false),
            new P("CHIIKI", "校区事務局職員研修の支援", SupportKind.TRAINING, SupportAudience.COMMUNITY, List.of(SupportCategory.HUMAN_RESOURCES),
                    "校区まちづくり連絡協議会が主催する校区事務局職員研修の企画と講師の手配を支援します。", null, null, null, false, false),
            new P("CHIIKI", "転入者への市民便利帳等の配布", SupportKind.INFORMATION, SupportAudience.COMMUNITY, List.of(SupportCategory.PUBLICITY),
                    "転入の手続きの際に、自治会への加入と地域活動への参加の案内を載せた市民便利帳を配布します。", null, null, null, false, false),
            new P("CHIIKI", "補助金等説明会", SupportKind.TRAINING, SupportAudience.COMMUNITY, List.of(SupportCategory.INFORMATION),
                    "校区コミュニティ組織の補助金の算定、申請、実績報告の方法を説明します。", null, null, null, false, false),
            new P("CHIIKI", "市の公式ホームページへの地域の行事の掲載", SupportKind.INFORMATION, SupportAudience.COMMUNITY,
                    List.of(SupportCategory.PUBLICITY, SupportCategory.INFORMATION), "地域のお祭りや行事の記事を市の公式ホームページに掲載します。",
                    null, null, null, false, true),
            new P("CHIIKI", "校区コミュニティセンター整備支援", SupportKind.FACILITY, SupportAudience.COMMUNITY, List.of(SupportCategory.PLACE),
                    "校区コミュニティセンターの整備について、計画から工事まで相談に応じます。", null, null, null, false, false),
            new P("CHIIKI", "連絡協議会の会議会場として市庁舎会議室を提供", SupportKind.FACILITY, SupportAudience.COMMUNITY,
                    List.of(SupportCategory.PLACE, SupportCategory.COOPERATION), "校区まちづくり連絡協議会の総会・理事会の会場として市庁舎の会議室を提供します。",
                    null, null, null, false, false),
            new P("CHIIKI", "市民活動フォーラムの開催", SupportKind.TRAINING, SupportAudience.BOTH, List.of(SupportCategory.COOPERATION),
                    "市民活動団体と校区コミュニティ組織が活動を発表し、交流するフォーラムを開催します。", null, null, null, false, false),
            new P("CHIIKI", "校区コミュニティ組織運営費補助", SupportKind.SUBSIDY, SupportAudience.COMMUNITY, List.of(SupportCategory.FINANCIAL),
                    "校区コミュニティ組織（自治協議会）の運営に要する経費を、均等割と加入世帯数割で補助します。", OPERATING,
                    List.of("DISTRICT_COUNCIL"), null, true, false),
            new P("CHIIKI", "校区コミュニティセンター等建築費補助", SupportKind.SUBSIDY, SupportAudience.COMMUNITY,
                    List.of(SupportCategory.FINANCIAL, SupportCategory.PLACE), "校区コミュニティセンター等の新築・改修に要する経費の2分の1を補助します（上限500万円）。",
                    BUILDING, List.of("DISTRICT_COUNCIL"), 10_000_000L, false, false),
            new P("CHIIKI", "法人化支援（相談・書類作成支援）", SupportKind.OTHER, SupportAudience.COMMUNITY, List.of(SupportCategory.OTHER),
                    "自治会の地縁団体としての認可申請について、相談と書類作成を支援します。", null, null, null, false, false),
            new P("KOHO", "行政情報伝達業務委託（市政だより配布）", SupportKind.CONSIGNMENT, SupportAudience.COMMUNITY,
                    List.of(SupportCategory.PUBLICITY, SupportCategory.FINANCIAL), "市政だよりを自治会・町内会を通じて各世帯に配布する業務を委託します（1世帯あたり月40円）。",
                    NEWSLETTER, List.of("NEIGHBORHOOD_ASSOCIATION"), null, false, false),
            new P("BOHAN", "防犯灯設置費補助", SupportKind.SUBSIDY, SupportAudience.COMMUNITY, List.of(SupportCategory.FINANCIAL),
                    "自治会・町内会が設置・取替・LED化する防犯灯の費用を1灯あたりの単価で補助します（1団体あたり上限15万円）。",
                    LIGHTS, List.of("NEIGHBORHOOD_ASSOCIATION"), 6_000_000L, false, false),
            new P("KOMINKAN", "校区生涯学習振興事業費補助", SupportKind.SUBSIDY, SupportAudience.COMMUNITY, List.of(SupportCategory.FINANCIAL),
                    "校区の生涯学習の振興に要する経費を、均等割と人口割で補助します。", LIFELONG, List.of("DISTRICT_COUNCIL"), null, false, false),
            new P("KOMINKAN", "公民館職員研修", SupportKind.TRAINING, SupportAudience.COMMUNITY, List.of(SupportCategory.HUMAN_RESOURCES),
                    "公民館職員が幅広い知識を身につけるための研修を実施します。", null, null, null, false, false));

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 9500) StartupEvent ev) {
        // the demo city only: the large and nation-wide data sets (benchmarks) carry no support programs
        if (config.demoData() && "demo".equals(config.demoScale())) {
            SeedData.load(LOG, "the demo support programs", 300, this::loadIfEmpty);
        }
    }

    LocalDate today;
    int fy;
    Map<String, Section> sections;

    void loadIfEmpty() {
        if (SupportProgram.count() > 0) {
            LOG.info("There are support programs already: demo support not loaded");
            return;
        }
        today = LocalDate.now(clock);
        fy = Japanese.fiscalYearOf(today);
        sections = new HashMap<>();
        Section.<Section>listAll().forEach(s -> sections.put(s.code, s));
        if (!sections.containsKey("CHIIKI")) {
            LOG.info("The demo sections are not there: demo support not loaded");
            return;
        }
        Map<String, SupportProgram> last = new HashMap<>();
        Map<String, SupportProgram> now = new HashMap<>();
        int order = 0;
        for (P p : PROGRAMS) {
            order += 10;
            if (!p.sinceThisYear()) {
                last.put(p.name(), program(p, fy - 1, order, null));
            }
            SupportProgram carried = last.get(p.name());
            SupportProgram current = program(p, fy, order, carried == null ? null : carried.id);
            if (p.name().equals("防犯灯設置費補助")) {
                current.budgetYen = 6_600_000L;
            }
            now.put(p.name(), current);
        }
        int cases = 0;
        cases += operating(last.get("校区コミュニティ組織運営費補助"), true);
        cases += operating(now.get("校区コミュニティ組織運営費補助"), false);
        cases += lifelong(now.get("校区生涯学習振興事業費補助"));
        cases += lights(now.get("防犯灯設置費補助"));
        cases += newsletter(now.get("行政情報伝達業務委託（市政だより配布）"));
        Map<String, SupportProgram> named = new HashMap<>(now);
        last.forEach((name, program) -> named.put("前年度:" + name, program));
        int places = eventsAndFacilities.load(named, today, sections.get("CHIIKI").id);
        // the paperwork requests were written past the request services: the kept burden figures are recounted
        kept.rebuildAll();
        LOG.infof("Loaded the demo support: %d programs in two editions, %d grant cases, 3 events, %d facilities", last.size() + now.size(),
                cases, places);
    }

    SupportProgram program(P p, int year, int order, Long carriedFrom) {
        SupportProgram x = new SupportProgram();
        Section s = sections.get(p.section());
        x.fiscalYear = year;
        x.name = p.name();
        x.sectionId = s.id;
        x.kind = p.kind();
        x.audience = p.audience();
        x.categories = SupportCategory.mask(p.categories());
        x.description = p.description();
        x.sortOrder = order;
        x.carriedFromId = carriedFrom;
        if (p.rule() != null) {
            try {
                x.amountRule = json.writerFor(AmountRule.class).writeValueAsString(p.rule());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            x.figuresYear = year - 1;
            x.budgetYen = p.budget();
            x.eligibleKinds.addAll(p.kinds());
            x.applicationDueOn = Japanese.fiscalYearStart(year).plusDays(29);
            x.resultsDueOn = Japanese.fiscalYearStart(year + 1).plusDays(14);
            x.paperworkHours = p.plan() ? new BigDecimal("8.00") : new BigDecimal("3.00");
            if (p.plan()) {
                x.planDueOn = Japanese.fiscalYearStart(year).minusDays(19);
                x.documents.addAll(List.of("事業計画書", "収支予算書", "役員名簿", "加入世帯数調書"));
            } else if (p.kind() == SupportKind.CONSIGNMENT) {
                x.documents.addAll(List.of("委託契約書", "配布世帯数報告書"));
            } else {
                x.documents.addAll(List.of("交付申請書", "見積書", "設置場所の図面"));
            }
        }
        x.searchKey = TextNormalizer.searchKey(x.name, x.description, sections.get(p.section()).name, sections.get(p.section()).kana);
        if (x.paperworkHours != null && year == fy) {
            // this year's paperwork as requests (last year's edition leaves the inventory's two years as they were)
            paperwork.seed(x);
        }
        x.persist();
        return x;
    }

    /** A day of the program's year: months and days after 1 April, never after today. */
    LocalDate day(int year, int months, int days) {
        LocalDate d = Japanese.fiscalYearStart(year).plusMonths(months).plusDays(days);
        return d.isAfter(today) ? today : d;
    }

    boolean reached(int year, int months, int days) {
        return !Japanese.fiscalYearStart(year).plusMonths(months).plusDays(days).isAfter(today);
    }

    List<Organization> eligible(SupportProgram p) {
        return em.createQuery("select o from Organization o left join fetch o.district where o.kindCode in :kinds order by o.code",
                Organization.class).setParameter("kinds", p.eligibleKinds).getResultList();
    }

    GrantCase newCase(SupportProgram p, Organization o, GrantBasis.Figures f) {
        GrantCase c = new GrantCase();
        c.program = p;
        c.organization = o;
        c.fiscalYear = p.fiscalYear;
        c.households = f.households();
        c.memberHouseholds = f.memberHouseholds();
        c.population = f.population();
        return c;
    }

    void compute(GrantCase c, AmountRule rule) {
        Map<String, Long> units = new LinkedHashMap<>();
        if (c.units != null) {
            try {
                units = json.readValue(c.units, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Long>>() {
                });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Amount a = rule.compute(AmountBasis.of().withHouseholds(c.households, c.memberHouseholds).withPopulation(c.population)
                .withEligibleCost(c.eligibleCost).withUnits(units));
        c.computedYen = a.yen();
        c.computedSteps = a.steps().isEmpty() ? null : String.join("\n", a.steps());
        c.computedMissing = a.missing().isEmpty() ? null : String.join("\n", a.missing());
    }

    Map<Long, GrantBasis.Figures> figures(SupportProgram p, List<Organization> orgs) {
        return registry.read(orgs.stream().map(o -> new GrantBasis.Org(o.id, o.kindCode, o.districtId())).toList(), p.figuresYear);
    }

    void pay(GrantCase c, int instalment, LocalDate on, long yen, String note) {
        GrantPayment g = new GrantPayment();
        g.grantCase = c;
        g.instalment = instalment;
        g.paidOn = on;
        g.yen = yen;
        g.recordedBy = "地域コミュニティ課";
        g.note = note;
        g.createdAt = OffsetDateTime.now(clock);
        g.persist();
        c.paidYen += yen;
    }

    void decide(GrantCase c, LocalDate on, String by) {
        c.decidedYen = c.computedYen;
        c.decidedOn = on;
        c.decidedBy = by;
        c.status = GrantStatus.DECIDED;
    }

    /** 校区コミュニティ組織運営費補助: last year's settled, this year's decided and half paid. */
    int operating(SupportProgram p, boolean settled) {
        List<Organization> councils = eligible(p);
        Map<Long, GrantBasis.Figures> figures = figures(p, councils);
        int y = p.fiscalYear;
        int n = 0;
        for (Organization o : councils) {
            GrantCase c = newCase(p, o, figures.get(o.id));
            compute(c, OPERATING);
            n++;
            boolean late = !settled && (n == 3 || n == 7);
            if (late || c.computedYen == null) {
                c.status = GrantStatus.AWAITING_PLAN;
                c.persist();
                continue;
            }
            c.planReceivedOn = Japanese.fiscalYearStart(y).minusDays(22 - n % 5);
            c.planReceivedBy = "校区担当";
            c.status = GrantStatus.PLAN_RECEIVED;
            if (!settled && n == 5) {
                c.persist();
                continue;
            }
            c.appliedOn = day(y, 0, 14 + n % 10);
            c.appliedBy = "校区担当";
            c.status = GrantStatus.APPLIED;
            if (!reached(y, 1, 0)) {
                c.persist();
                continue;
            }
            decide(c, day(y, 1, 0), "地域コミュニティ課");
            if (!settled && n == 2) {
                c.decidedYen = c.computedYen + 50_000;
                c.overrideReason = "校区の統合に伴う経過措置（令和8年度まで5万円を加算）";
            }
            c.persist();
            long first = c.decidedYen / 2;
            if (reached(y, 2, 29)) {
                pay(c, 1, day(y, 2, 29), first, "概算払 第1回（上半期分）");
            }
            if (settled) {
                pay(c, 2, day(y, 6, 30), c.decidedYen - first, "概算払 第2回（下半期分）");
                c.reportedOn = day(y + 1, 0, 9);
                c.reportedBy = "校区担当";
                c.status = GrantStatus.REPORTED;
                if (reached(y + 1, 1, 19)) {
                    c.inspectedOn = day(y + 1, 1, 19);
                    c.inspectedBy = "校区担当";
                    c.status = GrantStatus.INSPECTED;
                    c.finalYen = c.decidedYen;
                    if (n == 4) {
                        c.findings = "領収書1件（懇親会の飲食費 12,000円）が補助対象外の経費";
                        c.corrections = "対象外経費を除いた額で精算し、差額を返還すること";
                        c.finalYen = c.decidedYen - 12_000;
                        c.finalReason = "実地検査で対象外経費 12,000円を確認";
                    } else {
                        c.findings = null;
                        c.corrections = null;
                    }
                    if (reached(y + 1, 2, 0)) {
                        c.settledOn = day(y + 1, 2, 0);
                        c.settledBy = "地域コミュニティ課";
                        c.refundYen = Math.max(0, c.paidYen - c.finalYen);
                        c.status = GrantStatus.SETTLED;
                    } else {
                        c.finalYen = null;
                        c.finalReason = null;
                    }
                }
            }
        }
        return n;
    }

    /** 校区生涯学習振興事業費補助: every council decided (no plan step). */
    int lifelong(SupportProgram p) {
        List<Organization> councils = eligible(p);
        Map<Long, GrantBasis.Figures> figures = figures(p, councils);
        int n = 0;
        for (Organization o : councils) {
            GrantCase c = newCase(p, o, figures.get(o.id));
            compute(c, LIFELONG);
            n++;
            c.status = GrantStatus.AWAITING_PLAN;
            if (c.computedYen != null) {
                c.appliedOn = day(p.fiscalYear, 0, 20);
                c.appliedBy = "校区担当";
                c.status = GrantStatus.APPLIED;
                if (reached(p.fiscalYear, 1, 15)) {
                    decide(c, day(p.fiscalYear, 1, 15), "公民館支援課");
                }
            }
            c.persist();
        }
        return n;
    }

    /** 防犯灯設置費補助: a few associations' applications, some decided, some paid. */
    int lights(SupportProgram p) {
        List<Organization> all = eligible(p);
        // the first two (the completed ones) in the demo liaison's first district, the rest spread over the city
        List<Organization> applicants = new ArrayList<>(all.stream().filter(o -> o.code.startsWith("HGS-01-")).limit(2).toList());
        for (int i = 0; i < all.size() && applicants.size() < 8; i += 7) {
            if (!applicants.contains(all.get(i))) {
                applicants.add(all.get(i));
            }
        }
        Map<Long, GrantBasis.Figures> figures = figures(p, applicants);
        long[][] units = {{2, 0, 3}, {0, 4, 0}, {1, 1, 6}, {0, 0, 12}, {3, 0, 0}, {0, 2, 2}, {1, 0, 1}, {0, 0, 5}};
        int n = 0;
        for (Organization o : applicants) {
            GrantCase c = newCase(p, o, figures.get(o.id));
            long[] u = units[n];
            Map<String, Long> m = new java.util.TreeMap<>();
            if (u[0] > 0) {
                m.put("NEW", u[0]);
            }
            if (u[1] > 0) {
                m.put("REPLACE", u[1]);
            }
            if (u[2] > 0) {
                m.put("LED", u[2]);
            }
            try {
                c.units = json.writeValueAsString(m);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            c.appliedOn = day(p.fiscalYear, 1 + n % 5, 3 * n);
            c.appliedBy = "校区担当";
            c.status = GrantStatus.APPLIED;
            compute(c, LIGHTS);
            if (n < 5 && reached(p.fiscalYear, 2 + n % 5, 3 * n)) {
                decide(c, day(p.fiscalYear, 2 + n % 5, 3 * n), "防犯・交通安全課");
            }
            c.persist();
            if (n < 2 && c.decidedYen != null && reached(p.fiscalYear, 4, 0)) {
                // 精算払: the work is done, the completion report is in; the first still waits for its inspection
                c.reportedOn = day(p.fiscalYear, 4, 0);
                c.reportedBy = "校区担当";
                c.reportedUnits = c.units;
                c.status = GrantStatus.REPORTED;
                if (n == 1 && reached(p.fiscalYear, 4, 20)) {
                    c.inspectedOn = day(p.fiscalYear, 4, 20);
                    c.inspectedBy = "校区担当";
                    c.findings = "申請のあった取替4灯のうち1灯が未施工";
                    c.corrections = "施工済みの灯数で精算すること";
                    c.reportedUnits = "{\"REPLACE\":3}";
                    c.status = GrantStatus.INSPECTED;
                    Amount fin = LIGHTS.compute(AmountBasis.of().withUnits(Map.of("REPLACE", 3L)));
                    c.finalYen = Math.min(fin.yen(), c.decidedYen);
                    c.finalReason = null;
                    c.settledOn = day(p.fiscalYear, 4, 25);
                    c.settledBy = "防犯・交通安全課";
                    c.status = GrantStatus.SETTLED;
                    pay(c, 1, day(p.fiscalYear, 5, 10), c.finalYen, "精算払");
                    c.refundYen = 0L;
                }
            }
            n++;
        }
        return n;
    }

    /** 行政情報伝達業務委託: every association, decided at the start of the year, first half paid. */
    int newsletter(SupportProgram p) {
        List<Organization> associations = eligible(p);
        Map<Long, GrantBasis.Figures> figures = figures(p, associations);
        int n = 0;
        for (Organization o : associations) {
            GrantCase c = newCase(p, o, figures.get(o.id));
            compute(c, NEWSLETTER);
            n++;
            c.status = GrantStatus.AWAITING_PLAN;
            if (c.computedYen != null) {
                c.appliedOn = day(p.fiscalYear, 0, 0);
                c.appliedBy = "広報課";
                c.status = GrantStatus.APPLIED;
                decide(c, day(p.fiscalYear, 0, 0), "広報課");
                c.persist();
                if (reached(p.fiscalYear, 5, 29)) {
                    pay(c, 1, day(p.fiscalYear, 5, 29), c.decidedYen / 2, "上半期分（4月〜9月）");
                }
                continue;
            }
            c.persist();
        }
        return n;
    }
}
