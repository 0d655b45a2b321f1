package jp.kyodo.request.burden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodo.common.kept.KeptFigures;
import jp.kyodo.common.kept.KeptTable;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.department.service.OrganizationChartChanged;
import jp.kyodo.district.DistrictMoves;
import jp.kyodo.organization.OrganizationPlaced.Placement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * 負担の保持 — counted requests (not drafts) and their annual hours per (fiscal year, issuing section, kind)
 * ({@code kept_section_burden}): the dashboard and the burden reports by section and department read these rows, so
 * they cost the sections and years shown, not the inventory.
 *
 * <p>A request's contribution is {@code hours per organization × receiving organizations}. Every change that moves
 * one goes through here in its transaction: a request written (create, update, status, targets, delete, import) —
 * its contribution before is taken out and the one after put in; an organization placed ({@link KeptReceivers}) —
 * each counted request landing where it left or went loses or gains its hours per organization; districts moved
 * between wards ({@link DistrictMoves}) — the requests to the wards or districts concerned are taken out before and
 * put back after. Each of these first takes the row lock of {@code kept_burden_lock} and holds it to the commit, so
 * the writers that move burden serialize: under READ COMMITTED every statement after the lock sees all their earlier
 * commits, and no change is computed from a state another uncommitted change is about to alter (a request written
 * while an organization is added where it lands, say). Commits are serialized anyway by the change feed's head row;
 * reads take no lock. Differences go in with {@code x = x + d} and an upsert for a new row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeptBurden implements KeptFigures {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** The review items' figures, moved by the same hooks under the same lock. */
    @Inject
    KeptReviewBurden reviews;

    /** A kept row's key. */
    public record Key(int fiscalYear, long sectionId, String kind) {
    }

    /** A kept row's figures (or a request set's contribution to it). */
    public record Cell(long requests, BigDecimal hours) {
        Cell plus(Cell o) {
            return new Cell(requests + o.requests, hours.add(o.hours));
        }

        Cell negate() {
            return new Cell(-requests, hours.negate());
        }

        boolean zero() {
            return requests == 0 && hours.signum() == 0;
        }
    }

    /** A row of {@code kept_district_burden}. */
    public record DistrictKey(int fiscalYear, long districtId) {
    }

    /** A district row's figures (or a request set's contribution to it): requests, of them COOPERATION, hours. */
    public record DistrictCell(long requests, long coop, BigDecimal hours) {
        static final DistrictCell ZERO = new DistrictCell(0, 0, BigDecimal.ZERO);

        DistrictCell plus(DistrictCell o) {
            return new DistrictCell(requests + o.requests, coop + o.coop, hours.add(o.hours));
        }

        DistrictCell negate() {
            return new DistrictCell(-requests, -coop, hours.negate());
        }

        boolean zero() {
            return requests == 0 && coop == 0 && hours.signum() == 0;
        }
    }

    /** Contributions as they stand, taken before a change of the given requests; put back by {@link #after}. */
    public record Before(Collection<Long> requestIds, Map<Key, Cell> cells, Map<DistrictKey, DistrictCell> districts,
            KeptReviewBurden.Before reviews, Map<YearKey, long[]> years) {
    }

    /** The district rows an organization write may move, and their requests' contributions there before it. */
    public record Placed(Set<Long> districtIds, Set<String> kinds, Map<DistrictKey, DistrictCell> cells) {
    }

    private static final String GROUP = " group by r.fiscal_year, r.section_id, r.kind";

    @Override
    public String name() {
        return "burden";
    }

    /**
     * Serializes the writers that move burden figures (held to the commit). Its counter, {@link #version()}, grows
     * with every commit that moved burden figures, review items' figures or the organization chart they are grouped
     * by: what the dashboard shows cannot have changed while it stays the same.
     */
    void lock() {
        em.createNativeQuery("update kept_burden_lock set writes = writes + 1 where id = 1").executeUpdate();
    }

    /** The bureaus, departments or sections changed: grouped figures may show otherwise (see {@link #version()}). */
    void onChartChanged(@Observes OrganizationChartChanged e) {
        lock();
    }

    /** The committed count of the writes under {@link #lock()}: one indexed read, no lock taken. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long version() {
        return Rows.num(em.createNativeQuery("select writes from kept_burden_lock where id = 1").getSingleResult()).longValue();
    }

    // ---- requests ----------------------------------------------------------------------------------------------

    /** Before the requests change: takes the lock and their contributions (none for requests not yet written). */
    public Before before(Collection<Long> requestIds) {
        lock();
        return new Before(List.copyOf(requestIds), of(requestIds), districtsOf(requestIds),
                new KeptReviewBurden.Before(List.copyOf(requestIds), reviews.of(requestIds)), yearsOf(requestIds));
    }

    /** After the requests (those of {@code before} and {@code alsoNew}) changed: adds after − before. */
    public void after(Before before, Collection<Long> alsoNew) {
        Set<Long> ids = new HashSet<>(before.requestIds());
        ids.addAll(alsoNew);
        Map<Key, Cell> delta = new HashMap<>(of(ids));
        before.cells().forEach((k, c) -> delta.merge(k, c.negate(), Cell::plus));
        apply(delta);
        Map<DistrictKey, DistrictCell> districtDelta = new HashMap<>(districtsOf(ids));
        before.districts().forEach((k, c) -> districtDelta.merge(k, c.negate(), DistrictCell::plus));
        applyDistricts(districtDelta);
        // a new request has no review items yet: only those written before can move
        reviews.after(before.reviews());
        Map<YearKey, long[]> years = yearsOf(ids);
        before.years().forEach((k, n) -> years.merge(k, new long[] {-n[0], -n[1]},
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        add(YEARS, years.entrySet().stream().filter(x -> x.getValue()[0] != 0 || x.getValue()[1] != 0)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(YearKey::fiscalYear)
                        .thenComparing(YearKey::kind)))
                .map(x -> new Object[] {x.getKey().fiscalYear(), x.getKey().kind(), x.getValue()[0], x.getValue()[1]})
                .toList());
    }

    /** A row of {@code kept_year_requests}: its figures are {counted, drafts}. */
    public record YearKey(int fiscalYear, String kind) {
    }

    private static final String YEAR_COLUMNS = "select fiscal_year, kind, count(case when status <> 'DRAFT' then 1 end),"
            + " count(case when status = 'DRAFT' then 1 end) from city_request";

    /** The requests' counts per (fiscal year, kind): {counted, drafts}. */
    private Map<YearKey, long[]> yearsOf(Collection<Long> requestIds) {
        Map<YearKey, long[]> out = new HashMap<>();
        if (!requestIds.isEmpty()) {
            em.flush();
            readYears(em.createNativeQuery(YEAR_COLUMNS + " where id in (:ids) group by fiscal_year, kind")
                    .setParameter("ids", new HashSet<>(requestIds)), out);
        }
        return out;
    }

    private static void readYears(jakarta.persistence.Query q, Map<YearKey, long[]> into) {
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            into.put(new YearKey(Rows.num(a[0]).intValue(), ((String) a[1]).strip()),
                    new long[] {Rows.num(a[2]).longValue(), Rows.num(a[3]).longValue()});
        }
    }

    /** The counted requests' contributions, from the kept organization counts (cost: their targets). */
    Map<Key, Cell> of(Collection<Long> requestIds) {
        Map<Key, Cell> out = new HashMap<>();
        if (requestIds.isEmpty()) {
            return out;
        }
        em.flush();
        for (Object row : em.createNativeQuery("select r.fiscal_year, r.section_id, r.kind, count(*), sum(coalesce(c.orgs, 0) * "
                + BurdenService.HOURS_PER_ORG + ") from city_request r left join " + LandingRule.receiverCountsSql("r.id in (:ids)")
                + " c on c.cid = r.id where r.id in (:ids) and" + BurdenService.COUNTED + GROUP)
                .setParameter("ids", requestIds).getResultList()) {
            Object[] a = (Object[]) row;
            out.merge(key(a), new Cell(Rows.num(a[3]).longValue(), Rows.dec(a[4])), Cell::plus);
        }
        return out;
    }

    // ---- organizations and districts ---------------------------------------------------------------------------

    /**
     * Organizations left (n < 0) or joined (n > 0) a place: every counted request of its kind landing there
     * moves by its hours per organization. The requests are found through the indexes of their targets — those to
     * all districts, those naming the district or (区単位) the ward it lies in now, and for a ward-level group those
     * naming the ward or a district in it — the four ways of {@link LandingRule} read from the organization's side (a
     * request lands once, however many ways lead to it). The caller has taken the lock.
     */
    /** {@code n} organizations (negative: removed) placed at {@code p}: the requests landing there gain n × hours. */
    void organization(Placement p, long n) {
        if (p == null || p.kindCode() == null) {
            return;
        }
        em.flush();
        String landing = "select a.id from city_request a where a.all_districts = true";
        if (p.districtId() != null) {
            landing += " union select rd.request_id from city_request_district rd where rd.district_id = :d"
                    + " union select rw.request_id from city_request_ward rw join district dw on dw.ward_id = rw.ward_id"
                    + " where dw.id = :d";
        } else if (p.wardId() != null) {
            landing += " union select rw.request_id from city_request_ward rw where rw.ward_id = :w"
                    + " union select rd.request_id from city_request_district rd join district dw on dw.id = rd.district_id"
                    + " where dw.ward_id = :w";
        }
        Map<String, Object> params = p.districtId() != null ? Map.of("d", p.districtId())
                : p.wardId() != null ? Map.of("w", p.wardId()) : Map.of();
        var q = em.createNativeQuery("select r.fiscal_year, r.section_id, r.kind, sum(" + BurdenService.HOURS_PER_ORG
                + ") from city_request r join city_request_receiver_kind rk on rk.request_id = r.id and rk.kind_code = :kind"
                + " where" + BurdenService.COUNTED + " and r.id in (" + landing + ")" + GROUP)
                .setParameter("kind", p.kindCode());
        params.forEach(q::setParameter);
        Map<Key, Cell> delta = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            BigDecimal h = Rows.dec(a[3]);
            delta.put(key(a), new Cell(0, h.multiply(BigDecimal.valueOf(n))));
        }
        apply(delta);
        reviews.organization(landing, p.kindCode(), params, n);
    }

    /**
     * Districts move between wards: the counted requests to the wards concerned (区単位) or to the districts
     * themselves (their wards' ward-level groups) are taken out before and put back after.
     */
    void onDistrictMoves(@Observes DistrictMoves e) {
        if (e.moves().isEmpty()) {
            return;
        }
        if (!e.written()) {
            lock();
        }
        Set<Long> wards = new TreeSet<>();
        Set<Long> districts = new TreeSet<>();
        e.moves().forEach(m -> {
            wards.add(m.fromWardId());
            wards.add(m.toWardId());
            districts.add(m.districtId());
        });
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select rw.request_id from city_request_ward rw where rw.ward_id in (:w)"
                + " union select rd.request_id from city_request_district rd where rd.district_id in (:d)")
                .setParameter("w", wards).setParameter("d", districts).getResultList();
        List<Long> requestIds = ids.stream().map(x -> Rows.num(x).longValue()).toList();
        Map<Key, Cell> cells = of(requestIds);
        reviews.add(reviews.of(requestIds), !e.written());
        // by district: only the moved districts change, and only for the requests to the wards concerned (区単位)
        Map<DistrictKey, DistrictCell> byDistrict = districts("r.id in (select rw.request_id from city_request_ward rw"
                + " where rw.ward_id in (:w))", " and g.district_id in (:d)", Map.of("w", wards, "d", districts));
        if (!e.written()) {
            Map<Key, Cell> out = new HashMap<>();
            cells.forEach((k, c) -> out.put(k, c.negate()));
            apply(out);
            Map<DistrictKey, DistrictCell> outDistricts = new HashMap<>();
            byDistrict.forEach((k, c) -> outDistricts.put(k, c.negate()));
            applyDistricts(outDistricts);
        } else {
            apply(cells);
            applyDistricts(byDistrict);
        }
    }

    // ---- per (fiscal year, district) -------------------------------------------------------------------------

    /**
     * Rows (rid, did, n): the receiving organizations n &gt; 0 in district did of every counted request r matching
     * {@code request} (a condition on r), read from the kept (kind, district) counts through the three ways of
     * {@link LandingRule} that land on organizations with a district (they exclude one another for one district, so
     * a (request, district) pair comes from one way; its kinds add up). {@code only} narrows the districts (a
     * condition on {@code g.district_id}, starting with " and").
     */
    static String perRequestAndDistrictSql(String request, String only) {
        String where = " and" + BurdenService.COUNTED + " and " + request + only;
        String cols = "select r.id as rid, g.district_id as did, g.organizations as n";
        return "(select u.rid as rid, u.did as did, sum(u.n) as n from ("
                + cols + " from city_request r join city_request_receiver_kind rk on rk.request_id = r.id"
                + " join kept_district_organizations g on g.kind_code = rk.kind_code where r.all_districts = true" + where
                + " union all " + cols + " from city_request r join city_request_district rd on rd.request_id = r.id"
                + " join city_request_receiver_kind rk on rk.request_id = r.id"
                + " join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = rd.district_id"
                + " where r.all_districts = false" + where
                + " union all " + cols + " from city_request r join city_request_ward rw on rw.request_id = r.id"
                + " join district d on d.ward_id = rw.ward_id join city_request_receiver_kind rk on rk.request_id = r.id"
                + " join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = d.id"
                + " where r.all_districts = false" + where + " and not exists (select 1 from city_request_district rd"
                + " where rd.request_id = r.id and rd.district_id = d.id)"
                + ") u group by u.rid, u.did having sum(u.n) > 0)";
    }

    private static final String DISTRICT_GROUP = " group by r.fiscal_year, x.did";

    private static final String DISTRICT_COLUMNS = "select r.fiscal_year, x.did, count(*),"
            + " count(case when r.kind = 'COOPERATION' then 1 end), sum(x.n * " + BurdenService.HOURS_PER_ORG + ")";

    /** The contributions per (fiscal year, district) of the requests matching {@code request}, in {@code only}. */
    private Map<DistrictKey, DistrictCell> districts(String request, String only, Map<String, Object> params) {
        em.flush();
        var q = em.createNativeQuery(DISTRICT_COLUMNS + " from city_request r join " + perRequestAndDistrictSql(request, only)
                + " x on x.rid = r.id" + DISTRICT_GROUP);
        params.forEach(q::setParameter);
        Map<DistrictKey, DistrictCell> out = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            out.merge(districtKey(a), districtCell(a), DistrictCell::plus);
        }
        return out;
    }

    /** The requests' contributions per (fiscal year, district); the cost is their targets × districts reached. */
    Map<DistrictKey, DistrictCell> districtsOf(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return new HashMap<>();
        }
        return districts("r.id in (:ids)", "", Map.of("ids", requestIds));
    }

    /**
     * Before an organization write (the lock taken, the counts not yet moved): the contributions, in the district(s)
     * it leaves or joins, of the counted requests of its kind(s) landing there — to all districts, naming the
     * district, or naming the ward it lies in. Ward-level groups count in no district: null when nothing can move.
     * The cost is those requests (every request of the kind to all districts, whatever its year), not the inventory.
     */
    public Placed placedBefore(Collection<Placement> placements) {
        Set<Long> ds = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        for (Placement p : placements) {
            if (p != null && p.kindCode() != null && p.districtId() != null) {
                ds.add(p.districtId());
                kinds.add(p.kindCode());
            }
        }
        return ds.isEmpty() ? null : new Placed(ds, kinds, placedCells(ds, kinds));
    }

    /** After the organization write moved the counts: adds after − before in those districts. */
    public void placedAfter(Placed before) {
        if (before == null) {
            return;
        }
        Map<DistrictKey, DistrictCell> delta = new HashMap<>(placedCells(before.districtIds(), before.kinds()));
        before.cells().forEach((k, c) -> delta.merge(k, c.negate(), DistrictCell::plus));
        applyDistricts(delta);
    }

    private Map<DistrictKey, DistrictCell> placedCells(Set<Long> ds, Set<String> kinds) {
        return districts("r.id in (select a.id from city_request a where a.all_districts = true"
                + " union select rd.request_id from city_request_district rd where rd.district_id in (:ds)"
                + " union select rw.request_id from city_request_ward rw join district dw on dw.ward_id = rw.ward_id"
                + " where dw.id in (:ds)) and exists (select 1 from city_request_receiver_kind k2 where k2.request_id = r.id"
                + " and k2.kind_code in (:kinds))", " and g.district_id in (:ds)", Map.of("ds", ds, "kinds", kinds));
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    private static Key key(Object[] a) {
        return new Key(Rows.num(a[0]).intValue(), Rows.num(a[1]).longValue(), ((String) a[2]).strip());
    }

    private static final KeptTable SECTIONS = new KeptTable("kept_section_burden",
            List.of("fiscal_year int", "section_id bigint", "kind varchar(20)"), List.of("requests bigint", "hours numeric(20, 2)"));

    private static final KeptTable YEARS = new KeptTable("kept_year_requests",
            List.of("fiscal_year int", "kind varchar(20)"), List.of("counted bigint", "drafts bigint"));

    private static final KeptTable DISTRICTS = new KeptTable("kept_district_burden",
            List.of("fiscal_year int", "district_id bigint"), List.of("requests bigint", "coop bigint", "hours numeric(20, 2)"));

    private void apply(Map<Key, Cell> delta) {
        List<Object[]> rows = delta.entrySet().stream().filter(x -> !x.getValue().zero())
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::fiscalYear)
                        .thenComparing(Key::sectionId).thenComparing(Key::kind)))
                .map(x -> new Object[] {x.getKey().fiscalYear(), x.getKey().sectionId(), x.getKey().kind(),
                    x.getValue().requests(), x.getValue().hours()})
                .toList();
        add(SECTIONS, rows);
    }

    /** Adds the differences to {@code kept_district_burden} (one batch on PostgreSQL: a request to all districts). */
    private void applyDistricts(Map<DistrictKey, DistrictCell> delta) {
        List<Object[]> rows = delta.entrySet().stream().filter(x -> !x.getValue().zero())
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(DistrictKey::fiscalYear)
                        .thenComparing(DistrictKey::districtId)))
                .map(x -> new Object[] {x.getKey().fiscalYear(), x.getKey().districtId(), x.getValue().requests(),
                    x.getValue().coop(), x.getValue().hours()})
                .toList();
        add(DISTRICTS, rows);
    }

    private void add(KeptTable table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> table.add(c, dbKind.startsWith("postgres"), rows));
    }

    private static DistrictKey districtKey(Object[] a) {
        return new DistrictKey(Rows.num(a[0]).intValue(), Rows.num(a[1]).longValue());
    }

    private static DistrictCell districtCell(Object[] a) {
        return new DistrictCell(Rows.num(a[2]).longValue(), Rows.num(a[3]).longValue(), Rows.dec(a[4]));
    }

    // ---- rebuild and check -------------------------------------------------------------------------------------

    /** Every counted request's contribution, organizations visited pair by pair (independent of the kept counts). */
    private static final String RECOUNT = "select r.fiscal_year, r.section_id, r.kind, count(*), sum(coalesce(c.n, 0) * "
            + BurdenService.HOURS_PER_ORG + ") from city_request r left join (select r.id as rid, count(*) as n from city_request r"
            + LandingRule.JOIN + " where" + BurdenService.COUNTED + " and" + LandingRule.WHERE + " group by r.id) c on c.rid = r.id"
            + " where" + BurdenService.COUNTED + GROUP;

    /** Per (fiscal year, district), organizations with a district visited pair by pair (no kept count read). */
    private static final String RECOUNT_DISTRICTS = DISTRICT_COLUMNS + " from city_request r join (select r.id as rid,"
            + " o.district_id as did, count(*) as n from city_request r" + LandingRule.JOIN + " where" + BurdenService.COUNTED
            + " and o.district_id is not null and" + LandingRule.WHERE + " group by r.id, o.district_id) x on x.rid = r.id"
            + DISTRICT_GROUP;

    /**
     * Rebuilt from the requests and the kept organization counts ({@link KeptReceivers}, rebuilt just before: see
     * {@link #order()}), the way the writes keep them: the cost is the requests' targets, not requests × organizations
     * (the pair-by-pair recount took hours at nation scale). {@link #differences()} still recounts pair by pair, so
     * the check stays independent of every kept count.
     */
    @Override
    public long rebuild() {
        lock();
        em.flush();
        em.createNativeQuery("delete from kept_section_burden").executeUpdate();
        long rows = em.createNativeQuery("insert into kept_section_burden (fiscal_year, section_id, kind, requests, hours) "
                + "select r.fiscal_year, r.section_id, r.kind, count(*), sum(coalesce(c.orgs, 0) * "
                + BurdenService.HOURS_PER_ORG + ") from city_request r left join "
                + LandingRule.receiverCountsSql(BurdenService.COUNTED) + " c on c.cid = r.id where"
                + BurdenService.COUNTED + GROUP).executeUpdate();
        em.createNativeQuery("delete from kept_year_requests").executeUpdate();
        rows += em.createNativeQuery("insert into kept_year_requests (fiscal_year, kind, counted, drafts) " + YEAR_COLUMNS
                + " group by fiscal_year, kind").executeUpdate();
        em.createNativeQuery("delete from kept_district_burden").executeUpdate();
        return rows + em.createNativeQuery("insert into kept_district_burden (fiscal_year, district_id, requests, coop, hours) "
                + DISTRICT_COLUMNS + " from city_request r join " + perRequestAndDistrictSql("1 = 1", "")
                + " x on x.rid = r.id" + DISTRICT_GROUP).executeUpdate();
    }

    /** After the receiving organizations, whose kept counts the rebuild reads. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<String> differences() {
        em.flush();
        Map<Key, Cell> kept = read("select fiscal_year, section_id, kind, requests, hours from kept_section_burden");
        Map<Key, Cell> actual = read(RECOUNT);
        Set<Key> keys = new HashSet<>(kept.keySet());
        keys.addAll(actual.keySet());
        List<String> out = new ArrayList<>();
        keys.stream().sorted(java.util.Comparator.comparing(Key::fiscalYear).thenComparing(Key::sectionId)
                .thenComparing(Key::kind)).forEach(k -> {
                    Cell a = kept.getOrDefault(k, new Cell(0, BigDecimal.ZERO));
                    Cell b = actual.getOrDefault(k, new Cell(0, BigDecimal.ZERO));
                    if (a.requests() != b.requests() || a.hours().compareTo(b.hours()) != 0) {
                        out.add("FY " + k.fiscalYear() + ", section " + k.sectionId() + ", " + k.kind() + ": kept "
                                + a.requests() + " requests " + a.hours().stripTrailingZeros().toPlainString() + " h, recomputed "
                                + b.requests() + " requests " + b.hours().stripTrailingZeros().toPlainString() + " h");
                    }
                });
        Map<YearKey, long[]> keptYears = new HashMap<>();
        readYears(em.createNativeQuery("select fiscal_year, kind, counted, drafts from kept_year_requests"), keptYears);
        Map<YearKey, long[]> actualYears = new HashMap<>();
        readYears(em.createNativeQuery(YEAR_COLUMNS + " group by fiscal_year, kind"), actualYears);
        Set<YearKey> yearKeys = new TreeSet<>(java.util.Comparator.comparing(YearKey::fiscalYear).thenComparing(YearKey::kind));
        yearKeys.addAll(keptYears.keySet());
        yearKeys.addAll(actualYears.keySet());
        for (YearKey k : yearKeys) {
            long[] a = keptYears.getOrDefault(k, new long[2]);
            long[] b = actualYears.getOrDefault(k, new long[2]);
            if (a[0] != b[0] || a[1] != b[1]) {
                out.add("FY " + k.fiscalYear() + ", " + k.kind() + ": kept " + a[0] + " counted requests and " + a[1]
                        + " drafts, recounted " + b[0] + " and " + b[1]);
            }
        }
        Map<DistrictKey, DistrictCell> keptDistricts = readDistricts(
                "select fiscal_year, district_id, requests, coop, hours from kept_district_burden");
        Map<DistrictKey, DistrictCell> actualDistricts = readDistricts(RECOUNT_DISTRICTS);
        Set<DistrictKey> districtKeys = new TreeSet<>(java.util.Comparator.comparing(DistrictKey::fiscalYear)
                .thenComparing(DistrictKey::districtId));
        districtKeys.addAll(keptDistricts.keySet());
        districtKeys.addAll(actualDistricts.keySet());
        for (DistrictKey k : districtKeys) {
            DistrictCell a = keptDistricts.getOrDefault(k, DistrictCell.ZERO);
            DistrictCell b = actualDistricts.getOrDefault(k, DistrictCell.ZERO);
            if (a.requests() != b.requests() || a.coop() != b.coop() || a.hours().compareTo(b.hours()) != 0) {
                out.add("FY " + k.fiscalYear() + ", district " + k.districtId() + ": kept " + a.requests() + " requests ("
                        + a.coop() + " cooperation) " + a.hours().stripTrailingZeros().toPlainString() + " h, recomputed "
                        + b.requests() + " requests (" + b.coop() + " cooperation) "
                        + b.hours().stripTrailingZeros().toPlainString() + " h");
            }
        }
        return out;
    }

    private Map<DistrictKey, DistrictCell> readDistricts(String sql) {
        Map<DistrictKey, DistrictCell> out = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] a = (Object[]) row;
            DistrictCell c = districtCell(a);
            if (!c.zero()) {
                out.put(districtKey(a), c);
            }
        }
        return out;
    }

    private Map<Key, Cell> read(String sql) {
        Map<Key, Cell> out = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] a = (Object[]) row;
            Cell c = new Cell(Rows.num(a[3]).longValue(), Rows.dec(a[4]));
            if (!c.zero()) {
                out.put(key(a), c);
            }
        }
        return out;
    }
}
