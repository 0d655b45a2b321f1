package jp.kyodo.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.web.Versions;
import jp.kyodo.department.Section;
import jp.kyodo.plan.Initiative;
import jp.kyodo.plan.InitiativeTarget;
import jp.kyodo.plan.Milestone;
import jp.kyodo.plan.MilestoneStatus;
import jp.kyodo.plan.Plan;
import jp.kyodo.plan.PlanDtos.InitiativeDetail;
import jp.kyodo.plan.PlanDtos.InitiativeInput;
import jp.kyodo.plan.PlanDtos.MilestoneInput;
import jp.kyodo.plan.PlanDtos.MilestoneResponse;
import jp.kyodo.plan.PlanDtos.MilestoneRow;
import jp.kyodo.plan.PlanDtos.TargetDto;
import jp.kyodo.plan.PlanNode;
import jp.kyodo.plan.TargetKind;

/**
 * 取り組み as written: creating one (placed under a node), updating it with its targets, sections and milestones
 * (工程), setting a milestone's status, and who may do what to an initiative's progress (the office, or a section
 * that owns it, 所管課).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser caller;

    @Inject
    Writes writes;

    @Inject
    PlanService plans;

    @Inject
    PlanNodeService nodes;

    @Inject
    InitiativeQueries queries;

    /** 取り組み, in its plan's history. */
    final Aggregate<Initiative> initiative = Aggregate.<Initiative>of(PlanService.ENTITY_INITIATIVE, i -> i.id, i -> i.version,
            i -> queries.detail(i, java.time.LocalDate.now(clock))).withState(InitiativeService::initiativeState)
            .withParent(PlanService.ENTITY_PLAN, i -> i.planId);
    /** 工程, in its initiative's history (and so on its timeline). */
    final Aggregate<Milestone> milestone = Aggregate.<Milestone>of("Milestone", m -> m.id, m -> m.version,
            m -> InitiativeQueries.milestone(m, Japanese.fiscalYearOf(java.time.LocalDate.now(clock))))
            .withState(m -> Map.of("milestone", m.title, "status", m.status.name()))
            .withParent(PlanService.ENTITY_INITIATIVE, m -> m.initiative.id);

    @Transactional
    public InitiativeDetail createInitiative(long planId, InitiativeInput in) {
        Plan plan = plans.findPlan(planId);
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
        n.position = nodes.nextPosition(plan.id, parent.id);
        n.sortPath = PlanNode.childPath(parent.sortPath, n.position);
        n.levelName = "INITIATIVE";
        n.code = Strings.blankToNull(in.code());
        n.title = i.title;
        n.initiative = i;
        n.persist();
        em.flush();
        // recorded by hand, not by Writes.create: the history shows the initiative with its placement and final key
        audit.record(PlanService.ENTITY_INITIATIVE, i.id, PlanService.ENTITY_PLAN, plan.id, AuditService.CREATE, null, initiativeState(i));
        return queries.detail(i, java.time.LocalDate.now(clock));
    }

    @Transactional
    public InitiativeDetail updateInitiative(long id, InitiativeInput in, String ifMatch) {
        Initiative i = queries.findInitiative(id);
        Versions.check(ifMatch, i.version, () -> queries.detail(i, java.time.LocalDate.now(clock)));
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
        return queries.detail(i, java.time.LocalDate.now(clock));
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
                i.targets.add(new InitiativeTarget(t.kind(), t.fiscalYear(), t.enhancesExisting(), Strings.blankToNull(t.label())));
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
            x.doneOn = in.status() == MilestoneStatus.DONE ? (in.doneOn() == null ? java.time.LocalDate.now(clock) : in.doneOn()) : null;
        });
        return InitiativeQueries.milestone(m, Japanese.fiscalYearOf(java.time.LocalDate.now(clock)));
    }
}
