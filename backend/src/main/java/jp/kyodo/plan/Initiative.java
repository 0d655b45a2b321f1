package jp.kyodo.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.common.persistence.VersionedEntity;

/**
 * 取り組み (主な事業等) — one initiative of a plan. It may stand under several measures (【再掲】): the placements are
 * {@link PlanNode}s; progress and evaluations belong to the initiative itself.
 */
@Entity
public class Initiative extends VersionedEntity {

    public long planId;
    /** Stable key within the plan, e.g. II-1-1-a (where it is first printed). */
    public String refKey;
    public String title;
    @Enumerated(EnumType.STRING)
    public InitiativeTag tag;
    public String searchKey;

    /** 内容 — the bullet points. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_point", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> points = new ArrayList<>();

    /** ※ notes. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_note", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> notes = new ArrayList<>();

    /** 所管課 — owner sections. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_section", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "section_id")
    public Set<Long> sectionIds = new HashSet<>();

    /** 実施目標. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_target", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    public List<InitiativeTarget> targets = new ArrayList<>();

    /** 工程, in order. */
    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    public List<Milestone> milestones = new ArrayList<>();
}
