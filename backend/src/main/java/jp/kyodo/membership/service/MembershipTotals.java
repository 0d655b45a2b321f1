package jp.kyodo.membership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kyodo.common.kept.KeptFigures;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.district.DistrictMoved;
import jp.kyodo.organization.OrganizationMoved;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * 加入率の集計の保持 — the sums of membership figures (count, 世帯数, 加入世帯数) per district, ward and the city and
 * fiscal year ({@code membership_total_*}, V17), kept exact in the transaction of every change that moves them, so
 * that every join rate is read from one kept row. The one place that writes them: the figure's writers (API, import)
 * call {@link #figureSaved}/{@link #figuresImported}, and it observes an organization that moves or goes and a
 * district that moves to another ward.
 *
 * <p>What counts is what the join rates always counted: every figure of an organization in a district (whatever its
 * kind today), summed into the district, its ward and the city; the city also counts the figures of organizations
 * outside every district apart ({@code unplaced_figures}), for the latest fiscal year with figures. A row whose count
 * reaches 0 is deleted.
 *
 * <p>Exact under concurrency (READ COMMITTED): changes are deltas ({@code households = households + ?}, an upsert
 * when the row is missing — PostgreSQL's {@code on conflict}, H2's MERGE retried once after a concurrent insert), which
 * take the row's lock and commute. Where a figure counts is read under a lock on the organization's row and its
 * district's row, the very rows a move updates: a figure written while its organization or district moves is applied
 * either before the move (which then carries it along) or after it (to the new place). Locks are taken in one order —
 * organizations, districts, then district, ward and city rows, each by key — so writers do not deadlock each other.
 */
@ApplicationScoped
public class MembershipTotals implements KeptFigures {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Where an organization's figures count: its district and the district's ward, or nowhere but the city. */
    public record Place(Long districtId, Long wardId) {

        static final Place UNPLACED = new Place(null, null);
    }

    @Override
    public String name() {
        return "membership totals";
    }

    private boolean postgres() {
        return dbKind.startsWith("postgres");
    }

    /** Rows read to know where figures count are locked against a concurrent move (share on PostgreSQL). */
    private String lock() {
        return postgres() ? " for share" : " for update";
    }

    // ---- where figures count ---------------------------------------------------------------------

    /** The organization's place now, its row and its district's row locked until the commit. */
    public Place lockPlace(long organizationId) {
        return lockPlaces(List.of(organizationId)).getOrDefault(organizationId, Place.UNPLACED);
    }

    /** The organizations' places now, their rows and their districts' rows locked (in id order) until the commit. */
    public Map<Long, Place> lockPlaces(Collection<Long> organizationIds) {
        Map<Long, Long> districtOf = new HashMap<>();
        for (List<Long> chunk : chunks(new TreeSet<>(organizationIds))) {
            for (Object row : em.createNativeQuery("select id, district_id from organization where id in (:ids) order by id"
                    + lock()).setParameter("ids", chunk).getResultList()) {
                Object[] a = (Object[]) row;
                districtOf.put(Rows.num(a[0]).longValue(), a[1] == null ? null : Rows.num(a[1]).longValue());
            }
        }
        Map<Long, Long> wardOf = lockWards(districtOf.values());
        Map<Long, Place> out = new HashMap<>();
        districtOf.forEach((o, d) -> out.put(o, d == null ? Place.UNPLACED : new Place(d, wardOf.get(d))));
        return out;
    }

    /** The districts' wards now, their rows locked (in id order) until the commit. */
    private Map<Long, Long> lockWards(Collection<Long> districtIds) {
        Map<Long, Long> wardOf = new HashMap<>();
        TreeSet<Long> ids = new TreeSet<>();
        districtIds.stream().filter(Objects::nonNull).forEach(ids::add);
        for (List<Long> chunk : chunks(ids)) {
            for (Object row : em.createNativeQuery("select id, ward_id from district where id in (:ids) order by id" + lock())
                    .setParameter("ids", chunk).getResultList()) {
                Object[] a = (Object[]) row;
                wardOf.put(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue());
            }
        }
        return wardOf;
    }

    private static List<List<Long>> chunks(TreeSet<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            out.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return out;
    }

    // ---- the write paths ---------------------------------------------------------------------------

    /**
     * A figure created ({@code figures} +1), replaced (0) or deleted (−1), with how its households and member
     * households moved, at the place read by {@link #lockPlace} before the figure was read.
     */
    public void figureSaved(Place place, int fiscalYear, int figures, long households, long members) {
        Deltas d = new Deltas();
        d.add(place, fiscalYear, figures, households, members);
        apply(d);
    }

    /** Deltas of a bulk change, grouped per place and year before they are applied: one statement per kept row. */
    public Deltas deltas() {
        return new Deltas();
    }

    /**
     * The organization's figures leave the totals, before {@link MembershipService} deletes them with it (its row
     * locked for the delete first, so no figure is written meanwhile).
     */
    void organizationDeleting(long organizationId) {
        em.createNativeQuery("select id from organization where id = :id for update").setParameter("id", organizationId)
                .getResultList();
        Place place = lockPlace(organizationId);
        Deltas d = new Deltas();
        for (Object[] f : figuresOf(organizationId)) {
            d.add(place, num(f[0]), -1, -num(f[1]), -num(f[2]));
        }
        apply(d);
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    /** An organization's figures move with it (the organization's row is locked by its update). */
    void organizationMoved(@Observes OrganizationMoved e) {
        List<Object[]> figures = figuresOf(e.organizationId());
        if (figures.isEmpty()) {
            return;
        }
        List<Long> districts = new ArrayList<>();
        districts.add(e.fromDistrictId());
        districts.add(e.toDistrictId());
        Map<Long, Long> wardOf = lockWards(districts);
        Place from = e.fromDistrictId() == null ? Place.UNPLACED : new Place(e.fromDistrictId(), wardOf.get(e.fromDistrictId()));
        Place to = e.toDistrictId() == null ? Place.UNPLACED : new Place(e.toDistrictId(), wardOf.get(e.toDistrictId()));
        Deltas d = new Deltas();
        for (Object[] f : figures) {
            d.add(from, num(f[0]), -1, -num(f[1]), -num(f[2]));
            d.add(to, num(f[0]), 1, num(f[1]), num(f[2]));
        }
        apply(d);
    }

    /** A district's sums move to its new ward (the district's row is locked by its update; its kept rows here). */
    void districtMoved(@Observes DistrictMoved e) {
        Deltas d = new Deltas();
        for (Object row : em.createNativeQuery("select fiscal_year, figures, households, member_households"
                + " from membership_total_district where district_id = :d order by fiscal_year for update")
                .setParameter("d", e.districtId()).getResultList()) {
            Object[] a = (Object[]) row;
            int fy = Rows.num(a[0]).intValue();
            long n = Rows.num(a[1]).longValue();
            long h = Rows.num(a[2]).longValue();
            long mh = Rows.num(a[3]).longValue();
            d.ward(e.fromWardId(), fy, -n, -h, -mh);
            d.ward(e.toWardId(), fy, n, h, mh);
        }
        apply(d);
    }

    private List<Object[]> figuresOf(long organizationId) {
        return em.createQuery("select m.fiscalYear, m.households, m.memberHouseholds from MembershipFigure m"
                + " where m.organization.id = :o", Object[].class).setParameter("o", organizationId).getResultList();
    }

    /** Changes of the kept rows, summed per row; applied district rows first, then wards, then the city, by key. */
    public static final class Deltas {

        private final TreeMap<List<Long>, long[]> districts = new TreeMap<>(Deltas::compare);
        private final TreeMap<List<Long>, long[]> wards = new TreeMap<>(Deltas::compare);
        /** fiscal year → figures, households, members, unplaced figures */
        private final TreeMap<Integer, long[]> city = new TreeMap<>();

        private static int compare(List<Long> a, List<Long> b) {
            int c = Long.compare(a.get(0), b.get(0));
            return c != 0 ? c : Long.compare(a.get(1), b.get(1));
        }

        /** A figure's change at its place: its district, its ward and the city, or the city's unplaced count. */
        public void add(Place place, int fiscalYear, long figures, long households, long members) {
            long[] c = city.computeIfAbsent(fiscalYear, k -> new long[4]);
            if (place.districtId() == null) {
                c[3] += figures;
                return;
            }
            c[0] += figures;
            c[1] += households;
            c[2] += members;
            plus(districts, List.of(place.districtId(), (long) fiscalYear), figures, households, members);
            ward(place.wardId(), fiscalYear, figures, households, members);
        }

        void ward(long wardId, int fiscalYear, long figures, long households, long members) {
            plus(wards, List.of(wardId, (long) fiscalYear), figures, households, members);
        }

        private static void plus(Map<List<Long>, long[]> rows, List<Long> key, long figures, long households, long members) {
            long[] r = rows.computeIfAbsent(key, k -> new long[3]);
            r[0] += figures;
            r[1] += households;
            r[2] += members;
        }
    }

    /** Applies the deltas to the kept rows (creating missing ones, deleting those whose count reaches 0). */
    public void apply(Deltas d) {
        d.districts.values().removeIf(MembershipTotals::zero);
        d.wards.values().removeIf(MembershipTotals::zero);
        d.city.values().removeIf(MembershipTotals::zero);
        if (d.districts.isEmpty() && d.wards.isEmpty() && d.city.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            upsert(c, "membership_total_district", "district_id", d.districts);
            upsert(c, "membership_total_ward", "ward_id", d.wards);
            upsertCity(c, d.city);
        });
    }

    private static boolean zero(long[] r) {
        for (long x : r) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private void upsert(Connection c, String table, String key, TreeMap<List<Long>, long[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = postgres()
                ? "insert into " + table + " as t (" + key + ", fiscal_year, figures, households, member_households)"
                        + " values (?, ?, ?, ?, ?) on conflict (" + key + ", fiscal_year) do update set"
                        + " figures = t.figures + excluded.figures, households = t.households + excluded.households,"
                        + " member_households = t.member_households + excluded.member_households"
                : "merge into " + table + " t using (values (cast(? as bigint), cast(? as integer), cast(? as bigint),"
                        + " cast(? as bigint), cast(? as bigint))) s (k, fiscal_year, figures, households, member_households)"
                        + " on t." + key + " = s.k and t.fiscal_year = s.fiscal_year"
                        + " when matched then update set figures = t.figures + s.figures, households = t.households + s.households,"
                        + " member_households = t.member_households + s.member_households"
                        + " when not matched then insert (" + key + ", fiscal_year, figures, households, member_households)"
                        + " values (s.k, s.fiscal_year, s.figures, s.households, s.member_households)";
        List<Object[]> params = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        rows.forEach((k, r) -> {
            params.add(new Object[] {k.get(0), k.get(1).intValue(), r[0], r[1], r[2]});
            if (r[0] < 0) {
                emptied.add(new Object[] {k.get(0), k.get(1).intValue()});
            }
        });
        run(c, sql, params);
        run(c, "delete from " + table + " where " + key + " = ? and fiscal_year = ? and figures = 0", emptied);
    }

    private void upsertCity(Connection c, TreeMap<Integer, long[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = postgres()
                ? "insert into membership_total_city as t (fiscal_year, figures, households, member_households, unplaced_figures)"
                        + " values (?, ?, ?, ?, ?) on conflict (fiscal_year) do update set figures = t.figures + excluded.figures,"
                        + " households = t.households + excluded.households,"
                        + " member_households = t.member_households + excluded.member_households,"
                        + " unplaced_figures = t.unplaced_figures + excluded.unplaced_figures"
                : "merge into membership_total_city t using (values (cast(? as integer), cast(? as bigint), cast(? as bigint),"
                        + " cast(? as bigint), cast(? as bigint))) s (fiscal_year, figures, households, member_households, unplaced)"
                        + " on t.fiscal_year = s.fiscal_year"
                        + " when matched then update set figures = t.figures + s.figures, households = t.households + s.households,"
                        + " member_households = t.member_households + s.member_households,"
                        + " unplaced_figures = t.unplaced_figures + s.unplaced"
                        + " when not matched then insert (fiscal_year, figures, households, member_households, unplaced_figures)"
                        + " values (s.fiscal_year, s.figures, s.households, s.member_households, s.unplaced)";
        List<Object[]> params = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        rows.forEach((fy, r) -> {
            params.add(new Object[] {fy, r[0], r[1], r[2], r[3]});
            if (r[0] < 0 || r[3] < 0) {
                emptied.add(new Object[] {fy});
            }
        });
        run(c, sql, params);
        run(c, "delete from membership_total_city where fiscal_year = ? and figures = 0 and unplaced_figures = 0", emptied);
    }

    /** One statement per row: batched on PostgreSQL; on H2 one by one, an upsert retried once after a concurrent insert. */
    private void run(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    s.setObject(i + 1, r[i]);
                }
                if (postgres()) {
                    s.addBatch();
                } else {
                    try {
                        s.executeUpdate();
                    } catch (SQLException e) {
                        // H2's MERGE is not atomic against a concurrent insert of the same new row (as in
                        // common.ratelimit): once that insert committed, the row exists and the MERGE adds to it.
                        if (!"23505".equals(e.getSQLState())) {
                            throw e;
                        }
                        s.executeUpdate();
                    }
                }
            }
            if (postgres()) {
                s.executeBatch();
            }
        }
    }

    // ---- rebuild and check -----------------------------------------------------------------------

    static final String DISTRICT_SUMS = "select o.district_id, m.fiscal_year, count(*), sum(m.households),"
            + " sum(m.member_households) from membership_figure m join organization o on o.id = m.organization_id"
            + " where o.district_id is not null group by o.district_id, m.fiscal_year";

    static final String WARD_SUMS = "select d.ward_id, m.fiscal_year, count(*), sum(m.households), sum(m.member_households)"
            + " from membership_figure m join organization o on o.id = m.organization_id join district d on d.id = o.district_id"
            + " group by d.ward_id, m.fiscal_year";

    static final String CITY_SUMS = "select m.fiscal_year, count(o.district_id),"
            + " coalesce(sum(case when o.district_id is not null then m.households end), 0),"
            + " coalesce(sum(case when o.district_id is not null then m.member_households end), 0),"
            + " count(*) - count(o.district_id)"
            + " from membership_figure m join organization o on o.id = m.organization_id group by m.fiscal_year";

    @Override
    public long rebuild() {
        em.flush();
        em.createNativeQuery("delete from membership_total_district").executeUpdate();
        em.createNativeQuery("delete from membership_total_ward").executeUpdate();
        em.createNativeQuery("delete from membership_total_city").executeUpdate();
        long rows = em.createNativeQuery("insert into membership_total_district (district_id, fiscal_year, figures,"
                + " households, member_households) " + DISTRICT_SUMS).executeUpdate();
        rows += em.createNativeQuery("insert into membership_total_ward (ward_id, fiscal_year, figures, households,"
                + " member_households) " + WARD_SUMS).executeUpdate();
        rows += em.createNativeQuery("insert into membership_total_city (fiscal_year, figures, households,"
                + " member_households, unplaced_figures) " + CITY_SUMS).executeUpdate();
        return rows;
    }

    @Override
    public List<String> differences() {
        em.flush();
        List<String> out = new ArrayList<>();
        compare(out, "district", keyed(DISTRICT_SUMS, 2), keyed("select district_id, fiscal_year, figures, households,"
                + " member_households from membership_total_district", 2));
        compare(out, "ward", keyed(WARD_SUMS, 2), keyed("select ward_id, fiscal_year, figures, households,"
                + " member_households from membership_total_ward", 2));
        compare(out, "city", keyed(CITY_SUMS, 1), keyed("select fiscal_year, figures, households, member_households,"
                + " unplaced_figures from membership_total_city", 1));
        return out;
    }

    /** Rows by their first {@code keys} columns (as text), each with its figures. */
    private Map<String, List<Long>> keyed(String sql, int keys) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] a = (Object[]) row;
            String key = keys == 2 ? a[0] + ", FY " + a[1] : "FY " + a[0];
            List<Long> values = new ArrayList<>();
            for (int i = keys; i < a.length; i++) {
                values.add(Rows.num(a[i]).longValue());
            }
            out.put(key, values);
        }
        return out;
    }

    private static void compare(List<String> out, String level, Map<String, List<Long>> expected,
            Map<String, List<Long>> kept) {
        String columns = "city".equals(level) ? "figures, households, member households, unplaced figures"
                : "figures, households, member households";
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(kept.keySet());
        for (String k : keys) {
            List<Long> e = expected.get(k);
            List<Long> h = kept.get(k);
            if (!Objects.equals(e, h)) {
                out.add(("city".equals(level) ? "city, " : level + " ") + k + ": kept " + columns + " "
                        + (h == null ? "none" : h) + ", recomputed " + (e == null ? "none" : e));
            }
        }
    }
}
