package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.support.SupportAudience;
import jp.kyodo.support.SupportCategory;
import jp.kyodo.support.SupportDtos.CarryOverResult;
import jp.kyodo.support.SupportDtos.CatalogCell;
import jp.kyodo.support.SupportDtos.CatalogEntry;
import jp.kyodo.support.SupportDtos.CatalogMatrix;
import jp.kyodo.support.SupportDtos.CatalogRow;
import jp.kyodo.support.SupportDtos.EditionChange;
import jp.kyodo.support.SupportDtos.EditionChanges;
import jp.kyodo.support.SupportDtos.FieldChange;
import jp.kyodo.support.SupportProgram;

/**
 * 市の基本施策に対応する事業一覧 — an edition of the catalogue as the printed matrix (implementing sections as rows in
 * the city's section order, the seven categories as columns), its carry-over into the next fiscal year and the changes
 * between two editions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportCatalog {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    SupportPrograms programs;

    @Inject
    Paperwork paperwork;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The edition's programs in print order: by section (the city's order), then sort order and name. */
    public List<SupportProgram> edition(int fiscalYear) {
        return em.createQuery("select p from SupportProgram p, Section s where s.id = p.sectionId and p.fiscalYear = :fy "
                + "order by s.sortOrder, s.kana, s.id, p.sortOrder, p.id", SupportProgram.class)
                .setParameter("fy", fiscalYear).getResultList();
    }

    public CatalogMatrix matrix(int fiscalYear) {
        List<SupportProgram> all = edition(fiscalYear);
        Map<Long, String> sections = programs.sectionNames(all.stream().map(p -> p.sectionId).toList());
        Map<Long, List<SupportProgram>> bySection = new LinkedHashMap<>();
        all.forEach(p -> bySection.computeIfAbsent(p.sectionId, x -> new ArrayList<>()).add(p));
        List<CatalogRow> rows = new ArrayList<>();
        bySection.forEach((section, list) -> {
            List<CatalogCell> cells = new ArrayList<>();
            for (SupportCategory c : SupportCategory.values()) {
                cells.add(new CatalogCell(c, list.stream().filter(p -> (p.categories & c.bit()) != 0)
                        .map(p -> new CatalogEntry(p.id, p.name, p.kind)).toList()));
            }
            List<SupportAudience> audiences = new ArrayList<>(new TreeSet<>(list.stream().map(p -> p.audience).toList()));
            rows.add(new CatalogRow(section, sections.get(section), audiences, cells));
        });
        return new CatalogMatrix(fiscalYear, Arrays.asList(SupportCategory.values()), rows, all.size());
    }

    /**
     * Copies the edition of {@code fiscalYear} into the next year: each program not yet carried (and with no program of
     * the same section and name there) becomes a new program remembering where it came from, deadlines moved by a
     * year, the figures' year too. Who may: the office (every program).
     */
    @Transactional
    public CarryOverResult carryOver(int fiscalYear) {
        if (!currentUser.isOffice()) {
            throw ProblemException.forbidden("Only the office carries the catalogue over");
        }
        int next = fiscalYear + 1;
        List<SupportProgram> from = edition(fiscalYear);
        if (from.isEmpty()) {
            throw ProblemException.invalid("fiscalYear", "the catalogue has no program in fiscal year " + fiscalYear, "NotEmpty");
        }
        List<SupportProgram> there = edition(next);
        var carried = new java.util.HashSet<Long>();
        var names = new java.util.HashSet<String>();
        there.forEach(p -> {
            if (p.carriedFromId != null) {
                carried.add(p.carriedFromId);
            }
            names.add(p.sectionId + "|" + p.name);
        });
        int made = 0;
        int skipped = 0;
        for (SupportProgram p : from) {
            if (carried.contains(p.id) || names.contains(p.sectionId + "|" + p.name)) {
                skipped++;
                continue;
            }
            SupportProgram c = new SupportProgram();
            c.fiscalYear = next;
            c.name = p.name;
            c.sectionId = p.sectionId;
            c.contactSectionId = p.contactSectionId;
            c.kind = p.kind;
            c.audience = p.audience;
            c.categories = p.categories;
            c.description = p.description;
            c.sortOrder = p.sortOrder;
            c.carriedFromId = p.id;
            c.budgetYen = p.budgetYen;
            c.amountRule = p.amountRule;
            c.figuresYear = p.figuresYear == null ? null : p.figuresYear + 1;
            c.planDueOn = p.planDueOn == null ? null : p.planDueOn.plusYears(1);
            c.applicationDueOn = p.applicationDueOn == null ? null : p.applicationDueOn.plusYears(1);
            c.resultsDueOn = p.resultsDueOn == null ? null : p.resultsDueOn.plusYears(1);
            c.paperworkHours = p.paperworkHours;
            c.eligibleKinds.addAll(p.eligibleKinds);
            c.documents.addAll(p.documents);
            c.searchKey = p.searchKey;
            paperwork.sync(c);
            writes.create(programs.aggregate(), c);
            made++;
        }
        return new CarryOverResult(next, made, skipped);
    }

    /** The edition against the previous year's: programs added, removed, changed (field by field) and unchanged. */
    public EditionChanges changes(int fiscalYear) {
        List<SupportProgram> now = edition(fiscalYear);
        List<SupportProgram> before = edition(fiscalYear - 1);
        Map<Long, SupportProgram> beforeById = new HashMap<>();
        Map<String, SupportProgram> beforeByName = new HashMap<>();
        before.forEach(p -> {
            beforeById.put(p.id, p);
            beforeByName.put(p.sectionId + "|" + p.name, p);
        });
        List<EditionChange> out = new ArrayList<>();
        var matched = new java.util.HashSet<Long>();
        for (SupportProgram p : now) {
            SupportProgram prev = p.carriedFromId != null ? beforeById.get(p.carriedFromId) : null;
            if (prev == null) {
                prev = beforeByName.get(p.sectionId + "|" + p.name);
            }
            if (prev == null || matched.contains(prev.id)) {
                out.add(new EditionChange("ADDED", p.id, null, p.name, List.of()));
                continue;
            }
            matched.add(prev.id);
            List<FieldChange> fields = diff(prev, p);
            out.add(new EditionChange(fields.isEmpty() ? "UNCHANGED" : "CHANGED", p.id, prev.id, p.name, fields));
        }
        for (SupportProgram prev : before) {
            if (!matched.contains(prev.id)) {
                out.add(new EditionChange("REMOVED", null, prev.id, prev.name, List.of()));
            }
        }
        return new EditionChanges(fiscalYear, fiscalYear - 1, out);
    }

    /** The fields a reader of the catalogue cares about; deadlines and the figures' year compare a year apart. */
    List<FieldChange> diff(SupportProgram a, SupportProgram b) {
        Map<String, Object[]> f = new LinkedHashMap<>();
        f.put("name", new Object[] {a.name, b.name});
        f.put("sectionId", new Object[] {a.sectionId, b.sectionId});
        f.put("contactSectionId", new Object[] {a.contactSectionId, b.contactSectionId});
        f.put("kind", new Object[] {a.kind, b.kind});
        f.put("audience", new Object[] {a.audience, b.audience});
        f.put("categories", new Object[] {SupportCategory.of(a.categories), SupportCategory.of(b.categories)});
        f.put("description", new Object[] {a.description, b.description});
        f.put("budgetYen", new Object[] {a.budgetYen, b.budgetYen});
        f.put("amountRule", new Object[] {a.amountRule, b.amountRule});
        f.put("eligibleKinds", new Object[] {new TreeSet<>(a.eligibleKinds), new TreeSet<>(b.eligibleKinds)});
        f.put("documents", new Object[] {List.copyOf(a.documents), List.copyOf(b.documents)});
        f.put("paperworkHours", new Object[] {a.paperworkHours == null ? null : a.paperworkHours.stripTrailingZeros(),
                b.paperworkHours == null ? null : b.paperworkHours.stripTrailingZeros()});
        f.put("planDueOn", new Object[] {a.planDueOn == null ? null : a.planDueOn.plusYears(1), b.planDueOn});
        f.put("applicationDueOn", new Object[] {a.applicationDueOn == null ? null : a.applicationDueOn.plusYears(1), b.applicationDueOn});
        f.put("resultsDueOn", new Object[] {a.resultsDueOn == null ? null : a.resultsDueOn.plusYears(1), b.resultsDueOn});
        List<FieldChange> out = new ArrayList<>();
        f.forEach((name, v) -> {
            if (!Objects.equals(v[0], v[1])) {
                String before = name.endsWith("DueOn") ? Objects.toString(name.equals("planDueOn") ? a.planDueOn
                        : name.equals("applicationDueOn") ? a.applicationDueOn : a.resultsDueOn, null) : text(v[0]);
                out.add(new FieldChange(name, before, text(v[1])));
            }
        });
        return out;
    }

    /** A value as the changes show it: lists as JSON arrays (a document's name may hold a comma), others as text. */
    String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.util.Collection<?> c) {
            try {
                return json.writeValueAsString(c.stream().map(Object::toString).toList());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return o.toString();
    }
}
