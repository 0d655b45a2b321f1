package jp.kyodo.support.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.department.Section;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.support.SupportAudience;
import jp.kyodo.support.SupportCategory;
import jp.kyodo.support.SupportDtos.SupportProgramInput;
import jp.kyodo.support.SupportDtos.SupportProgramResponse;
import jp.kyodo.support.SupportKind;
import jp.kyodo.support.SupportProgram;
import jp.kyodo.support.amount.AmountRule;

/**
 * 支援策 — the programs of the catalogue. Anyone reads them (the catalogue is public); the office changes any, the
 * implementing section (DEPARTMENT) its own. A subsidy's or consignment's rule is checked as data before it is
 * stored ({@link AmountRule#problems()}); changing the rule or its figures' year recomputes the cases not yet decided.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportPrograms {

    /** The longest rule a program stores (its JSON). */
    static final int MAX_RULE_JSON = 20_000;

    static final Map<String, String> SORT = Map.of("name", "p.name", "section", "s.kana", "kind", "p.kind",
            "sortOrder", "p.sortOrder", "fiscalYear", "p.fiscalYear", "budgetYen", "p.budgetYen");

    @Inject
    jp.kyodo.department.service.DepartmentService departments;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    ObjectMapper json;

    @Inject
    GrantCases cases;

    @Inject
    Paperwork paperwork;

    public record Filter(Integer fiscalYear, Long sectionId, SupportKind kind, SupportCategory category,
            SupportAudience audience, String q) {
    }

    public Aggregate<SupportProgram> aggregate() {
        return Aggregate.<SupportProgram>of("SupportProgram", p -> p.id, p -> p.version, this::toResponse)
                .withState(this::auditState);
    }

    Map<String, Object> auditState(SupportProgram p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fiscalYear", p.fiscalYear);
        m.put("name", p.name);
        m.put("sectionId", p.sectionId);
        m.put("contactSectionId", p.contactSectionId);
        m.put("kind", p.kind);
        m.put("audience", p.audience);
        m.put("categories", p.categoryList());
        m.put("description", p.description);
        m.put("sortOrder", p.sortOrder);
        m.put("budgetYen", p.budgetYen);
        m.put("amountRule", p.amountRule);
        m.put("figuresYear", p.figuresYear);
        m.put("eligibleKinds", List.copyOf(p.eligibleKinds));
        m.put("documents", List.copyOf(p.documents));
        m.put("planDueOn", p.planDueOn);
        m.put("applicationDueOn", p.applicationDueOn);
        m.put("resultsDueOn", p.resultsDueOn);
        m.put("paperworkHours", p.paperworkHours);
        return m;
    }

    // ---- who ------------------------------------------------------------------------------------------

    public boolean canManage(SupportProgram p) {
        return currentUser.isOffice() || isSectionOf(p.sectionId);
    }

    boolean isSectionOf(long section) {
        return currentUser.isDepartment() && currentUser.sectionId() != null && currentUser.sectionId() == section;
    }

    void requireManage(long section) {
        if (!currentUser.isOffice() && !isSectionOf(section)) {
            throw ProblemException.forbidden("Only the office, or the implementing section itself, may change a section's programs");
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------

    public SupportProgram find(long id) {
        SupportProgram p = SupportProgram.findById(id);
        if (p == null) {
            throw ProblemException.notFound("SupportProgram", id);
        }
        return p;
    }

    public SupportProgramResponse get(long id) {
        return toResponse(find(id));
    }

    public Page<SupportProgramResponse> list(Filter f, PageParams page, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.fiscalYear() != null) {
            where.append(" and p.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (f.sectionId() != null) {
            where.append(" and p.sectionId = :section");
            params.put("section", f.sectionId());
        }
        if (f.kind() != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.audience() != null) {
            where.append(" and p.audience = :audience");
            params.put("audience", f.audience());
        }
        if (f.category() != null) {
            // one bit of the mask: (categories / bit) mod 2 = 1, which reads the same on H2 and PostgreSQL
            where.append(" and mod(p.categories / :bit, 2) = 1");
            params.put("bit", f.category().bit());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and p.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "p.updatedAt", "p.id");
        String order = k.orderBy(SortSpec.orderBy(page.sort, SORT, "sortOrder", "p.id"), "p.updatedAt", "p.id");
        String from = " from SupportProgram p, Section s" + where + " and s.id = p.sectionId";
        Page<SupportProgram> found = JpqlPage.of(em, "select count(p)" + from, "select p" + from + order,
                SupportProgram.class, params, page, k);
        Views views = views(found.items());
        return found.map(p -> toResponse(p, views));
    }

    /** What the responses of a page name besides the programs: section names, kinds and documents, in three statements. */
    record Views(Map<Long, String> sections, Map<Long, List<String>> kinds, Map<Long, List<String>> documents) {
    }

    Views views(Collection<SupportProgram> programs) {
        if (programs.isEmpty()) {
            return new Views(Map.of(), Map.of(), Map.of());
        }
        Set<Long> ids = programs.stream().map(p -> p.id).collect(Collectors.toSet());
        Set<Long> sectionIds = new TreeSet<>();
        programs.forEach(p -> {
            sectionIds.add(p.sectionId);
            if (p.contactSectionId != null) {
                sectionIds.add(p.contactSectionId);
            }
        });
        Map<Long, String> sections = sectionNames(sectionIds);
        Map<Long, List<String>> kinds = new HashMap<>();
        for (Object[] r : em.createQuery("select p.id, k from SupportProgram p join p.eligibleKinds k where p.id in :ids order by k",
                Object[].class).setParameter("ids", ids).getResultList()) {
            kinds.computeIfAbsent((Long) r[0], x -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, List<String>> documents = new HashMap<>();
        for (Object row : em.createNativeQuery("select program_id, name from support_program_document where program_id in (:ids) "
                + "order by program_id, position").setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            documents.computeIfAbsent(((Number) r[0]).longValue(), x -> new ArrayList<>()).add((String) r[1]);
        }
        return new Views(sections, kinds, documents);
    }

    public Map<Long, String> sectionNames(Collection<Long> ids) {
        return departments.sectionNames(ids);
    }

    public SupportProgramResponse toResponse(SupportProgram p) {
        return toResponse(p, new Views(sectionNames(p.contactSectionId == null ? Set.of(p.sectionId)
                : Set.of(p.sectionId, p.contactSectionId)), Map.of(p.id, List.copyOf(p.eligibleKinds)),
                Map.of(p.id, List.copyOf(p.documents))));
    }

    SupportProgramResponse toResponse(SupportProgram p, Views v) {
        return new SupportProgramResponse(p.id, p.fiscalYear, p.name, p.sectionId, v.sections().get(p.sectionId),
                p.contactSectionId, p.contactSectionId == null ? null : v.sections().get(p.contactSectionId), p.kind,
                p.audience, p.categoryList(), p.description, p.sortOrder, p.carriedFromId, p.budgetYen, rule(p),
                p.figuresYear, v.kinds().getOrDefault(p.id, List.of()), v.documents().getOrDefault(p.id, List.of()),
                p.planDueOn, p.applicationDueOn, p.resultsDueOn, p.paperworkHours, p.requestId, canManage(p), p.version,
                p.createdAt, p.updatedAt);
    }

    /** The program's rule, or null when it has none. */
    public AmountRule rule(SupportProgram p) {
        if (p.amountRule == null) {
            return null;
        }
        try {
            return json.readValue(p.amountRule, AmountRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored rule of program " + p.id + " cannot be read", e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------

    @Transactional
    public SupportProgramResponse create(SupportProgramInput body) {
        requireManage(body.sectionId());
        SupportProgram p = new SupportProgram();
        apply(p, body);
        requireUniqueName(p);
        paperwork.sync(p);
        return toResponse(writes.create(aggregate(), p));
    }

    @Transactional
    public SupportProgramResponse update(long id, SupportProgramInput body, String ifMatch) {
        SupportProgram p = find(id);
        requireManage(p.sectionId);
        requireManage(body.sectionId());
        if (body.fiscalYear() != p.fiscalYear) {
            throw ProblemException.invalid("fiscalYear", "a program stays in its edition; carry the edition over instead", "SameEdition");
        }
        if (!body.kind().granted() && p.kind.granted() && cases.exist(p.id)) {
            throw ProblemException.conflict("The program has cases of organizations; it stays a subsidy or consignment");
        }
        String ruleBefore = p.amountRule;
        Integer figuresBefore = p.figuresYear;
        writes.update(aggregate(), p, ifMatch, x -> {
            apply(x, body);
            requireUniqueName(x);
            paperwork.sync(x);
        });
        if (!Objects.equals(ruleBefore, p.amountRule) || !Objects.equals(figuresBefore, p.figuresYear)) {
            cases.recompute(p);
        }
        return toResponse(p);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        SupportProgram p = find(id);
        requireManage(p.sectionId);
        if (cases.exist(p.id)) {
            throw ProblemException.conflict("The program has cases of organizations and cannot be deleted");
        }
        jp.kyodo.common.web.Versions.check(ifMatch, p.version, () -> toResponse(p));
        em.createQuery("update SupportProgram p set p.carriedFromId = null where p.carriedFromId = :id")
                .setParameter("id", p.id).executeUpdate();
        paperwork.remove(p);
        writes.delete(aggregate(), p, ifMatch);
    }

    void requireUniqueName(SupportProgram p) {
        Long clash = em.createQuery("select count(p) from SupportProgram p where p.fiscalYear = :fy and p.sectionId = :s "
                        + "and p.name = :n and p.id <> :id", Long.class)
                .setParameter("fy", p.fiscalYear).setParameter("s", p.sectionId).setParameter("n", p.name)
                .setParameter("id", p.id == null ? -1L : p.id).getSingleResult();
        if (clash > 0) {
            throw ProblemException.conflict("The section already has a program named " + p.name + " in fiscal year " + p.fiscalYear);
        }
    }

    void apply(SupportProgram p, SupportProgramInput b) {
        List<FieldProblem> errors = new ArrayList<>();
        if (Section.findById(b.sectionId()) == null) {
            errors.add(new FieldProblem("sectionId", "no section has the id " + b.sectionId(), "Exists"));
        }
        if (b.contactSectionId() != null && Section.findById(b.contactSectionId()) == null) {
            errors.add(new FieldProblem("contactSectionId", "no section has the id " + b.contactSectionId(), "Exists"));
        }
        Set<String> kinds = new TreeSet<>(b.eligibleKinds() == null ? List.of() : b.eligibleKinds());
        if (b.eligibleKinds() != null && kinds.size() != b.eligibleKinds().size()) {
            errors.add(new FieldProblem("eligibleKinds", "names a kind twice", "Unique"));
        }
        for (String k : kinds) {
            if (OrganizationKind.findById(k) == null) {
                errors.add(new FieldProblem("eligibleKinds", "no organization kind has the code " + k, "Exists"));
            }
        }
        if (new TreeSet<>(b.categories()).size() != b.categories().size()) {
            errors.add(new FieldProblem("categories", "names a category twice", "Unique"));
        }
        String ruleJson = null;
        if (b.amountRule() != null) {
            if (!b.kind().granted()) {
                errors.add(new FieldProblem("amountRule", "only a subsidy or a consignment has an amount rule", "GrantedOnly"));
            } else {
                for (String problem : b.amountRule().problems()) {
                    int colon = problem.indexOf(": ");
                    errors.add(new FieldProblem("amountRule." + problem.substring(0, colon), problem.substring(colon + 2), "Rule"));
                }
                ruleJson = write(b.amountRule());
                if (ruleJson.length() > MAX_RULE_JSON) {
                    errors.add(new FieldProblem("amountRule", "is longer than " + MAX_RULE_JSON + " characters as JSON", "Size"));
                }
            }
        }
        if (!b.kind().granted()) {
            if (b.budgetYen() != null || !kinds.isEmpty() || b.planDueOn() != null || b.applicationDueOn() != null
                    || b.resultsDueOn() != null || b.figuresYear() != null || b.paperworkHours() != null
                    || (b.documents() != null && !b.documents().isEmpty())) {
                errors.add(new FieldProblem("kind", "only a subsidy or a consignment has terms (budget, eligible kinds, "
                        + "documents, deadlines, figures year, paperwork hours)", "GrantedOnly"));
            }
        }
        if (b.planDueOn() != null && b.applicationDueOn() != null && b.applicationDueOn().isBefore(b.planDueOn())) {
            errors.add(new FieldProblem("applicationDueOn", "must not be before the plan's deadline", "NotBeforePlan"));
        }
        if (b.resultsDueOn() != null && b.applicationDueOn() != null && b.resultsDueOn().isBefore(b.applicationDueOn())) {
            errors.add(new FieldProblem("resultsDueOn", "must not be before the application deadline", "NotBeforeApplication"));
        }
        if (b.paperworkHours() != null && b.paperworkHours().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldProblem("paperworkHours", "at most 2 decimal places", "Digits"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        p.fiscalYear = b.fiscalYear();
        p.name = b.name().strip();
        p.sectionId = b.sectionId();
        p.contactSectionId = b.contactSectionId();
        p.kind = b.kind();
        p.audience = b.audience();
        p.categories = SupportCategory.mask(b.categories());
        p.description = Strings.blankToNull(b.description());
        p.sortOrder = b.sortOrder() == null ? 0 : b.sortOrder();
        p.budgetYen = b.budgetYen();
        p.amountRule = ruleJson;
        p.figuresYear = b.kind().granted() ? (b.figuresYear() == null ? b.fiscalYear() : b.figuresYear()) : null;
        p.planDueOn = b.planDueOn();
        p.applicationDueOn = b.applicationDueOn();
        p.resultsDueOn = b.resultsDueOn();
        p.paperworkHours = b.paperworkHours() == null ? null : b.paperworkHours().setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (!p.eligibleKinds.equals(kinds)) {
            p.eligibleKinds.clear();
            p.eligibleKinds.addAll(kinds);
        }
        List<String> docs = b.documents() == null ? List.of() : b.documents().stream().map(String::strip).toList();
        if (!p.documents.equals(docs)) {
            p.documents.clear();
            p.documents.addAll(docs);
        }
        Section s = Section.findById(p.sectionId);
        p.searchKey = TextNormalizer.searchKey(p.name, p.description, s.name, s.kana);
    }

    String write(AmountRule rule) {
        try {
            return json.writerFor(AmountRule.class).writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hours of paperwork as a number, 0 when not stated. */
    static BigDecimal hours(SupportProgram p) {
        return p.paperworkHours == null ? BigDecimal.ZERO : p.paperworkHours;
    }
}
