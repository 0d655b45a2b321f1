package jp.kyodo.request.burden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.kept.KeptFigures;
import jp.kyodo.common.kept.KeptTable;
import jp.kyodo.common.persistence.Rows;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * 見直しの保持 — per review cycle, item state, decision ({@code ""} while none) and request kind: the items and the
 * annual hours their requests put on communities ({@code kept_review_burden}). The reduction dashboard (decisions
 * and what they take away) and every cycle's progress read these rows, so they cost a handful of rows, not the
 * cycle's items and their receiving organizations.
 *
 * <p>An item's hours are its request's hours per organization × receiving organizations, whatever the request's
 * status (as the dashboard has always counted them). They move when a review step changes an item (ReviewService
 * calls {@link #before} and {@link #after}), when a request is written, when organizations are placed where
 * requests land and when districts move between wards — the hooks of {@link KeptBurden}, which calls this class
 * under its lock ({@code kept_burden_lock}), so these writers serialize as the burden writers do.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeptReviewBurden implements KeptFigures {

    static final KeptTable TABLE = new KeptTable("kept_review_burden",
            List.of("cycle_id bigint", "state varchar(20)", "decision varchar(20)", "kind varchar(20)"),
            List.of("items bigint", "hours numeric(20, 2)"));

    @Inject
    EntityManager em;

    @Inject
    KeptBurden burden;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** A kept row's key. */
    public record Key(long cycleId, String state, String decision, String kind) {
    }

    /** A kept row's figures (or a set of items' contribution to it). */
    public record Cell(long items, BigDecimal hours) {
        static final Cell ZERO = new Cell(0, BigDecimal.ZERO);

        Cell plus(Cell o) {
            return new Cell(items + o.items, hours.add(o.hours));
        }

        Cell negate() {
            return new Cell(-items, hours.negate());
        }

        boolean zero() {
            return items == 0 && hours.signum() == 0;
        }
    }

    /** Contributions of the items of some requests, taken before a change; put back by {@link #after}. */
    public record Before(Collection<Long> requestIds, Map<Key, Cell> cells) {
    }

    private static final String COLUMNS = "select i.cycle_id, i.state, coalesce(i.decision, ''), r.kind, count(*), ";

    private static final String GROUP = " group by i.cycle_id, i.state, coalesce(i.decision, ''), r.kind";

    @Override
    public String name() {
        return "review items";
    }

    /** After the receiving organizations, whose kept counts the rebuild reads. */
    @Override
    public int order() {
        return 1;
    }

    // ---- review steps and request writes -----------------------------------------------------------------------

    /** Before a review step on these requests' items: takes the burden lock and their contributions. */
    public Before before(Collection<Long> requestIds) {
        burden.lock();
        return new Before(List.copyOf(requestIds), of(requestIds));
    }

    /** After the items (or their requests) changed: adds after − before. */
    public void after(Before before) {
        Map<Key, Cell> delta = new HashMap<>(of(before.requestIds()));
        before.cells().forEach((k, c) -> delta.merge(k, c.negate(), Cell::plus));
        apply(delta);
    }

    /** The contributions of every item of the requests, from the kept organization counts (cost: their targets). */
    Map<Key, Cell> of(Collection<Long> requestIds) {
        Map<Key, Cell> out = new HashMap<>();
        if (requestIds.isEmpty()) {
            return out;
        }
        em.flush();
        Set<Long> ids = new HashSet<>(requestIds);
        read(em.createNativeQuery(COLUMNS + "sum(coalesce(c.orgs, 0) * " + BurdenService.HOURS_PER_ORG + ") from review_item i"
                + " join city_request r on r.id = i.request_id left join " + LandingRule.receiverCountsSql("r.id in (:ids)")
                + " c on c.cid = r.id where i.request_id in (:ids)" + GROUP).setParameter("ids", ids), out);
        return out;
    }

    /**
     * {@code n} organizations of a kind placed (negative: removed) where the requests of {@code landing} (a
     * subquery of request ids, its parameters in {@code params}) land: their items gain n × hours per organization.
     */
    void organization(String landing, String kindCode, Map<String, Object> params, long n) {
        Query q = em.createNativeQuery(COLUMNS + "sum(" + BurdenService.HOURS_PER_ORG + ") from review_item i"
                + " join city_request r on r.id = i.request_id"
                + " join city_request_receiver_kind rk on rk.request_id = r.id and rk.kind_code = :kind"
                + " where i.request_id in (" + landing + ")" + GROUP).setParameter("kind", kindCode);
        params.forEach(q::setParameter);
        Map<Key, Cell> per = new HashMap<>();
        read(q, per);
        Map<Key, Cell> delta = new HashMap<>();
        per.forEach((k, c) -> delta.put(k, new Cell(0, c.hours().multiply(BigDecimal.valueOf(n)))));
        apply(delta);
    }

    /** Applies the negated or the plain contributions (district moves: taken out before, put back after). */
    void add(Map<Key, Cell> cells, boolean negate) {
        Map<Key, Cell> delta = new HashMap<>();
        cells.forEach((k, c) -> delta.put(k, negate ? c.negate() : c));
        apply(delta);
    }

    private void apply(Map<Key, Cell> delta) {
        List<Object[]> rows = delta.entrySet().stream().filter(x -> !x.getValue().zero())
                .sorted(Map.Entry.comparingByKey(ORDER))
                .map(x -> new Object[] {x.getKey().cycleId(), x.getKey().state(), x.getKey().decision(), x.getKey().kind(),
                    x.getValue().items(), x.getValue().hours()})
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> TABLE.add(c, dbKind.startsWith("postgres"), rows));
    }

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::cycleId).thenComparing(Key::state)
            .thenComparing(Key::decision).thenComparing(Key::kind);

    private static void read(Query q, Map<Key, Cell> into) {
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            Cell c = new Cell(Rows.num(a[4]).longValue(), Rows.dec(a[5]));
            into.merge(new Key(Rows.num(a[0]).longValue(), ((String) a[1]).strip(), ((String) a[2]).strip(),
                    ((String) a[3]).strip()), c, Cell::plus);
        }
    }

    // ---- rebuild and check -------------------------------------------------------------------------------------

    @Override
    public long rebuild() {
        burden.lock();
        em.flush();
        em.createNativeQuery("delete from kept_review_burden").executeUpdate();
        return em.createNativeQuery("insert into kept_review_burden (cycle_id, state, decision, kind, items, hours) "
                + COLUMNS + "sum(coalesce(c.orgs, 0) * " + BurdenService.HOURS_PER_ORG + ") from review_item i"
                + " join city_request r on r.id = i.request_id left join "
                + LandingRule.receiverCountsSql("r.id in (select ri.request_id from review_item ri)")
                + " c on c.cid = r.id" + GROUP).executeUpdate();
    }

    /** Organizations visited pair by pair (no kept count read), every item of every cycle. */
    private static final String RECOUNT = COLUMNS + "sum(coalesce(c.n, 0) * " + BurdenService.HOURS_PER_ORG + ")"
            + " from review_item i join city_request r on r.id = i.request_id left join (select r.id as rid, count(*) as n"
            + " from city_request r" + LandingRule.JOIN + " where r.id in (select ri.request_id from review_item ri) and"
            + LandingRule.WHERE + " group by r.id) c on c.rid = r.id" + GROUP;

    @Override
    public List<String> differences() {
        em.flush();
        Map<Key, Cell> kept = new HashMap<>();
        read(em.createNativeQuery("select cycle_id, state, decision, kind, items, hours from kept_review_burden"), kept);
        Map<Key, Cell> actual = new HashMap<>();
        read(em.createNativeQuery(RECOUNT), actual);
        Set<Key> keys = new java.util.TreeSet<>(ORDER);
        keys.addAll(kept.keySet());
        keys.addAll(actual.keySet());
        List<String> out = new ArrayList<>();
        for (Key k : keys) {
            Cell a = kept.getOrDefault(k, Cell.ZERO);
            Cell b = actual.getOrDefault(k, Cell.ZERO);
            if (a.items() != b.items() || a.hours().compareTo(b.hours()) != 0) {
                out.add("cycle " + k.cycleId() + ", " + k.state() + ", decision '" + k.decision() + "', " + k.kind()
                        + ": kept " + a.items() + " items " + a.hours().stripTrailingZeros().toPlainString() + " h, recomputed "
                        + b.items() + " items " + b.hours().stripTrailingZeros().toPlainString() + " h");
            }
        }
        return out;
    }
}
