package jp.kyodo.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.common.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Versions;
import jp.kyodo.department.Section;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.InitiativeTag;
import jp.kyodo.plan.InitiativeTarget;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.InitiativeDetail;
import jp.kyodo.plan.PlanDtos.InitiativeInput;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanDtos.MilestoneInput;
import jp.kyodo.plan.PlanDtos.MilestoneResponse;
import jp.kyodo.plan.PlanDtos.MilestoneRow;
import jp.kyodo.plan.PlanDtos.Placement;
import jp.kyodo.plan.PlanDtos.PlanDetail;
import jp.kyodo.plan.PlanDtos.PlanInput;
import jp.kyodo.plan.PlanDtos.PlanNodeInput;
import jp.kyodo.plan.PlanDtos.PlanNodeResponse;
import jp.kyodo.plan.PlanDtos.PlanSummary;
import jp.kyodo.plan.PlanDtos.PlanTree;
import jp.kyodo.plan.PlanDtos.PlanTreeNode;
import jp.kyodo.plan.PlanDtos.TargetDto;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.TargetKind;
import jp.kyodo.plan.progress.StandingService;
import jp.kyodo.plan.progress.Standings.Standing;
import jp.kyodo.common.web.Japanese;


/**
 * 計画 — plans, their trees and initiatives. A tree is read with one ordered query over its nodes; initiatives'
 * targets, sections and standings are loaded for the whole set at once (no query per initiative).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    public static final String ENTITY_PLAN = "Plan";
    public static final String ENTITY_INITIATIVE = "Initiative";

    @Inject
    EntityManager em;

    @Inject
    StandingService standings;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser caller;

    @Inject
    Writes writes;

    /** 計画: history keeps the plan's fields; a 412 answers its detail. */
    final Aggregate<Plan> plan = Aggregate.<Plan>of(ENTITY_PLAN, p -> p.id, p -> p.version, this::detail)
            .withState(PlanService::planState);
    /** 取り組み, in its plan's history. */
    final Aggregate<Initiative> initiative = Aggregate.<Initiative>of(ENTITY_INITIATIVE, i -> i.id, i -> i.version,
            i -> detail(i, Japanese.today())).withState(PlanService::initiativeState).withParent(ENTITY_PLAN, i -> i.planId);
    /** 工程, in its initiative's history (and so on its timeline). */
    final Aggregate<Milestone> milestone = Aggregate.<Milestone>of("Milestone", m -> m.id, m -> m.version,
            m -> milestone(m, Japanese.fiscalYearOf(Japanese.today())))
            .withState(m -> Map.of("milestone", m.title, "status", m.status.name()))
            .withParent(ENTITY_INITIATIVE, m -> m.initiative.id);
    /** A node of the tree, in its plan's history. */
    static final Aggregate<PlanNode> NODE = Aggregate.<PlanNode>of("PlanNode", n -> n.id, n -> n.version, PlanService::node)
            .withState(PlanService::nodeState).withParent(ENTITY_PLAN, n -> n.planId);

    // ---- plans ---------------------------------------------------------------------------------------

    public Plan findPlan(long id) {
        Plan p = Plan.findById(id);
        if (p == null) {
            throw ProblemException.notFound("plan", id);
        }
        return p;
    }

    public Page<PlanSummary> plans(PageParams p) {
        long total = Plan.count();
        List<Plan> plans = Plan.find("order by fromFiscalYear desc, code").page(p.page - 1, p.size).list();
        Map<Long, Long> counts = initiativeCounts();
        return new Page<>(plans.stream().map(x -> summary(x, counts.getOrDefault(x.id, 0L))).toList(), total, p.page, p.size);
    }

    private Map<Long, Long> initiativeCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select plan_id, count(*) from initiative group by plan_id").getResultList()) {
            Object[] a = (Object[]) row;
            counts.put(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue());
        }
        return counts;
    }

    public PlanSummary summary(Plan p) {
        return summary(p, initiativeCounts().getOrDefault(p.id, 0L));
    }

    private static PlanSummary summary(Plan p, long initiatives) {
        return new PlanSummary(p.id, p.code, p.name, p.nameEn, p.owner, p.fromFiscalYear, p.toFiscalYear, initiatives, p.version);
    }

    public PlanDetail detail(long id) {
        Plan p = findPlan(id);
        return detail(p);
    }

    private PlanDetail detail(Plan p) {
        long n = initiativeCounts().getOrDefault(p.id, 0L);
        return new PlanDetail(p.id, p.code, p.name, p.nameEn, p.owner, p.fromFiscalYear, p.toFiscalYear, n, p.description, p.version);
    }

    @Transactional
    public PlanDetail createPlan(PlanInput in) {
        if (Plan.count("code", in.code()) > 0) {
            throw ProblemException.invalid("code", "a plan with this code exists", "Unique");
        }
        Plan p = new Plan();
        p.code = in.code();
        applyPlan(p, in);
        return detail(writes.create(plan, p));
    }

    @Transactional
    public PlanDetail updatePlan(long id, PlanInput in, String ifMatch) {
        return detail(writes.update(plan, findPlan(id), ifMatch, p -> {
            if (!p.code.equals(in.code())) {
                throw ProblemException.invalid("code", "the code of a plan cannot change", "Immutable");
            }
            applyPlan(p, in);
        }));
    }

    private static void applyPlan(Plan p, PlanInput in) {
        if (in.toFiscalYear() < in.fromFiscalYear()) {
            throw ProblemException.invalid("toFiscalYear", "must not be before fromFiscalYear", "Range");
        }
        p.name = in.name().strip();
        p.nameEn = blankToNull(in.nameEn());
        p.owner = in.owner().strip();
        p.fromFiscalYear = in.fromFiscalYear();
        p.toFiscalYear = in.toFiscalYear();
        p.description = blankToNull(in.description());
    }

    private static Map<String, Object> planState(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code);
        m.put("name", p.name);
        m.put("nameEn", p.nameEn);
        m.put("owner", p.owner);
        m.put("fromFiscalYear", p.fromFiscalYear);
        m.put("toFiscalYear", p.toFiscalYear);
        return m;
    }

    // ---- the tree ------------------------------------------------------------------------------------

    /** Filters of the tree and of the initiative list; null = no filter. */
    public record InitiativeFilter(Long planId, Long pillarId, Long sectionId, InitiativeTag tag, TargetKind targetKind,
            Integer targetYear, Boolean behind, String q, LocalDate asOf) {
        public LocalDate date() {
            return asOf == null ? Japanese.today() : asOf;
        }
    }

    /** Every node of a plan in tree order (one query, initiatives fetched with it). */
    public List<PlanNode> nodes(long planId) {
        return em.createQuery("select n from PlanNode n left join fetch n.initiative where n.planId = :p order by n.sortPath",
                PlanNode.class).setParameter("p", planId).getResultList();
    }

    /** Path (codes joined with '-') of every node, from the ordered list of a plan's nodes. */
    public static Map<Long, String> paths(List<PlanNode> nodes) {
        Map<Long, String> paths = new HashMap<>();
        for (PlanNode n : nodes) {
            String parent = n.parentId == null ? null : paths.get(n.parentId);
            String own = n.code == null || n.code.isBlank() ? null : n.code;
            paths.put(n.id, parent == null || parent.isEmpty() ? (own == null ? "" : own) : own == null ? parent : parent + "-" + own);
        }
        return paths;
    }

    public PlanTree tree(long planId, InitiativeFilter f) {
        Plan plan = findPlan(planId);
        List<PlanNode> nodes = nodes(planId);
        Map<Long, String> paths = paths(nodes);
        Map<Long, Initiative> initiatives = new LinkedHashMap<>();
        for (PlanNode n : nodes) {
            if (n.initiative != null) {
                initiatives.putIfAbsent(n.initiative.id, n.initiative);
            }
        }
        Map<Long, InitiativeSummary> summaries = summaries(initiatives.values(), nodes, paths, f.date());
        Set<Long> matching = matching(planId, f, summaries);
        Long pillarPathOwner = f.pillarId();
        Map<Long, List<PlanNode>> children = new HashMap<>();
        List<PlanNode> roots = new ArrayList<>();
        for (PlanNode n : nodes) {
            if (n.parentId == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n);
            }
        }
        boolean filtered = matching != null || pillarPathOwner != null;
        List<PlanTreeNode> out = new ArrayList<>();
        for (PlanNode r : roots) {
            if (pillarPathOwner != null && !pillarPathOwner.equals(r.id)) {
                continue;
            }
            PlanTreeNode t = build(r, children, summaries, matching, filtered);
            if (t != null) {
                out.add(t);
            }
        }
        return new PlanTree(summary(plan, initiatives.size()), f.date(), out);
    }

    private PlanTreeNode build(PlanNode n, Map<Long, List<PlanNode>> children, Map<Long, InitiativeSummary> summaries,
            Set<Long> matching, boolean filtered) {
        if (n.initiative != null) {
            if (matching != null && !matching.contains(n.initiative.id)) {
                return null;
            }
            return new PlanTreeNode(n.id, n.parentId, n.depth, n.position, n.levelName, n.code, n.title, n.description,
                    n.relisted, summaries.get(n.initiative.id), List.of());
        }
        List<PlanTreeNode> kids = new ArrayList<>();
        for (PlanNode c : children.getOrDefault(n.id, List.of())) {
            PlanTreeNode t = build(c, children, summaries, matching, filtered);
            if (t != null) {
                kids.add(t);
            }
        }
        if (matching != null && kids.isEmpty()) {
            return null;
        }
        return new PlanTreeNode(n.id, n.parentId, n.depth, n.position, n.levelName, n.code, n.title, n.description, false,
                null, kids);
    }

    /** Ids of the initiatives matching the filter (null when no initiative filter is set). */
    private Set<Long> matching(long planId, InitiativeFilter f, Map<Long, InitiativeSummary> summaries) {
        boolean any = f.sectionId() != null || f.tag() != null || f.targetKind() != null || f.targetYear() != null
                || f.behind() != null || (f.q() != null && !f.q().isBlank());
        if (!any) {
            return null;
        }
        List<Long> ids = filteredIds(new InitiativeFilter(planId, null, f.sectionId(), f.tag(), f.targetKind(), f.targetYear(),
                null, f.q(), f.asOf()));
        return ids.stream().filter(id -> {
            InitiativeSummary s = summaries.get(id);
            return s != null && (f.behind() == null || s.behind() == f.behind());
        }).collect(Collectors.toSet());
    }

    /** Initiative ids matching every filter but behind, in tree order (first non-re-listed placement). */
    private List<Long> filteredIds(InitiativeFilter f) {
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

    // ---- initiatives ---------------------------------------------------------------------------------

    private static final Map<String, String> SORT_KEYS = Map.of("path", "path", "title", "title", "refKey", "refKey");

    /**
     * Initiatives matching the filter, a page in tree order. Plans hold tens to hundreds of initiatives: the ids are
     * selected and ordered by the database, standings (for the behind filter) computed for the matches at once.
     */
    public Page<InitiativeSummary> initiatives(InitiativeFilter f, PageParams p) {
        List<Long> ids = filteredIds(f);
        String sort = p.sort == null || p.sort.isBlank() ? "path" : p.sort;
        SortSpec.orderBy(sort, Map.of("path", "path", "title", "title", "refKey", "refKey"), "path", "id");
        List<Initiative> all = ids.isEmpty() ? List.of()
                : em.createQuery("select i from Initiative i where i.id in :ids", Initiative.class).setParameter("ids", ids).getResultList();
        Map<Long, Initiative> byId = all.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        List<Initiative> ordered = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, InitiativeSummary> summaries = summaries(ordered, f.date());
        List<InitiativeSummary> rows = ordered.stream().map(i -> summaries.get(i.id))
                .filter(s -> f.behind() == null || s.behind() == f.behind()).collect(Collectors.toCollection(ArrayList::new));
        switch (sort.replace("-", "")) {
            case "title" -> rows.sort(java.util.Comparator.comparing(InitiativeSummary::title));
            case "refKey" -> rows.sort(java.util.Comparator.comparing(InitiativeSummary::refKey));
            default -> {
            }
        }
        if (sort.startsWith("-")) {
            java.util.Collections.reverse(rows);
        }
        int from = Math.min(rows.size(), (p.page - 1) * p.size);
        int to = Math.min(rows.size(), from + p.size);
        return new Page<>(List.copyOf(rows.subList(from, to)), rows.size(), p.page, p.size);
    }

    public Initiative findInitiative(long id) {
        Initiative i = Initiative.findById(id);
        if (i == null) {
            throw ProblemException.notFound("initiative", id);
        }
        return i;
    }

    /** Summaries of initiatives of any plans: nodes, sections, targets and standings loaded for the whole set. */
    public Map<Long, InitiativeSummary> summaries(Collection<Initiative> initiatives, LocalDate asOf) {
        if (initiatives.isEmpty()) {
            return Map.of();
        }
        Set<Long> planIds = initiatives.stream().map(i -> i.planId).collect(Collectors.toSet());
        List<PlanNode> nodes = em.createQuery("select n from PlanNode n left join fetch n.initiative where n.planId in :p"
                + " order by n.planId, n.sortPath", PlanNode.class).setParameter("p", planIds).getResultList();
        return summaries(initiatives, nodes, paths(nodes), asOf);
    }

    private Map<Long, InitiativeSummary> summaries(Collection<Initiative> initiatives, List<PlanNode> nodes, Map<Long, String> paths,
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
                    placements.getOrDefault(i.id, 0), i.version));
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

    public InitiativeDetail detail(long id, LocalDate asOf) {
        Initiative i = findInitiative(id);
        return detail(i, asOf == null ? Japanese.today() : asOf);
    }

    private InitiativeDetail detail(Initiative i, LocalDate asOf) {
        List<PlanNode> nodes = nodes(i.planId);
        Map<Long, String> paths = paths(nodes);
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
                List.copyOf(i.points), List.copyOf(i.notes), milestones, placements, i.version);
    }

    private static MilestoneResponse milestone(Milestone m, int currentFiscalYear) {
        boolean overdue = m.status != MilestoneStatus.DONE && m.dueFiscalYear != null && m.dueFiscalYear < currentFiscalYear;
        return new MilestoneResponse(m.id, m.position, m.title, m.dueFiscalYear, m.status, m.doneOn, overdue, m.version);
    }

    @Transactional
    public InitiativeDetail createInitiative(long planId, InitiativeInput in) {
        Plan plan = findPlan(planId);
        if (in.parentNodeId() == null) {
            throw ProblemException.invalid("parentNodeId", "an initiative is placed under a node of the plan", "NotNull");
        }
        PlanNode parent = PlanNode.findById(in.parentNodeId());
        if (parent == null || parent.planId != plan.id) {
            throw ProblemException.invalid("parentNodeId", "no such node in this plan", "Exists");
        }
        if (parent.initiative != null) {
            throw ProblemException.invalid("parentNodeId", "a placement of an initiative cannot have children", "Leaf");
        }
        Initiative i = new Initiative();
        i.planId = plan.id;
        boolean generatedKey = in.refKey() == null || in.refKey().isBlank();
        i.refKey = generatedKey ? "new-" + java.util.UUID.randomUUID() : in.refKey().strip();
        if (!generatedKey && Initiative.count("planId = ?1 and refKey = ?2", plan.id, i.refKey) > 0) {
            throw ProblemException.invalid("refKey", "an initiative with this key exists in the plan", "Unique");
        }
        applyInitiative(i, in);
        i.persist();
        em.flush();
        if (generatedKey) {
            i.refKey = "I-" + i.id;
        }
        PlanNode n = new PlanNode();
        n.planId = plan.id;
        n.parentId = parent.id;
        n.depth = parent.depth + 1;
        n.position = nextPosition(plan.id, parent.id);
        n.sortPath = PlanNode.childPath(parent.sortPath, n.position);
        n.levelName = "INITIATIVE";
        n.code = blankToNull(in.code());
        n.title = i.title;
        n.initiative = i;
        n.persist();
        em.flush();
        // recorded by hand, not by Writes.create: the history shows the initiative with its placement and final key
        audit.record(ENTITY_INITIATIVE, i.id, ENTITY_PLAN, plan.id, AuditService.CREATE, null, initiativeState(i));
        return detail(i, Japanese.today());
    }

    @Transactional
    public InitiativeDetail updateInitiative(long id, InitiativeInput in, String ifMatch) {
        Initiative i = findInitiative(id);
        Versions.check(ifMatch, i.version, () -> detail(i, Japanese.today()));
        // a new key is part of the state before (as the history has always shown it)
        if (in.refKey() != null && !in.refKey().isBlank() && !in.refKey().strip().equals(i.refKey)) {
            if (Initiative.count("planId = ?1 and refKey = ?2", i.planId, in.refKey().strip()) > 0) {
                throw ProblemException.invalid("refKey", "an initiative with this key exists in the plan", "Unique");
            }
            i.refKey = in.refKey().strip();
        }
        writes.update(initiative, i, x -> {
            applyInitiative(x, in);
            // placements show the initiative's title
            em.createQuery("update PlanNode n set n.title = :t where n.initiative.id = :id").setParameter("t", x.title)
                    .setParameter("id", x.id).executeUpdate();
        });
        return detail(i, Japanese.today());
    }

    private void applyInitiative(Initiative i, InitiativeInput in) {
        i.title = in.title().strip();
        i.tag = in.tag();
        i.points.clear();
        if (in.points() != null) {
            in.points().forEach(p -> i.points.add(p.strip()));
        }
        i.notes.clear();
        if (in.notes() != null) {
            in.notes().forEach(p -> i.notes.add(p.strip()));
        }
        i.sectionIds.clear();
        if (in.sectionIds() != null) {
            for (int k = 0; k < in.sectionIds().size(); k++) {
                Long s = in.sectionIds().get(k);
                if (Section.findById(s) == null) {
                    throw ProblemException.invalid("sectionIds[" + k + "]", "no such section", "Exists");
                }
                i.sectionIds.add(s);
            }
        }
        i.targets.clear();
        if (in.targets() != null) {
            for (int k = 0; k < in.targets().size(); k++) {
                TargetDto t = in.targets().get(k);
                if (t.fiscalYear() == null && t.kind() != TargetKind.CONTINUE) {
                    throw ProblemException.invalid("targets[" + k + "].fiscalYear", "only a 継続 (CONTINUE) target may have no fiscal year",
                            "NotNull");
                }
                i.targets.add(new InitiativeTarget(t.kind(), t.fiscalYear(), t.enhancesExisting(), blankToNull(t.label())));
            }
        }
        List<MilestoneRow> rows = in.milestones() == null ? List.of() : in.milestones();
        Map<Long, Milestone> existing = i.milestones.stream().collect(Collectors.toMap(m -> m.id, m -> m));
        List<Milestone> next = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            MilestoneRow r = rows.get(k);
            Milestone m = r.id() == null ? null : existing.remove(r.id());
            if (r.id() != null && m == null) {
                throw ProblemException.invalid("milestones[" + k + "].id", "no such milestone of this initiative", "Exists");
            }
            if (m == null) {
                m = new Milestone();
                m.initiative = i;
            }
            m.title = r.title().strip();
            m.dueFiscalYear = r.dueFiscalYear();
            if (r.status() != null) {
                m.status = r.status();
            }
            m.doneOn = m.status == MilestoneStatus.DONE ? r.doneOn() : null;
            next.add(m);
        }
        // positions are unique per initiative: move the survivors out of the way before renumbering
        i.milestones.removeIf(m -> existing.containsKey(m.id));
        if (i.id != null) {
            em.flush();
            int tmp = 10000;
            for (Milestone m : next) {
                if (m.id != null) {
                    m.position = tmp++;
                }
            }
            em.flush();
        }
        i.milestones.clear();
        for (int k = 0; k < next.size(); k++) {
            next.get(k).position = k + 1;
            i.milestones.add(next.get(k));
        }
        i.searchKey = TextNormalizer.searchKey(i.title, i.refKey, String.join(" ", i.points), String.join(" ", i.notes));
    }

    private static Map<String, Object> initiativeState(Initiative i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refKey", i.refKey);
        m.put("title", i.title);
        m.put("tag", i.tag);
        m.put("points", List.copyOf(i.points));
        m.put("notes", List.copyOf(i.notes));
        m.put("sectionIds", i.sectionIds.stream().sorted().toList());
        m.put("targets", i.targets.stream().map(t -> t.kind + (t.fiscalYear == null ? "" : " " + t.fiscalYear)
                + (t.enhancesExisting ? " ()" : "")).toList());
        m.put("milestones", i.milestones.stream().map(x -> x.position + ". " + x.title + " (" + x.dueFiscalYear + ", " + x.status + ")").toList());
        return m;
    }

    /** Office, admin, or a department user of one of the initiative's sections (所管課). */
    public void requireOwnerOrOffice(Initiative i) {
        if (caller.isOfficeOrSectionOf(i.sectionIds)) {
            return;
        }
        throw ProblemException.forbidden("Only the community office or the initiative's own section (所管課) may do this");
    }

    @Transactional
    public MilestoneResponse updateMilestone(long id, MilestoneInput in, String ifMatch) {
        Milestone m = Milestone.findById(id);
        if (m == null) {
            throw ProblemException.notFound("milestone", id);
        }
        requireOwnerOrOffice(m.initiative);
        writes.update(milestone, m, ifMatch, x -> {
            x.status = in.status();
            x.doneOn = in.status() == MilestoneStatus.DONE ? (in.doneOn() == null ? Japanese.today() : in.doneOn()) : null;
        });
        return milestone(m, Japanese.fiscalYearOf(Japanese.today()));
    }

    // ---- nodes ---------------------------------------------------------------------------------------

    public PlanNode findNode(long id) {
        PlanNode n = PlanNode.findById(id);
        if (n == null) {
            throw ProblemException.notFound("plan node", id);
        }
        return n;
    }

    public static PlanNodeResponse node(PlanNode n) {
        return new PlanNodeResponse(n.id, n.planId, n.parentId, n.depth, n.position, n.levelName, n.code, n.title, n.description,
                n.initiative == null ? null : n.initiative.id, n.relisted, n.version);
    }

    private int nextPosition(long planId, Long parentId) {
        Integer max = parentId == null
                ? em.createQuery("select max(n.position) from PlanNode n where n.planId = :p and n.parentId is null", Integer.class)
                        .setParameter("p", planId).getSingleResult()
                : em.createQuery("select max(n.position) from PlanNode n where n.parentId = :parent", Integer.class)
                        .setParameter("parent", parentId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Transactional
    public PlanNodeResponse createNode(long planId, PlanNodeInput in) {
        Plan plan = findPlan(planId);
        PlanNode parent = null;
        if (in.parentId() != null) {
            parent = PlanNode.findById(in.parentId());
            if (parent == null || parent.planId != plan.id) {
                throw ProblemException.invalid("parentId", "no such node in this plan", "Exists");
            }
            if (parent.initiative != null) {
                throw ProblemException.invalid("parentId", "a placement of an initiative cannot have children", "Leaf");
            }
        }
        Initiative initiative = null;
        if (in.initiativeId() != null) {
            initiative = Initiative.findById(in.initiativeId());
            if (initiative == null || initiative.planId != plan.id) {
                throw ProblemException.invalid("initiativeId", "no such initiative in this plan", "Exists");
            }
            if (parent == null) {
                throw ProblemException.invalid("parentId", "an initiative is placed under a node", "NotNull");
            }
        } else if (in.title() == null || in.title().isBlank()) {
            throw ProblemException.invalid("title", "must not be blank", "NotBlank");
        }
        int last = nextPosition(plan.id, parent == null ? null : parent.id);
        int position = in.position() == null || in.position() >= last ? last : in.position();
        // shift the later siblings (their subtrees' paths follow)
        if (position < last) {
            List<PlanNode> siblings = em.createQuery("select n from PlanNode n where n.planId = :p and "
                    + (parent == null ? "n.parentId is null" : "n.parentId = :parent") + " and n.position >= :pos order by n.position desc",
                    PlanNode.class).setParameter("p", plan.id).setParameter("pos", position)
                    .setParameter("parent", parent == null ? null : parent.id).getResultList();
            for (PlanNode s : siblings) {
                move(s, s.position + 1);
            }
        }
        PlanNode n = new PlanNode();
        n.planId = plan.id;
        n.parentId = parent == null ? null : parent.id;
        n.depth = parent == null ? 0 : parent.depth + 1;
        n.position = position;
        n.sortPath = PlanNode.childPath(parent == null ? null : parent.sortPath, position);
        n.levelName = in.levelName().strip();
        n.code = blankToNull(in.code());
        n.title = initiative != null ? initiative.title : in.title().strip();
        n.description = blankToNull(in.description());
        n.initiative = initiative;
        n.relisted = initiative != null && Boolean.TRUE.equals(in.relisted());
        return node(writes.create(NODE, n));
    }

    /** Gives a node a new position among its siblings and rewrites the sort paths of its subtree. */
    private void move(PlanNode n, int position) {
        String oldPath = n.sortPath;
        String parentPath = oldPath.contains(".") ? oldPath.substring(0, oldPath.lastIndexOf('.')) : null;
        String newPath = PlanNode.childPath(parentPath, position);
        List<PlanNode> subtree = em.createQuery("select n from PlanNode n where n.planId = :p and n.sortPath like :prefix",
                PlanNode.class).setParameter("p", n.planId).setParameter("prefix", oldPath + ".%").getResultList();
        n.position = position;
        n.sortPath = newPath;
        for (PlanNode d : subtree) {
            d.sortPath = newPath + d.sortPath.substring(oldPath.length());
        }
        em.flush();
    }

    @Transactional
    public PlanNodeResponse updateNode(long id, PlanNodeInput in, String ifMatch) {
        return node(writes.update(NODE, findNode(id), ifMatch, n -> {
            if (!Objects.equals(in.parentId(), n.parentId)) {
                throw ProblemException.invalid("parentId", "a node cannot move to another parent; create a new one", "Immutable");
            }
            reshape(n, in);
        }));
    }

    private void reshape(PlanNode n, PlanNodeInput in) {
        n.levelName = in.levelName().strip();
        n.code = blankToNull(in.code());
        if (n.initiative == null) {
            if (in.title() == null || in.title().isBlank()) {
                throw ProblemException.invalid("title", "must not be blank", "NotBlank");
            }
            n.title = in.title().strip();
        }
        n.description = blankToNull(in.description());
        if (n.initiative != null && in.relisted() != null) {
            n.relisted = in.relisted();
        }
        if (in.position() != null && in.position() != n.position) {
            int last = nextPosition(n.planId, n.parentId) - 1;
            int target = Math.max(1, Math.min(in.position(), last));
            if (target != n.position) {
                List<PlanNode> siblings = em.createQuery("select n from PlanNode n where n.planId = :p and "
                        + (n.parentId == null ? "n.parentId is null" : "n.parentId = :parent") + " order by n.position",
                        PlanNode.class).setParameter("p", n.planId).setParameter("parent", n.parentId).getResultList();
                siblings.remove(n);
                siblings.add(target - 1, n);
                // two passes: park every sibling on a free path, then renumber
                int park = 9000;
                for (PlanNode s : siblings) {
                    move(s, park++);
                }
                for (int k = 0; k < siblings.size(); k++) {
                    move(siblings.get(k), k + 1);
                }
            }
        }
    }

    @Transactional
    public void deleteNode(long id, String ifMatch) {
        PlanNode n = findNode(id);
        Versions.check(ifMatch, n.version, () -> node(n));
        if (PlanNode.count("parentId", n.id) > 0) {
            throw ProblemException.conflict("The node has children; delete or move them first");
        }
        if (n.initiative != null && PlanNode.count("initiative.id", n.initiative.id) == 1) {
            throw ProblemException.conflict("This is the initiative's only placement; an initiative stays in the tree");
        }
        writes.delete(NODE, n);
    }

    private static Map<String, Object> nodeState(PlanNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("levelName", n.levelName);
        m.put("code", n.code);
        m.put("title", n.title);
        m.put("position", n.position);
        m.put("initiativeId", n.initiative == null ? null : n.initiative.id);
        m.put("relisted", n.relisted);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
