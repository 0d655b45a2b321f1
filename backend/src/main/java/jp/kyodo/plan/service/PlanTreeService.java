package jp.kyodo.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import jp.kyodo.plan.PlanDtos.PlanTree;
import jp.kyodo.plan.PlanDtos.PlanTreeNode;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.service.InitiativeQueries.InitiativeFilter;

/**
 * A plan's tree as read: one ordered query over its nodes, the initiatives' summaries loaded for the whole set, and
 * with filters only the branches that lead to a matching placement.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanTreeService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    PlanService plans;

    @Inject
    InitiativeQueries queries;

    public PlanTree tree(long planId, InitiativeFilter f) {
        Plan plan = plans.findPlan(planId);
        List<PlanNode> nodes = PlanNode.ofPlan(planId);
        Map<Long, String> paths = PlanNode.paths(nodes);
        Map<Long, Initiative> initiatives = new LinkedHashMap<>();
        for (PlanNode n : nodes) {
            if (n.initiative != null) {
                initiatives.putIfAbsent(n.initiative.id, n.initiative);
            }
        }
        Map<Long, InitiativeSummary> summaries = queries.summaries(initiatives.values(), nodes, paths, f.date(clock));
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
        List<PlanTreeNode> out = new ArrayList<>();
        for (PlanNode r : roots) {
            if (pillarPathOwner != null && !pillarPathOwner.equals(r.id)) {
                continue;
            }
            PlanTreeNode t = build(r, children, summaries, matching);
            if (t != null) {
                out.add(t);
            }
        }
        return new PlanTree(PlanService.summary(plan, initiatives.size()), f.date(clock), out);
    }

    private PlanTreeNode build(PlanNode n, Map<Long, List<PlanNode>> children, Map<Long, InitiativeSummary> summaries,
            Set<Long> matching) {
        if (n.initiative != null) {
            if (matching != null && !matching.contains(n.initiative.id)) {
                return null;
            }
            return new PlanTreeNode(n.id, n.parentId, n.depth, n.position, n.levelName, n.code, n.title, n.description,
                    n.relisted, summaries.get(n.initiative.id), List.of());
        }
        List<PlanTreeNode> kids = new ArrayList<>();
        for (PlanNode c : children.getOrDefault(n.id, List.of())) {
            PlanTreeNode t = build(c, children, summaries, matching);
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
        List<Long> ids = queries.filteredIds(new InitiativeFilter(planId, null, f.sectionId(), f.tag(), f.targetKind(), f.targetYear(),
                null, f.q(), f.asOf()));
        return ids.stream().filter(id -> {
            InitiativeSummary s = summaries.get(id);
            return s != null && (f.behind() == null || s.behind() == f.behind());
        }).collect(Collectors.toSet());
    }
}
