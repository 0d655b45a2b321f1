package jp.kyodo.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Versions;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.PlanNodeInput;
import jp.kyodo.plan.PlanDtos.PlanNodeResponse;
import jp.kyodo.plan.PlanNode;

/** The nodes of a plan's tree (柱, 方向, 施策 … and placements of initiatives): adding, changing, moving, deleting. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanNodeService {

    @Inject
    PlanService plans;

    @Inject
    Writes writes;

    /** A node of the tree, in its plan's history. */
    static final Aggregate<PlanNode> NODE = Aggregate.<PlanNode>of("PlanNode", n -> n.id, n -> n.version, PlanNodeService::node)
            .withState(PlanNodeService::nodeState).withParent(PlanService.ENTITY_PLAN, n -> n.planId);

    @Inject
    EntityManager em;

    public PlanNode findNode(long id) {
        PlanNode n = PlanNode.findById(id);
        if (n == null) {
            throw ProblemException.notFound("plan node", id);
        }
        return n;
    }

    public static PlanNodeResponse node(PlanNode n) {
        return new PlanNodeResponse(n.id, n.planId, n.parentId, n.depth, n.position, n.levelName, n.code, n.title, n.description,
                n.initiative == null ? null : n.initiative.id, n.relisted, n.version, n.createdAt, n.updatedAt);
    }

    int nextPosition(long planId, Long parentId) {
        Integer max = parentId == null
                ? em.createQuery("select max(n.position) from PlanNode n where n.planId = :p and n.parentId is null", Integer.class)
                        .setParameter("p", planId).getSingleResult()
                : em.createQuery("select max(n.position) from PlanNode n where n.parentId = :parent", Integer.class)
                        .setParameter("parent", parentId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Transactional
    public PlanNodeResponse createNode(long planId, PlanNodeInput in) {
        Plan plan = plans.findPlan(planId);
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
        n.code = Strings.blankToNull(in.code());
        n.title = initiative != null ? initiative.title : in.title().strip();
        n.description = Strings.blankToNull(in.description());
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
        n.code = Strings.blankToNull(in.code());
        if (n.initiative == null) {
            if (in.title() == null || in.title().isBlank()) {
                throw ProblemException.invalid("title", "must not be blank", "NotBlank");
            }
            n.title = in.title().strip();
        }
        n.description = Strings.blankToNull(in.description());
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
}
