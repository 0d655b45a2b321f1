package jp.kyodo.request.burden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.util.Collection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import jp.kyodo.common.kept.KeptFigures;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.organization.OrganizationPlaced;
import jp.kyodo.organization.OrganizationPlaced.Placement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * 受け手団体数の保持 — organizations counted per kind ({@code kept_kind_organizations}), per (kind, district)
 * ({@code kept_district_organizations}) and per (kind, ward) for ward-level groups without a district
 * ({@code kept_ward_organizations}): exactly the groups {@link LandingRule}'s four ways count, so a request's
 * receiving organizations are read from its own targets and these rows, whatever the size of the registry.
 *
 * <p>Every organization write fires {@link OrganizationPlaced} in its transaction; the counts move by the difference
 * ({@code n = n + d}, an upsert for a group's first organization). Two transactions moving the same group serialize
 * on its row lock and each adds its own difference, so the counts stay exact under READ COMMITTED; a group's first
 * row is inserted with PostgreSQL's {@code on conflict do update} (atomic) or H2's MERGE (retried once when a
 * concurrent insert won).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeptReceivers implements KeptFigures {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    KeptBurden burden;

    /** A kept table: its name and the key column besides the kind (null: the kind alone). */
    enum Table {
        KIND("kept_kind_organizations", null,
                "select kind_code, count(*) from organization group by kind_code"),
        DISTRICT("kept_district_organizations", "district_id",
                "select kind_code, district_id, count(*) from organization where district_id is not null"
                        + " group by kind_code, district_id"),
        WARD("kept_ward_organizations", "ward_id",
                "select kind_code, ward_id, count(*) from organization where district_id is null and ward_id is not null"
                        + " group by kind_code, ward_id");

        final String name;
        final String key;
        final String recount;

        Table(String name, String key, String recount) {
            this.name = name;
            this.key = key;
            this.recount = recount;
        }

        String columns() {
            return key == null ? "kind_code" : "kind_code, " + key;
        }

        String upsertPostgres() {
            String values = key == null ? "?, ?" : "?, ?, ?";
            return "insert into " + name + " (" + columns() + ", organizations) values (" + values + ") on conflict ("
                    + columns() + ") do update set organizations = " + name + ".organizations + excluded.organizations";
        }

        String upsertH2() {
            String src = key == null ? "(values (cast(? as varchar(40)), cast(? as bigint))) s (kind_code, d)"
                    : "(values (cast(? as varchar(40)), cast(? as bigint), cast(? as bigint))) s (kind_code, " + key + ", d)";
            String on = "t.kind_code = s.kind_code" + (key == null ? "" : " and t." + key + " = s." + key);
            return "merge into " + name + " t using " + src + " on " + on
                    + " when matched then update set organizations = t.organizations + s.d"
                    + " when not matched then insert (" + columns() + ", organizations) values (s.kind_code"
                    + (key == null ? "" : ", s." + key) + ", s.d)";
        }
    }

    @Override
    public String name() {
        return "receiving organizations";
    }

    /** Moves the counts of the groups the organization left and joined. */
    void onPlaced(@Observes OrganizationPlaced e) {
        place(java.util.List.of(e));
    }

    /** Many organizations placed (an import): the same, once for the whole file. */
    void onPlacedMany(@Observes OrganizationPlaced.Many e) {
        place(e.changes());
    }

    /** The net difference per place of the placements, applied in a few statements per place. */
    private void place(Collection<OrganizationPlaced> changes) {
        java.util.Map<Placement, Long> net = new java.util.LinkedHashMap<>();
        for (OrganizationPlaced p : changes) {
            if (p.before() != null) {
                net.merge(p.before(), -1L, Long::sum);
            }
            if (p.after() != null) {
                net.merge(p.after(), 1L, Long::sum);
            }
        }
        net.values().removeIf(n -> n == 0);
        if (net.isEmpty()) {
            return;
        }
        // the burden lock first: a request written meanwhile reads these counts only after this commit (KeptBurden)
        burden.lock();
        em.flush();
        // burden by district: the affected districts' contributions before the counts move (KeptBurden)
        KeptBurden.Placed districts = burden.placedBefore(net.keySet());
        em.unwrap(Session.class).doWork(c -> {
            for (var n : net.entrySet()) {
                move(c, n.getKey(), n.getValue());
            }
        });
        net.forEach(burden::organization);
        burden.placedAfter(districts);
    }

    private void move(Connection c, Placement p, long d) throws SQLException {
        if (p.kindCode() == null) {
            return;
        }
        add(c, Table.KIND, p.kindCode(), null, d);
        if (p.districtId() != null) {
            add(c, Table.DISTRICT, p.kindCode(), p.districtId(), d);
        } else if (p.wardId() != null) {
            add(c, Table.WARD, p.kindCode(), p.wardId(), d);
        }
    }

    private void add(Connection c, Table t, String kind, Long key, long d) throws SQLException {
        boolean postgres = dbKind.startsWith("postgres");
        try {
            upsert(c, postgres ? t.upsertPostgres() : t.upsertH2(), kind, key, d);
        } catch (SQLException ex) {
            // H2's MERGE is not atomic against a concurrent insert of the same new row: the loser retries once, when
            // the row exists (H2 undoes the failed statement only; PostgreSQL's ON CONFLICT has no such race)
            if (postgres || !"23505".equals(ex.getSQLState())) {
                throw ex;
            }
            upsert(c, t.upsertH2(), kind, key, d);
        }
    }

    private static void upsert(Connection c, String sql, String kind, Long key, long d) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, kind);
            if (key != null) {
                st.setLong(i++, key);
            }
            st.setLong(i, d);
            st.executeUpdate();
        }
    }

    @Override
    public long rebuild() {
        em.flush();
        long rows = 0;
        for (Table t : Table.values()) {
            em.createNativeQuery("delete from " + t.name).executeUpdate();
            rows += em.createNativeQuery("insert into " + t.name + " (" + t.columns() + ", organizations) " + t.recount)
                    .executeUpdate();
        }
        return rows;
    }

    @Override
    public List<String> differences() {
        em.flush();
        List<String> out = new ArrayList<>();
        for (Table t : Table.values()) {
            Map<String, Long> kept = read("select " + t.columns() + ", organizations from " + t.name, t);
            Map<String, Long> actual = read(t.recount, t);
            TreeSet<String> keys = new TreeSet<>(kept.keySet());
            keys.addAll(actual.keySet());
            for (String k : keys) {
                long a = kept.getOrDefault(k, 0L);
                long b = actual.getOrDefault(k, 0L);
                if (a != b) {
                    out.add(t.name + " " + k + ": kept " + a + ", recomputed " + b);
                }
            }
        }
        return out;
    }

    private Map<String, Long> read(String sql, Table t) {
        Map<String, Long> out = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] a = (Object[]) row;
            String key = t.key == null ? "kind " + a[0] : "kind " + a[0] + ", " + t.key + " " + Objects.toString(a[1]);
            long n = Rows.num(a[a.length - 1]).longValue();
            if (n != 0) {
                out.put(key, n);
            }
        }
        return out;
    }
}
