package jp.kyodo.organization.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationMoved;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationPlaced;
import jp.kyodo.organization.OrganizationPlaced.Placement;
import jp.kyodo.organization.OrganizationSubKind;
import jp.kyodo.organization.service.OrganizationRules;
import jp.kyodo.organization.service.OrganizationService;
import jp.kyodo.organization.transfer.OrganizationRows.Draft;
import jp.kyodo.organization.transfer.OrganizationRows.Kinds;
import jp.kyodo.ward.Ward;

/**
 * 地域団体の取込 — organizations by code. The rules are those of OrganizationRequest and
 * OrganizationService (kind and sub-kind exist, a district for district-scoped kinds, the parent exists, is in
 * the same district and makes no cycle, 認可日 only for an authorized corporation, no founding date in the
 * future), checked against the stored registry and the other rows of the file together: a parent may be a
 * row listed earlier or later. Contacts (personal data) are not part of the file and are never changed.
 */
@ApplicationScoped
class OrganizationImporter implements Importer<OrganizationImporter.State> {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    OrganizationService organizations;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Writes writes;

    @Inject
    Event<OrganizationMoved> moved;

    /**
     * What a valid row stores. The parent by code: another row of the file, or a stored organization
     * ({@code storedParentId} then holds its id).
     */
    record State(Organization existing, String code, String kind, String subKind, String name, String kana,
            District district, Ward ward, String parentCode, Long storedParentId, LocalDate foundedOn,
            boolean legalEntity,
            LocalDate legalEntitySince, boolean publishesAssemblyDocuments, boolean publishesAccounts) {
    }

    /** Every stored organization as id, code, parent and district: enough to check parents and cycles. */
    private record Node(long id, String code, Long parentId, Long districtId) {
    }

    @Override
    public DatasetSpec dataset() {
        return OrganizationDataset.SPEC;
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> districtCodes = new LinkedHashSet<>();
        Set<String> wardCodes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(codes, r.text("code"));
            Bulk.add(districtCodes, r.text("districtCode"));
            Bulk.add(wardCodes, r.text("wardCode"));
        }
        Map<String, Organization> stored = Bulk.byKey(codes, keys -> em.createQuery(
                "select o from Organization o left join fetch o.district left join fetch o.ward"
                        + " left join fetch o.parent where o.code in :keys", Organization.class)
                .setParameter("keys", keys).getResultList(), o -> o.code);
        Map<String, District> districts = Bulk.byKey(districtCodes, keys -> em.createQuery(
                "from District d where d.code in :keys", District.class).setParameter("keys", keys)
                .getResultList(), d -> d.code);
        Map<String, Ward> wards = Bulk.byKey(wardCodes, keys -> em.createQuery(
                "from Ward w where w.code in :keys", Ward.class).setParameter("keys", keys).getResultList(),
                w -> w.code);
        Map<String, Node> nodes = new HashMap<>();
        Map<Long, Node> nodesById = new HashMap<>();
        for (Object[] t : em.createQuery("select o.id, o.code, p.id, d.id from Organization o"
                + " left join o.parent p left join o.district d", Object[].class).getResultList()) {
            Node n = new Node((Long) t[0], (String) t[1], (Long) t[2], (Long) t[3]);
            nodes.put(n.code(), n);
            nodesById.put(n.id(), n);
        }
        Kinds kinds = new Kinds(OrganizationKind.listAll(), OrganizationSubKind.listAll());

