package jp.kyodo.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.kept.KeptFiguresService;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Adds the nation-wide data set ({@link NationScale}, {@link NationData}) when {@code kyodo.demo-scale=nation} (or
 * {@code nation:<factor>}) and it is not there yet (no ward {@code N0001}). Runs after every other demo loader, so
 * they make the demo city as they always do (accounts, the Fukuoka wards, the request inventory, plans, meetings)
 * and do not walk the nation's rows.
 *
 * <p>One transaction of up to two hours for the rows (COPY on PostgreSQL; on H2 JDBC batches, and only up to
 * {@link NationScale#H2_LIMIT} of the nation — beyond it the load is refused with a message), then the kept figures
 * are rebuilt from them ({@link KeptFiguresService#rebuildAll()}) and PostgreSQL's planner statistics and visibility map
 * refreshed ({@code VACUUM (ANALYZE)}). A failure is logged and rolled back; it never stops the application.
 */
@ApplicationScoped
public class NationDataLoader {

    private static final Logger LOG = Logger.getLogger(NationDataLoader.class);
    private static final int TIMEOUT_SECONDS = 7200;

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    KeptFiguresService keptFigures;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 5500) StartupEvent ev) {
        if (!config.demoData()) {
            return;
        }
        Optional<NationScale> scale;
        try {
            scale = NationScale.parse(config.demoScale());
        } catch (IllegalArgumentException e) {
            LOG.error("Nation data set not loaded: " + e.getMessage());
            return;
        }
        scale.ifPresent(s -> {
            try {
                loadIfAbsent(s, config.demoSeed());
            } catch (RuntimeException e) {
                LOG.error("Could not load the nation data set; nothing was changed", e);
            }
        });
    }

    /** Loads the data set unless a nation data set is already there. */
    public Optional<NationData.Result> loadIfAbsent(NationScale scale, long seed) {
        boolean present = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from ward where code = 'N0001'").getSingleResult()).longValue() > 0);
        if (present) {
            LOG.info("The nation data set is already loaded (ward N0001 exists): not loaded again");
            return Optional.empty();
        }
        return Optional.of(load(scale, seed));
    }

    /** Writes the data set, rebuilds the kept figures and refreshes the planner statistics. */
    public NationData.Result load(NationScale scale, long seed) {
        long start = System.nanoTime();
        NationData.Result r = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS)
                .call(() -> em.unwrap(Session.class).doReturningWork(c -> {
                    if (!BulkTables.postgres(c) && scale.factor() > NationScale.H2_LIMIT) {
                        throw new IllegalStateException("The nation data set at scale " + scale.name()
                                + " needs PostgreSQL: H2 takes JDBC batches only, which would take hours; use at most"
                                + " nation:" + NationScale.H2_LIMIT + " on H2");
                    }
                    return NationData.write(c, scale, seed);
                }));
        LOG.infof("Wrote the nation data set (scale %s, seed %d) in %d ms: %d municipalities (wards), %d districts,"
                + " %d organizations (%d associations), %d officers, %d membership figures, %d statistics,"
                + " %d requests, %d review items; %d rows", r.scale(), r.seed(), r.millis(), r.municipalities(),
                r.districts(), r.organizations(), r.associations(), r.officers(), r.figures(), r.statistics(),
                r.requests(), r.reviewItems(), r.rows());
        long kept = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> keptFigures.rebuildAll());
        long keptMs = (System.nanoTime() - kept) / 1_000_000;
        long analyze = System.nanoTime();
        BulkTables.vacuumAnalyze(dataSource);
        LOG.infof("Loaded the nation data set in %d ms (rows %d ms, kept figures %d ms, vacuum and analyze %d ms)",
                (System.nanoTime() - start) / 1_000_000, r.millis(), keptMs, (System.nanoTime() - analyze) / 1_000_000);
        return r;
    }
}
