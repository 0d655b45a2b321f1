package jp.kyodo.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * A node of a plan's tree (柱 → 方向 → 施策 …, depth is data). A node with an initiative is a placement of it — a
 * leaf; {@link #relisted} marks 【再掲】. {@link #sortPath} (zero-padded positions joined with '.') orders a whole
 * tree in one index scan.
 */
@Entity
public class PlanNode extends VersionedEntity {

    public long planId;
    public Long parentId;
    public int depth;
    public int position;
    public String sortPath;
    public String levelName;
    public String code;
    public String title;
    public String description;
    @ManyToOne(fetch = FetchType.LAZY)
    public Initiative initiative;
    public boolean relisted;

    /** Every node of a plan in tree order (one query, initiatives fetched with it). */
    public static List<PlanNode> ofPlan(long planId) {
        return PlanNode.<PlanNode>find("from PlanNode n left join fetch n.initiative where n.planId = ?1 order by n.sortPath", planId)
                .list();
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

    /** The sort path of the child at position under a parent with parentPath (null for a root). */
    public static String childPath(String parentPath, int position) {
        String own = String.format("%04d", position);
        return parentPath == null ? own : parentPath + "." + own;
    }
}
