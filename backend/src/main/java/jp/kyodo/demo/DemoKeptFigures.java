package jp.kyodo.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.kept.KeptFiguresService;

/**
 * After every feature's demo loader ran: the demo inventory and the workspace's demo requests are written past the
 * request services, which keep the summary tables, so the kept figures are recounted once, last — when a loader
 * loaded (and said so, {@link KeptFiguresService#bypassed()}), not at every start on existing data.
 */
@ApplicationScoped
class DemoKeptFigures {

    @Inject
    KyodoConfig config;

    @Inject
    KeptFiguresService kept;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 9000) StartupEvent ev) {
        if (config.demoData() && kept.takeBypassed()) {
            QuarkusTransaction.requiringNew().timeout(600).run(kept::rebuildAll);
        }
    }
}
