package jp.kyodo.support.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.department.Section;
import jp.kyodo.support.SupportAudience;
import jp.kyodo.support.SupportCategory;
import jp.kyodo.support.SupportKind;
import jp.kyodo.support.SupportProgram;
import jp.kyodo.support.service.SupportPrograms;

/**
 * 支援策一覧の取込 — the catalogue matrix by (edition, section code, name): a new name adds a program, an existing one
 * has its kind, audience, columns, description and print order updated through the programs' one write path. A
 * program with terms (budget, rule, deadlines, paperwork) stays a subsidy or consignment: its terms are edited on it.
 */
@ApplicationScoped
class SupportProgramImporter implements Importer<SupportProgramImporter.State> {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    SupportPrograms programs;

    record State(SupportProgram existing, int fiscalYear, Section section, String name, SupportKind kind, SupportAudience audience,
            int categories, String description, int sortOrder) {
    }

    @Override
    public DatasetSpec dataset() {
        return SupportProgramDataset.SPEC;
    }

    static String key(Integer fy, String sectionCode, String name) {
        return fy + "/" + sectionCode + "/" + TextNormalizer.fold(name);
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(codes, r.text("sectionCode"));
        }
        Map<String, Section> sections = Bulk.byKey(codes, keys -> em.createQuery("from Section s where s.code in :keys", Section.class)
                .setParameter("keys", keys).getResultList(), s -> s.code);
        Map<Long, Section> sectionById = new HashMap<>();
        sections.values().forEach(s -> sectionById.put(s.id, s));
        Map<String, SupportProgram> stored = new HashMap<>();
        if (!sectionById.isEmpty()) {
            for (SupportProgram p : em.createQuery("from SupportProgram p where p.sectionId in :ids", SupportProgram.class)
                    .setParameter("ids", sectionById.keySet()).getResultList()) {
                stored.put(key(p.fiscalYear, sectionById.get(p.sectionId).code, p.name), p);
            }
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            Integer fy = r.integer("fiscalYear");
            String code = r.text("sectionCode");
            String name = r.text("name");
            if (fy == null && !r.hasError("fiscalYear")) {
                r.error("fiscalYear", "must not be blank", "NotNull");
            } else if (fy != null && (fy < 2000 || fy > 2100)) {
                r.error("fiscalYear", "must be between 2000 and 2100", "Range");
                fy = null;
            }
            if (code == null) {
                r.error("sectionCode", "must not be blank", "NotBlank");
            }
            if (name == null) {
                r.error("name", "must not be blank", "NotBlank");
            } else if (name.length() > 200) {
                r.error("name", "at most 200 characters", "Size");
            }
            Section section = code == null ? null : sections.get(code);
            if (code != null && section == null) {
                r.error("sectionCode", "no section has the code '" + code + "'", "Exists");
            }
            String key = fy == null || code == null || name == null ? null : key(fy, code, name);
            if (key != null) {
                Integer first = firstRow.putIfAbsent(key, r.number());
                if (first != null) {
                    r.error(null, "the same edition, section and name are already in row " + first, "Duplicate");
                }
            }
            SupportProgram p = key == null ? null : stored.get(key);
            if (p != null) {
                r.expectVersion(p.version);
            } else if (key != null) {
                r.expectVersion(null);
            }
            SupportKind kind = r.has("kind") ? enumOf(r, "kind", SupportKind.class) : p == null ? null : p.kind;
            SupportAudience audience = r.has("audience") ? enumOf(r, "audience", SupportAudience.class) : p == null ? null : p.audience;
            if (kind == null && !r.hasError("kind")) {
                r.error("kind", "must not be blank", "NotNull");
            }
            if (audience == null && !r.hasError("audience")) {
                r.error("audience", "must not be blank", "NotNull");
            }
            int mask = 0;
            for (int i = 0; i < SupportProgramDataset.CATEGORY_COLUMNS.size(); i++) {
                String column = SupportProgramDataset.CATEGORY_COLUMNS.get(i);
                SupportCategory c = SupportCategory.values()[i];
                boolean on = r.has(column) ? r.bool(column) : p != null && (p.categories & c.bit()) != 0;
                mask |= on ? c.bit() : 0;
            }
            if (mask == 0 && !SupportProgramDataset.CATEGORY_COLUMNS.stream().anyMatch(r::hasError)) {
                r.error("humanResources", "a program sits in at least one of the seven columns", "NotEmpty");
            }
            String description = r.has("description") ? r.text("description") : p == null ? null : p.description;
            if (description != null && description.length() > 4000) {
                r.error("description", "at most 4000 characters", "Size");
            }
            Integer sortOrder = r.has("sortOrder") ? r.integer("sortOrder") : p == null ? null : p.sortOrder;
            if (sortOrder != null && (sortOrder < 0 || sortOrder > 100000)) {
                r.error("sortOrder", "between 0 and 100000", "Range");
            }
            if (p != null && kind != null && kind != p.kind && !kind.granted() && hasTerms(p)) {
                r.error("kind", "the program has the terms of a " + p.kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " (budget, rule, deadlines or paperwork): change its kind on the program", "Terms");
            }
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            int order = sortOrder == null ? 0 : sortOrder;
            State s = new State(p, fy, section, name, kind, audience, mask, description, order);
            List<String> changed = new ArrayList<>();
            if (p != null) {
                if (p.kind != kind) {
                    changed.add("kind");
                }
                if (p.audience != audience) {
                    changed.add("audience");
                }
                if (p.categories != mask) {
                    changed.add("categories");
                }
                if (!Objects.equals(p.description, description)) {
                    changed.add("description");
                }
                if (p.sortOrder != order) {
                    changed.add("sortOrder");
                }
            }
            plan.add(Planned.of(r, key, p != null, changed, s));
        }
        return plan;
    }

    static boolean hasTerms(SupportProgram p) {
        return p.amountRule != null || p.budgetYen != null || p.paperworkHours != null || p.applicationDueOn != null
                || p.planDueOn != null || p.resultsDueOn != null;
    }

    static <E extends Enum<E>> E enumOf(ImportRow r, String column, Class<E> type) {
        String v = r.text(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            r.error(column, "one of " + java.util.Arrays.toString(type.getEnumConstants()), "OneOf");
            return null;
        }
    }

    @Override
    public void apply(List<Planned<State>> plan) {
        ImportWrites.apply(writes, programs.aggregate(), plan, State::existing, s -> {
            SupportProgram p = new SupportProgram();
            p.fiscalYear = s.fiscalYear();
            p.sectionId = s.section().id;
            p.name = s.name();
            return p;
        }, (p, s) -> {
            p.kind = s.kind();
            p.audience = s.audience();
            p.categories = s.categories();
            p.description = s.description();
            p.sortOrder = s.sortOrder();
            p.searchKey = TextNormalizer.searchKey(p.name, p.description, s.section().name, s.section().kana);
        });
    }
}
