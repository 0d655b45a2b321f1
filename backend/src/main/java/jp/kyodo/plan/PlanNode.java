package jp.kyodo.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a plan's tree (柱 → 方向 → 施策 …, depth is data). A node with an initiative is a placement of it — a
 * leaf; {@link #relisted} marks 【再掲】. {@link #sortPath} (zero-padded positions joined with '.') orders a whole
 * tree in one index scan.
 */
@Entity
@Table(name = "plan_node")
public class PlanNode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id")
    public long planId;
    @Column(name = "parent_id")
    public Long parentId;
    public int depth;
    public int position;
    @Column(name = "sort_path")
    public String sortPath;
    @Column(name = "level_name")
    public String levelName;
    public String code;
    public String title;
    public String description;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;
    public boolean relisted;
    @Version
    public long version;

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
