package jp.kyodo.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodo.common.kept.KeptFiguresService;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.account.AppUser;
import jp.kyodo.account.service.AccountService;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.security.Roles;
import jp.kyodo.membership.service.MembershipTotals;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Loads the demo city ({@link DemoCity}) at startup when {@code kyodo.demo-data=true} (the {@code embedded}
 * profile of {@code make run}) and the registry is empty: no districts and no organizations. The size comes
 * from {@code kyodo.demo-scale} ({@code demo}, {@code large} or a factor, see {@link DemoScale}).
 *
 * <p>Runs after the admin bootstrap ({@link AccountService}), in one transaction, with JDBC batch inserts on the
 * transaction's connection: the large city (≈50,000 rows) loads in seconds on H2 and PostgreSQL. Rows refer to
 * each other by code, so ids are left to the database and read back by code after each level. Demo data is
 * seed data: no audit events. A failure is logged and rolled back; it never stops the application.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final int BATCH_SIZE = 500;

    @Inject
    KyodoConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    AccountService accountService;

    @Inject
    KeptFiguresService keptFigures;

    /** What was loaded. */
    public record Result(String scale, int wards, int districts, long associations, int organizations, int officers,
            int figures, int accounts, long millis) {
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent ev) {
        if (!config.demoData()) {
            return;
        }
        DemoScale scale;
        try {
            scale = DemoScale.parse(config.demoScale());
        } catch (IllegalArgumentException e) {
            LOG.error("Demo city not loaded: " + e.getMessage());
            return;
        }
        try {
            loadIfEmpty(scale).ifPresent(r -> refreshPlannerStatistics());
        } catch (RuntimeException e) {
            LOG.error("Could not load the demo city; nothing was changed", e);
        }
    }

    /**
     * After a bulk load PostgreSQL's planner still believes the tables are empty until autovacuum gets to them,
     * and picks slow plans for the join-rate sums in the meantime: {@link BulkTables#vacuumAnalyze} gives it the real
     * sizes and the visibility map at once.
     */
    void refreshPlannerStatistics() {
        BulkTables.vacuumAnalyze(dataSource);
    }

    /** Loads the city of the given scale in a new transaction, unless the registry already has data. */
    public Optional<Result> loadIfEmpty(DemoScale scale) {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            if (!registryEmpty()) {
                LOG.info("The registry already has districts or organizations: demo city not loaded");
                return Optional.<Result>empty();
            }
            Result r = write(DemoCity.generate(scale));
            LOG.infof("Loaded the demo city (scale %s) in %d ms: %d wards, %d districts, %d associations, "
                    + "%d organizations, %d officers, %d membership figures, %d demo accounts", r.scale(), r.millis(),
                    r.wards(), r.districts(), r.associations(), r.organizations(), r.officers(), r.figures(),
                    r.accounts());
            return Optional.of(r);
        });
    }

    boolean registryEmpty() {
        long districts = ((Number) em.createNativeQuery("select count(*) from district").getSingleResult()).longValue();
        long orgs = ((Number) em.createNativeQuery("select count(*) from organization").getSingleResult()).longValue();
        return districts == 0 && orgs == 0;
    }

    private Result write(DemoCity city) {
        long start = System.nanoTime();
        Map<String, Long> users = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        int created = 0;
        for (DemoCity.Account a : city.accounts) {
            AppUser u = AppUser.findByUsername(a.username()).orElse(null);
            if (u == null) {
                u = accountService.createUser(a.username(), a.displayName(), a.role(), a.password());
                created++;
            }
            users.put(a.username(), u.id);
            roles.put(a.username(), u.role);
        }
        em.flush();
        // written past Hibernate (batched JDBC), so the records' timestamps are set here (RecordTimestamps does it for entities)
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        em.unwrap(Session.class).doWork(c -> writeRows(c, city, users, roles, now));
        // the rows went past the services, which keep the summary tables: recount them once
        keptFigures.rebuildAll();
        return new Result(city.scale.name(), city.wards.size(), city.districts.size(),
                city.countOrganizations("NEIGHBORHOOD_ASSOCIATION"), city.organizations.size(), city.officers.size(),
                city.figures.size(), created, (System.nanoTime() - start) / 1_000_000);
    }

    private static void writeRows(Connection c, DemoCity city, Map<String, Long> users, Map<String, String> roles,
            OffsetDateTime now)
            throws SQLException {
        Map<String, Long> wardIds = ids(c, "select id, code from ward");
        try (Batch b = new Batch(c, "insert into ward (code, name, kana, search_key, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?)")) {
            for (DemoCity.WardRow w : city.wards) {
                if (!wardIds.containsKey(w.code())) { // a ward entered before the first start is kept as it is
                    b.add(w.code(), w.name(), w.kana(), w.searchKey(), now, now);
                }
            }
        }
        wardIds = ids(c, "select id, code from ward");

        try (Batch b = new Batch(c, "insert into district (code, name, kana, search_key, ward_id, community_hall, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoCity.DistrictRow d : city.districts) {
                b.add(d.code(), d.name(), d.kana(), d.searchKey(), wardIds.get(d.wardCode()), d.communityHall(), now,
                        now);
            }
        }
        Map<String, Long> districtIds = ids(c, "select id, code from district");

        try (Batch b = new Batch(c, "insert into district_statistics (district_id, fiscal_year, population, households, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?)")) {
            for (DemoCity.StatisticsRow s : city.statistics) {
                b.add(districtIds.get(s.districtCode()), s.fiscalYear(), s.population(), s.households(), now, now);
            }
        }

        int maxDepth = city.organizations.stream().mapToInt(DemoCity.OrganizationRow::depth).max().orElse(0);
        Map<String, Long> orgIds = new HashMap<>();
        for (int depth = 0; depth <= maxDepth; depth++) {
            try (Batch b = new Batch(c, "insert into organization (code, kind_code, sub_kind_code, name, kana,"
                    + " search_key, district_id, ward_id, parent_id, founded_on, legal_entity, legal_entity_since,"
                    + " publishes_assembly_documents, publishes_accounts, contact_name, contact_phone, contact_address,"
                    + " contact_email, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DemoCity.OrganizationRow o : city.organizations) {
                    if (o.depth() != depth) {
                        continue;
                    }
                    b.add(o.code(), o.kind(), o.subKind(), o.name(), o.kana(), o.searchKey(),
                            o.districtCode() == null ? null : districtIds.get(o.districtCode()),
                            o.wardCode() == null ? null : wardIds.get(o.wardCode()),
                            o.parentCode() == null ? null : orgIds.get(o.parentCode()), o.foundedOn(), o.legalEntity(),
                            o.legalEntitySince(), o.publishesAssemblyDocuments(), o.publishesAccounts(),
                            o.contactName(), o.contactPhone(), o.contactAddress(), o.contactEmail(), now, now);
                }
            }
            orgIds = ids(c, "select id, code from organization");
        }

        try (Batch b = new Batch(c, "insert into officer (organization_id, role, person_name, person_kana, phone,"
                + " address, term_start, term_end, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoCity.OfficerRow x : city.officers) {
                b.add(orgIds.get(x.organizationCode()), x.role().name(), x.personName(), x.personKana(), x.phone(),
                        x.address(), x.termStart(), x.termEnd(), now, now);
            }
        }

        try (Batch b = new Batch(c, "insert into membership_figure (organization_id, fiscal_year, households,"
                + " member_households, area_count_method, source, note, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoCity.FigureRow f : city.figures) {
                b.add(orgIds.get(f.organizationCode()), f.fiscalYear(), f.households(), f.memberHouseholds(),
                        f.areaCountMethod().name(), f.source(), f.note(), now, now);
            }
        }

        try (Batch b = new Batch(c, "insert into liaison_assignment (user_id, district_id, starts_on, ends_on, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?)")) {
            for (DemoCity.Assignment a : city.assignments) {
                if (Roles.LIAISON.equals(roles.get(a.username()))) {
                    b.add(users.get(a.username()), districtIds.get(a.districtCode()), a.startsOn(), a.endsOn(), now, now);
                }
            }
        }
    }

    private static Map<String, Long> ids(Connection c, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }

    /** A prepared insert executed in batches of {@link #BATCH_SIZE}; the rest is sent on close. */
    private static final class Batch implements AutoCloseable {
        private final PreparedStatement ps;
        private int pending;

        Batch(Connection c, String sql) throws SQLException {
            this.ps = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                BulkTables.set(ps, i + 1, values[i]);
            }
            ps.addBatch();
            if (++pending >= BATCH_SIZE) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    ps.executeBatch();
                }
            } finally {
                ps.close();
            }
        }
    }
}
