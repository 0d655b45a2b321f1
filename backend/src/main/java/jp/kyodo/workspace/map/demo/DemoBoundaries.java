package jp.kyodo.workspace.map.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.persistence.SeedData;
import jp.kyodo.workspace.map.DistrictBoundary;
import jp.kyodo.workspace.map.service.BoundaryService;
import org.jboss.logging.Logger;

/**
 * Demo boundaries: generated outlines for every district, so the map works after {@code make run}. The area
 * around Fukuoka (130.30–130.50 E, 33.50–33.70 N) is cut into a grid of cells, one per district, whose corners and
 * edge midpoints are shifted a little (deterministically) so the outlines look drawn by hand; neighbours share
 * their vertices, so there are no gaps. Districts take the cells in ward and code order along a snake through
 * the columns, so each ward's districts are contiguous. Loaded after the demo city and only while no district has
 * a boundary. Fictional, as the demo city is.
 */
@ApplicationScoped
public class DemoBoundaries {

    private static final Logger LOG = Logger.getLogger(DemoBoundaries.class);

    static final double WEST = 130.30;
    static final double SOUTH = 33.50;
    static final double WIDTH = 0.20;
    static final double HEIGHT = 0.20;

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 4000) StartupEvent ev) {
        if (config.demoData()) {
            SeedData.load(LOG, "the demo district boundaries", this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (DistrictBoundary.count() > 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select d.id from district d join ward w on w.id = d.ward_id order by w.code, d.code, d.id")
                .getResultList();
        if (ids.isEmpty()) {
            return;
        }
        Grid grid = new Grid(ids.size());
        LocalDateTime now = LocalDateTime.now(clock);
        for (int k = 0; k < ids.size(); k++) {
            double[][] ring = grid.cell(k);
            DistrictBoundary b = new DistrictBoundary();
            b.districtId = Rows.num(ids.get(k)).longValue();
            b.geometry = BoundaryService.polygonText(ring);
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] p : ring) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }
            b.minLon = c(box[0]);
            b.minLat = c(box[1]);
            b.maxLon = c(box[2]);
            b.maxLat = c(box[3]);
            b.source = "demo";
            b.importedAt = now;
            b.persist();
        }
        LOG.infof("Loaded the demo district boundaries: %d districts", ids.size());
    }

    private static BigDecimal c(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
    }

    /** The grid: n cells in cols × rows, vertices jittered by a hash of their lattice position. */
    static final class Grid {
        final int cols;
        final int rows;
        final double dx;
        final double dy;

        Grid(int n) {
            cols = Math.max(1, (int) Math.ceil(Math.sqrt(n * 0.85)));
            rows = Math.max(1, (int) Math.ceil(n / (double) cols));
            dx = WIDTH / cols;
            dy = HEIGHT / rows;
        }

        /** The k-th cell along the snake (down the first column, up the next, …), counter-clockwise from its SW corner. */
        double[][] cell(int k) {
            int c = k / rows;
            int r = c % 2 == 0 ? rows - 1 - k % rows : k % rows;
            return new double[][] {
                corner(c, r), hMid(c, r), corner(c + 1, r), vMid(c + 1, r),
                corner(c + 1, r + 1), hMid(c, r + 1), corner(c, r + 1), vMid(c, r)};
        }

        /** Lattice corner (i, j), i eastwards and j northwards; the outer frame stays straight. */
        double[] corner(int i, int j) {
            double x = WEST + i * dx + (i > 0 && i < cols ? jitter(i, j, 1) * dx * 0.28 : 0);
            double y = SOUTH + j * dy + (j > 0 && j < rows ? jitter(i, j, 2) * dy * 0.28 : 0);
            return new double[] {x, y};
        }

        /** The midpoint of the horizontal edge from (i, j) to (i + 1, j), pushed north or south. */
        double[] hMid(int i, int j) {
            double[] a = corner(i, j);
            double[] b = corner(i + 1, j);
            double shift = j > 0 && j < rows ? jitter(i, j, 3) * dy * 0.18 : 0;
            return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + shift};
        }

        /** The midpoint of the vertical edge from (i, j) to (i, j + 1), pushed east or west. */
        double[] vMid(int i, int j) {
            double[] a = corner(i, j);
            double[] b = corner(i, j + 1);
            double shift = i > 0 && i < cols ? jitter(i, j, 4) * dx * 0.18 : 0;
            return new double[] {(a[0] + b[0]) / 2 + shift, (a[1] + b[1]) / 2};
        }

        /** A number in [-1, 1) from the position alone, so both neighbours see the same vertex. */
        static double jitter(int i, int j, int salt) {
            long h = (i * 73856093L) ^ (j * 19349663L) ^ (salt * 83492791L);
            h ^= h >>> 13;
            h *= 0x5bd1e995L;
            h ^= h >>> 15;
            return ((h & 0xffff) / 32768.0) - 1.0;
        }
    }
}
