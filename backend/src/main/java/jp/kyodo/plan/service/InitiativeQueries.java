package jp.kyodo.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.PlanDtos.InitiativeDetail;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanDtos.MilestoneResponse;
import jp.kyodo.plan.PlanDtos.Placement;
import jp.kyodo.plan.PlanDtos.TargetDto;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.TargetKind;
import jp.kyodo.plan.progress.StandingService;
import jp.kyodo.plan.progress.Standings.Standing;

/**
 * 取り組み as read: the filtered list (ids selected and ordered by the database, standings computed for the matches
 * at once), summaries of any set of initiatives (nodes, sections, targets and standings loaded for the whole set; no
 * query per initiative) and an initiative's detail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeQueries {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    StandingService standings;

    /** Filters of the tree and of the initiative list; null = no filter. */
    public record InitiativeFilter(Long planId, Long pillarId, Long sectionId, InitiativeTag tag, TargetKind targetKind,
            Integer targetYear, Boolean behind, String q, LocalDate asOf) {
        public LocalDate date(java.time.Clock clock) {
            return asOf == null ? LocalDate.now(clock) : asOf;
        }
    }

    /** Sort keys of the initiative list: path (tree order, the default), title, refKey. */
    static final Map<String, String> SORT = Map.of("path", "path", "title", "title", "refKey", "refKey");

    public Initiative findInitiative(long id) {
        Initiative i = Initiative.findById(id);
        if (i == null) {
            throw ProblemException.notFound("initiative", id);
        }
        return i;
    }

    /**
     * Initiatives matching the filter, a page in tree order. Plans hold tens to hundreds of initiatives: the ids are
     * selected and ordered by the database, standings (for the behind filter) computed for the matches at once.
     */
    public Page<InitiativeSummary> initiatives(InitiativeFilter f, PageParams p, Keyset keyset) {
        List<Long> ids = filteredIds(f);
        String sort = p.sort == null || p.sort.isBlank() ? "path" : p.sort;
        // checks every key against the whitelist (400 otherwise), as every list does
        SortSpec.orderBy(sort, SORT, "path", "id");
        List<Initiative> all = ids.isEmpty() ? List.of()
                : em.createQuery("select i from Initiative i where i.id in :ids", Initiative.class).setParameter("ids", ids).getResultList();
        Map<Long, Initiative> byId = all.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        List<Initiative> ordered = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, InitiativeSummary> summaries = summaries(ordered, f.date(clock));
        List<InitiativeSummary> rows = ordered.stream().map(i -> summaries.get(i.id))
                .filter(s -> f.behind() == null || s.behind() == f.behind()).collect(Collectors.toCollection(ArrayList::new));
        Map<Long, Integer> treeOrder = new HashMap<>();
        for (int k = 0; k < ordered.size(); k++) {
            treeOrder.put(ordered.get(k).id, k);
        }
        if (keyset.active()) {
            // the standings are computed in memory, so the keyset is too (a plan holds a few hundred initiatives)
            return keyset.page(rows, p, InitiativeSummary::updatedAt, InitiativeSummary::id);
        }
        rows.sort(order(sort, treeOrder));
        int from = Math.min(rows.size(), (p.page - 1) * p.size);
        int to = Math.min(rows.size(), from + p.size);
        return new Page<>(List.copyOf(rows.subList(from, to)), rows.size(), p.page, p.size);
    }

    /**
     * The order of {@code sort} ({@code title,-refKey}: keys of {@link #SORT}, each ascending or, with '-', descending;
     * {@code path} is tree order), ties broken by tree order in the direction of the first key.
     */
    static Comparator<InitiativeSummary> order(String sort, Map<Long, Integer> treeOrder) {
        Comparator<InitiativeSummary> byPath = Comparator.comparing(s -> treeOrder.getOrDefault(s.id(), Integer.MAX_VALUE));
        Comparator<InitiativeSummary> out = null;
        boolean firstDescending = false;
        for (String raw : sort.split(",")) {
            String key = raw.trim();
            if (key.isEmpty()) {
                continue;
            }
            boolean desc = key.startsWith("-");
            if (desc || key.startsWith("+")) {
                key = key.substring(1);
            }
            Comparator<InitiativeSummary> c = switch (key) {
                case "title" -> Comparator.comparing(InitiativeSummary::title, Comparator.nullsLast(Comparator.naturalOrder()));
                case "refKey" -> Comparator.comparing(InitiativeSummary::refKey, Comparator.nullsLast(Comparator.naturalOrder()));
                default -> byPath;
            };
            if (desc) {
                c = c.reversed();
            }
            if (out == null) {
                firstDescending = desc;
                out = c;
            } else {
                out = out.thenComparing(c);
            }
        }
        Comparator<InitiativeSummary> ties = firstDescending ? byPath.reversed() : byPath;
        return out == null ? ties : out.thenComparing(ties);
    }

    /** Summaries of initiatives of any plans: nodes, sections, targets and standings loaded for the whole set. */
    public Map<Long, InitiativeSummary> summaries(Collection<Initiative> initiatives, LocalDate asOf) {
        if (initiatives.isEmpty()) {
            return Map.of();
        }
        Set<Long> planIds = initiatives.stream().map(i -> i.planId).collect(Collectors.toSet());
        List<PlanNode> nodes = em.createQuery("select n from PlanNode n left join fetch n.initiative where n.planId in :p"
                + " order by n.planId, n.sortPath", PlanNode.class).setParameter("p", planIds).getResultList();
        return summaries(initiatives, nodes, PlanNode.paths(nodes), asOf);
    }

    Map<Long, InitiativeSummary> summaries(Collection<Initiative> initiatives, List<PlanNode> nodes, Map<Long, String> paths,
            LocalDate asOf) {
        Map<Long, InitiativeSummary> out = new HashMap<>();
        if (initiatives.isEmpty()) {
            return out;
        }
        List<Long> ids = initiatives.stream().map(i -> i.id).toList();
        Map<Long, String> firstPath = new HashMap<>();
        Map<Long, Integer> placements = new HashMap<>();
        for (PlanNode n : nodes) {
            if (n.initiative != null) {
                placements.merge(n.initiative.id, 1, Integer::sum);
                if (!n.relisted) {
                    firstPath.putIfAbsent(n.initiative.id, paths.get(n.id));
                }
            }
        }
        Map<Long, List<TargetDto>> targets = targets(ids);
        Map<Long, List<Object[]>> sections = new HashMap<>();
        for (Object row : em.createNativeQuery("select x.initiative_id, s.id, s.name from initiative_section x"
                + " join section s on s.id = x.section_id where x.initiative_id in (:ids) order by s.code")
                .setParameter("ids", ids).getResultList()) {
            Object[] a = (Object[]) row;
            sections.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, Standing> standing = standings.of(ids, asOf);
        for (Initiative i : initiatives) {
            List<Object[]> secs = sections.getOrDefault(i.id, List.of());
            Standing s = standing.get(i.id);
            out.put(i.id, new InitiativeSummary(i.id, i.planId, i.refKey, firstPath.get(i.id), i.title, i.tag,
                    targets.getOrDefault(i.id, List.of()), secs.stream().map(a -> Rows.num(a[1]).longValue()).toList(),
                    secs.stream().map(a -> (String) a[2]).toList(), s.status(), s.statusFiscalYear(), s.isBehind(), s.behind(),
                    placements.getOrDefault(i.id, 0), i.version, i.createdAt, i.updatedAt));
        }
        return out;
    }

    private Map<Long, List<TargetDto>> targets(List<Long> ids) {
        Map<Long, List<TargetDto>> out = new HashMap<>();
        for (Object row : em.createNativeQuery("select t.initiative_id, t.kind, t.fiscal_year, t.enhances_existing, t.label"
                + " from initiative_target t where t.initiative_id in (:ids) order by t.initiative_id, t.position")
                .setParameter("ids", ids).getResultList()) {
            Object[] a = (Object[]) row;
            out.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add(new TargetDto(
                    TargetKind.valueOf(((String) a[1]).strip()), a[2] == null ? null : Rows.num(a[2]).intValue(),
                    Boolean.TRUE.equals(a[3]), (String) a[4]));
        }
        return out;
    }

    /** Initiative ids matching every filter but behind, in tree order (first non-re-listed placement). */
    List<Long> filteredIds(InitiativeFilter f) {
        StringBuilder sql = new StringBuilder("select i.id from initiative i where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.planId() != null) {
            sql.append(" and i.plan_id = :plan");
            params.put("plan", f.planId());
        }
        if (f.pillarId() != null) {
            PlanNode pillar = PlanNode.findById(f.pillarId());
            if (pillar == null) {
                throw ProblemException.invalid("pillarId", "no such plan node", "Exists");
            }
            sql.append(" and exists (select 1 from plan_node pn where pn.initiative_id = i.id and pn.plan_id = :pillarPlan"
                    + " and pn.sort_path like :pillarPath)");
            params.put("pillarPlan", pillar.planId);
            params.put("pillarPath", pillar.sortPath + ".%");
        }
        if (f.sectionId() != null) {
            sql.append(" and exists (select 1 from initiative_section s where s.initiative_id = i.id and s.section_id = :section)");
            params.put("section", f.sectionId());
        }
        if (f.tag() != null) {
            sql.append(" and i.tag = :tag");
            params.put("tag", f.tag().name());
        }
        if (f.targetKind() != null || f.targetYear() != null) {
            sql.append(" and exists (select 1 from initiative_target t where t.initiative_id = i.id");
            if (f.targetKind() != null) {
                sql.append(" and t.kind = :kind");
                params.put("kind", f.targetKind().name());
            }
            if (f.targetYear() != null) {
                sql.append(" and t.fiscal_year = :targetYear");
                params.put("targetYear", f.targetYear());
            }
            sql.append(")");
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and i.search_key like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        sql.append(" order by (select min(pn2.sort_path) from plan_node pn2 where pn2.initiative_id = i.id and pn2.relisted = false),"
                + " i.id");
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object id : q.getResultList()) {
            ids.add(Rows.num(id).longValue());
        }
        return ids;
    }

    public InitiativeDetail detail(long id, LocalDate asOf) {
        Initiative i = findInitiative(id);
        return detail(i, asOf == null ? java.time.LocalDate.now(clock) : asOf);
    }

    public InitiativeDetail detail(Initiative i, LocalDate asOf) {
        List<PlanNode> nodes = PlanNode.ofPlan(i.planId);
        Map<Long, String> paths = PlanNode.paths(nodes);
        InitiativeSummary s = summaries(List.of(i), nodes, paths, asOf).get(i.id);
        Map<Long, PlanNode> byId = nodes.stream().collect(Collectors.toMap(n -> n.id, n -> n));
        List<Placement> placements = new ArrayList<>();
        for (PlanNode n : nodes) {
            if (n.initiative != null && n.initiative.id.equals(i.id)) {
                List<String> titles = new ArrayList<>();
                for (Long p = n.parentId; p != null; p = byId.get(p).parentId) {
                    titles.add(0, byId.get(p).title);
                }
                placements.add(new Placement(n.id, paths.get(n.id), titles, n.relisted));
            }
        }
        int current = Japanese.fiscalYearOf(asOf);
        List<MilestoneResponse> milestones = i.milestones.stream().map(m -> milestone(m, current)).toList();
        return new InitiativeDetail(i.id, i.planId, i.refKey, s.path(), i.title, i.tag, s.targets(), s.sectionIds(),
                s.sectionNames(), s.status(), s.statusFiscalYear(), s.behind(), s.behindReasons(), s.placements(),
                List.copyOf(i.points), List.copyOf(i.notes), milestones, placements, i.version, i.createdAt, i.updatedAt);
    }

    static MilestoneResponse milestone(Milestone m, int currentFiscalYear) {
        boolean overdue = m.status != MilestoneStatus.DONE && m.dueFiscalYear != null && m.dueFiscalYear < currentFiscalYear;
        return new MilestoneResponse(m.id, m.position, m.title, m.dueFiscalYear, m.status, m.doneOn, overdue, m.version, m.createdAt, m.updatedAt);
    }
}
