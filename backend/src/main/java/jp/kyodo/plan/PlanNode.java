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

    /** The sort path of the child at position under a parent with parentPath (null for a root). */
    public static String childPath(String parentPath, int position) {
        String own = String.format("%04d", position);
        return parentPath == null ? own : parentPath + "." + own;
    }
}