        // 1. each row on its own
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Draft> byCode = new HashMap<>();
        List<Draft> drafts = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String code = r.text("code");
            if (code == null) {
                r.error("code", "must not be blank", "NotBlank");
            } else {
                Integer first = firstRow.putIfAbsent(code, r.number());
                if (first != null) {
                    r.error("code", "the same code is already in row " + first, "Duplicate");
                }
            }
            Draft x = new Draft(r, code, code == null ? null : stored.get(code));
            if (code != null) {
                r.expectVersion(x.stored == null ? null : x.stored.version);
            }
            if (code != null) {
                byCode.putIfAbsent(code, x);
            }
            OrganizationRows.read(validator, x, districts, wards, kinds, java.time.LocalDate.now(clock));
            drafts.add(x);
        }

        // 2. parents: stored or in the file, in the same district, and no cycles through the new tree
        for (Draft x : drafts) {
            if (x.parentCode == null || x.row.hasError("parentCode")) {
                continue;
            }
            Draft parentRow = byCode.get(x.parentCode);
            Node parentNode = nodes.get(x.parentCode);
            if (parentRow == null && parentNode == null) {
                x.row.error("parentCode", "no organization has the code '" + x.parentCode
                        + "', neither stored nor in this file", "Exists");
                continue;
            }
            if (x.parentCode.equals(x.code)) {
                x.row.error("parentCode", "an organization cannot be its own parent", "Cycle");
                continue;
            }
            Long parentDistrict = parentRow != null
                    ? (parentRow.district == null ? null : parentRow.district.id)
                    : parentNode.districtId();
            boolean parentDistrictKnown = parentRow == null || !parentRow.row.hasError("districtCode");
            if (parentDistrictKnown && OrganizationRows.problem(x.row, OrganizationRules.sameDistrict(parentDistrict,
                    x.district == null ? null : x.district.id))) {
                continue;
            }
            OrganizationRows.problem(x.row, OrganizationRules.cycle(inCycle(x, byCode, nodes, nodesById)));
        }

        // 3. the action of each valid row
        List<Planned<State>> plan = new ArrayList<>(drafts.size());
        for (Draft x : drafts) {
            if (x.row.hasErrors()) {
                plan.add(Planned.invalid(x.row, x.code));
                continue;
            }
            Long storedParentId = x.parentCode == null || byCode.containsKey(x.parentCode) ? null
                    : nodes.get(x.parentCode).id();
            State s = new State(x.stored, x.code, x.kind, x.subKind, x.name.strip(), TextNormalizer.reading(x.kana),
                    x.district, x.ward, x.parentCode, storedParentId, x.foundedOn, x.legalEntity, x.legalEntitySince,
                    x.publishesAssemblyDocuments, x.publishesAccounts);
            plan.add(Planned.of(x.row, x.code, x.stored != null, x.stored == null ? List.of() : changes(x.stored, s),
                    s));
        }
        return plan;
    }

    /**
     * A row whose parent is another row of the file needs that row saved: it was checked (district, cycles)
     * against that row's values. Through the chain of parents this covers every row the cycle check walked.
     */
    @Override
    public Dependency dependsOn(State s) {
        return s.parentCode() == null ? null : new Dependency("parentCode", s.parentCode());
    }

    /** Whether following parents upward from the row's new parent leads back to the row. */
    private static boolean inCycle(Draft x, Map<String, Draft> byCode, Map<String, Node> nodes,
            Map<Long, Node> nodesById) {
        Set<String> seen = new HashSet<>();
        String current = x.parentCode;
        while (current != null && seen.add(current)) {
            if (current.equals(x.code)) {
                return true;
            }
            Draft inFile = byCode.get(current);
            if (inFile != null) {
                current = inFile.parentCode;
            } else {
                Node n = nodes.get(current);
                Node parent = n == null || n.parentId() == null ? null : nodesById.get(n.parentId());
                current = parent == null ? null : parent.code();
            }
        }
        return false;
    }

    private static List<String> changes(Organization o, State s) {
        List<String> changed = new ArrayList<>();
        diff(changed, "kind", o.kindCode, s.kind());
        diff(changed, "subKind", o.subKindCode, s.subKind());
        diff(changed, "name", o.name, s.name());
        diff(changed, "kana", o.kana, s.kana());
        diff(changed, "districtCode", o.districtId(), s.district() == null ? null : s.district().id);
        diff(changed, "wardCode", o.ward == null ? null : o.ward.id, s.ward() == null ? null : s.ward().id);
        diff(changed, "parentCode", o.parent == null ? null : o.parent.code, s.parentCode());
        diff(changed, "foundedOn", o.foundedOn, s.foundedOn());
        diff(changed, "legalEntity", o.legalEntity, s.legalEntity());
        diff(changed, "legalEntitySince", o.legalEntitySince, s.legalEntitySince());
        diff(changed, "publishesAssemblyDocuments", o.publishesAssemblyDocuments, s.publishesAssemblyDocuments());
        diff(changed, "publishesAccounts", o.publishesAccounts, s.publishesAccounts());
        return changed;
    }

    private static void diff(List<String> changed, String column, Object stored, Object imported) {
        if (!Objects.equals(stored, imported)) {
            changed.add(column);
        }
    }

    /**
     * Saves parents before their children, so that every new organization is inserted once with its parent
     * already in place; each changed row through the one write path, so its history reads as an API edit.
     */
    @Override
    public void apply(List<Planned<State>> plan) {
        Map<String, State> inFile = new HashMap<>();
        Map<String, Organization> entities = new HashMap<>();
        for (Planned<State> p : plan) {
            inFile.put(p.key(), p.state());
            if (p.state().existing() != null) {
                entities.put(p.key(), p.state().existing());
            }
        }
        Map<String, Integer> depths = new HashMap<>();
        List<Planned<State>> ordered = plan.stream().filter(Planned::changes)
                .sorted(Comparator.comparingInt(p -> depth(p.key(), inFile, depths)))
                .collect(Collectors.toList());
        // the kept receiver counts and burden move once for the whole file, by the net difference per place
        List<OrganizationPlaced> placed = new ArrayList<>();
        for (Planned<State> p : ordered) {
            State s = p.state();
            if (s.existing() != null) {
                Placement before = Placement.of(s.existing());
                Long from = s.existing().districtId();
                Organization o = writes.update(OrganizationService.ORGANIZATION, s.existing(), x -> fill(x, s, entities));
                placed.add(new OrganizationPlaced(before, Placement.of(o)));
                OrganizationService.firedIfMoved(moved, o.id, from, o.districtId());
            } else {
                Organization o = new Organization();
                fill(o, s, entities);
                writes.create(OrganizationService.ORGANIZATION, o);
                placed.add(new OrganizationPlaced(null, Placement.of(o)));
                entities.put(o.code, o);
            }
        }
        organizations.firePlaced(placed);
    }

    private void fill(Organization o, State s, Map<String, Organization> entities) {
        o.code = s.code();
        o.kindCode = s.kind();
        o.subKindCode = s.subKind();
        o.name = s.name();
        o.kana = s.kana();
        o.district = s.district();
        o.ward = s.ward();
        o.parent = s.parentCode() == null ? null
                : entities.containsKey(s.parentCode()) ? entities.get(s.parentCode())
                : em.getReference(Organization.class, s.storedParentId());
        o.foundedOn = s.foundedOn();
        o.legalEntity = s.legalEntity();
        o.legalEntitySince = s.legalEntitySince();
        o.publishesAssemblyDocuments = s.publishesAssemblyDocuments();
        o.publishesAccounts = s.publishesAccounts();
        o.searchKey = TextNormalizer.searchKey(o.name, o.kana, o.code);
    }

    /** Number of ancestors within the file (the plan has no cycles). */
    private static int depth(String code, Map<String, State> inFile, Map<String, Integer> memo) {
        Integer known = memo.get(code);
        if (known != null) {
            return known;
        }
        State s = inFile.get(code);
        int d = s == null || s.parentCode() == null || !inFile.containsKey(s.parentCode()) ? 0
                : 1 + depth(s.parentCode(), inFile, memo);
        memo.put(code, d);
        return d;
    }
}
