package jp.kyodo.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.kyodo.common.persistence.NoAutoFlush;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.membership.AreaCountMethod;
import jp.kyodo.membership.MembershipDtos.FigureRequest;
import jp.kyodo.membership.MembershipFigure;
import jp.kyodo.membership.service.MembershipService;
import jp.kyodo.membership.service.MembershipTotals;
import jp.kyodo.organization.Organization;

/**
 * 加入世帯数の取込 — figures by (organization code, fiscal year). The rules are those of FigureRequest and
 * MembershipService.problems: a valid year, an organization whose kind keeps membership (neighborhood
 * associations), member households not above households.
 */
@ApplicationScoped
class MembershipFigureImporter implements Importer<MembershipFigureImporter.State> {

    private static final Map<String, String> COLUMNS = Map.of("organizationId", "organizationCode");

    /** The methods by their labels (what labels=ja exports) and the other words offices use for them. */
    private static final Map<String, AreaCountMethod> METHODS = methods();

    private static Map<String, AreaCountMethod> methods() {
        Map<String, AreaCountMethod> m = new java.util.HashMap<>();
        for (AreaCountMethod a : AreaCountMethod.values()) {
            m.put(TextNormalizer.fold(a.labelJa), a);
        }
        m.put(TextNormalizer.fold("自治会の独自集計"), AreaCountMethod.OWN_COUNT);
        m.put(TextNormalizer.fold("調査"), AreaCountMethod.SURVEY);
        return Map.copyOf(m);
    }

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Writes writes;

    @Inject
    MembershipTotals totals;

    record State(MembershipFigure existing, Organization organization, int fiscalYear, int households,
            int memberHouseholds, AreaCountMethod areaCountMethod, String source, String note) {
    }

    @Override
    public DatasetSpec dataset() {
        return MembershipFigureDataset.SPEC;
    }

    static String key(String organizationCode, Integer fiscalYear) {
        return organizationCode + "/" + (fiscalYear == null ? "" : fiscalYear);
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(codes, r.text("organizationCode"));
        }
        // read-only: the import changes figures, never organizations, so the flush need not check them
        Map<String, Organization> organizations = Bulk.byKey(codes, keys -> em.createQuery(
                "from Organization o where o.code in :keys", Organization.class).setParameter("keys", keys)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList(), o -> o.code);
        Map<String, MembershipFigure> stored = Bulk.byKey(codes, keys -> em.createQuery(
                "select m from MembershipFigure m join fetch m.organization o where o.code in :keys",
                MembershipFigure.class).setParameter("keys", keys).getResultList(),
                m -> key(m.organization.code, m.fiscalYear));

        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String code = r.text("organizationCode");
            Integer fy = r.integer("fiscalYear");
            if (code == null) {
                r.error("organizationCode", "must not be blank", "NotBlank");
            }
            if (fy == null && !r.hasError("fiscalYear")) {
                r.error("fiscalYear", "must not be blank", "NotNull");
            }
            String key = code == null ? null : key(code, fy);
            if (code != null && fy != null) {
                Integer first = firstRow.putIfAbsent(key, r.number());
                if (first != null) {
                    r.error(null, "the same organization and fiscal year are already in row " + first, "Duplicate");
                }
            }
            Organization o = code == null ? null : organizations.get(code);
            if (code != null && o == null) {
                r.error("organizationCode", "no organization has the code '" + code + "'", "Exists");
            }
            MembershipFigure m = key == null ? null : stored.get(key);
            if (o != null && fy != null) {
                r.expectVersion(m == null ? null : m.version);
            }
            Integer households = r.has("households") ? r.integer("households") : m == null ? null : m.households;
            Integer members = r.has("memberHouseholds") ? r.integer("memberHouseholds")
                    : m == null ? null : m.memberHouseholds;
            AreaCountMethod method = m == null ? null : m.areaCountMethod;
            if (r.has("areaCountMethod")) {
                method = method(r, r.text("areaCountMethod"));
            }
            String source = r.has("source") ? r.text("source") : m == null ? null : m.source;
            String note = r.has("note") ? r.text("note") : m == null ? null : m.note;
            r.violations(validator.validate(new FigureRequest(households, members, method, source, note, null)), COLUMNS);
            if (fy != null) {
                r.problems(MembershipService.problems(o, fy, households, members), COLUMNS);
            }
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            State s = new State(m, o, fy, households, members, method, Strings.blankToNull(source),
                    Strings.blankToNull(note));
            plan.add(Planned.of(r, key, m != null, m == null ? List.of() : changes(m, s), s));
        }
        return plan;
    }

    private static AreaCountMethod method(ImportRow r, String text) {
        if (text == null) {
            return null;
        }
        try {
            return AreaCountMethod.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            AreaCountMethod m = METHODS.get(TextNormalizer.fold(text));
            if (m == null) {
                r.error("areaCountMethod", "must be RESIDENT_REGISTRY (住民基本台帳), OWN_COUNT (独自集計) or SURVEY (実態調査)",
                        "Enum");
            }
            return m;
        }
    }

    private static List<String> changes(MembershipFigure m, State s) {
        List<String> changed = new ArrayList<>();
        if (m.households != s.households()) {
            changed.add("households");
        }
        if (m.memberHouseholds != s.memberHouseholds()) {
            changed.add("memberHouseholds");
        }
        if (m.areaCountMethod != s.areaCountMethod()) {
            changed.add("areaCountMethod");
        }
        if (!Objects.equals(m.source, s.source())) {
            changed.add("source");
        }
        if (!Objects.equals(m.note, s.note())) {
            changed.add("note");
        }
        return changed;
    }

    /**
     * Each changed row through the one write path, so its history reads as an edit through the API; the kept totals
     * move by the file's changes summed per district and year, one statement per kept row.
     */
    @Override
    public void apply(List<Planned<State>> plan) {
        List<State> changed = plan.stream().filter(Planned::changes).map(Planned::state).toList();
        // nothing is changed yet: the lock queries need no auto-flush (each would check the 20,000 records read)
        Map<Long, MembershipTotals.Place> places = NoAutoFlush.call(em,
                () -> totals.lockPlaces(changed.stream().map(s -> s.organization().id).toList()));
        MembershipTotals.Deltas deltas = totals.deltas();
        for (State s : changed) {
            MembershipFigure m = s.existing();
            deltas.add(places.get(s.organization().id), s.fiscalYear(), m == null ? 1 : 0,
                    s.households() - (m == null ? 0 : m.households), s.memberHouseholds() - (m == null ? 0 : m.memberHouseholds));
        }
        ImportWrites.apply(writes, MembershipService.FIGURE, plan, State::existing, s -> {
            MembershipFigure m = new MembershipFigure();
            m.organization = s.organization();
            m.fiscalYear = s.fiscalYear();
            return m;
        }, MembershipFigureImporter::fill);
        totals.apply(deltas);
    }

    private static void fill(MembershipFigure m, State s) {
        MembershipService.fill(m, s.households(), s.memberHouseholds(), s.areaCountMethod(), s.source(), s.note());
    }
}
