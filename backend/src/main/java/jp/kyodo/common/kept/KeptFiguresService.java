package jp.kyodo.common.kept;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Rebuilds or checks every feature's {@link KeptFigures}. */
@ApplicationScoped
public class KeptFiguresService {

    private static final Logger LOG = Logger.getLogger(KeptFiguresService.class);

    @Inject
    Instance<KeptFigures> all;

    private final AtomicBoolean bypassed = new AtomicBoolean();

    public record Rebuilt(String name, long rows, long millis) {
    }

    public record Checked(String name, List<String> differences) {
    }

    /** Every kept figure recomputed from the raw rows, in one transaction. */
    @Transactional
    public List<Rebuilt> rebuildAll() {
        List<Rebuilt> out = new ArrayList<>();
        for (KeptFigures k : sorted()) {
            long start = System.nanoTime();
            long rows = k.rebuild();
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.infof("Rebuilt the kept figures %s: %d rows in %d ms", k.name(), rows, ms);
            out.add(new Rebuilt(k.name(), rows, ms));
        }
        return out;
    }

    /**
     * Says that rows the kept figures count were written past the services that keep them (a demo loader's bulk
     * insert), so that {@link #takeBypassed()} tells the one who recounts them once, after every loader ran.
     */
    public void bypassed() {
        bypassed.set(true);
    }

    /** Whether {@link #bypassed()} was called since the last call of this method. */
    public boolean takeBypassed() {
        return bypassed.getAndSet(false);
    }

    /** Every kept figure compared with the raw rows; changes nothing. */
    @Transactional
    public List<Checked> checkAll() {
        List<Checked> out = new ArrayList<>();
        for (KeptFigures k : sorted()) {
            out.add(new Checked(k.name(), k.differences()));
        }
        return out;
    }

    private List<KeptFigures> sorted() {
        return all.stream().sorted(Comparator.comparingInt(KeptFigures::order).thenComparing(KeptFigures::name)).toList();
    }
}
