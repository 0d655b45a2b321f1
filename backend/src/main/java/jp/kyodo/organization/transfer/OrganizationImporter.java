package jp.kyodo.organization.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.common.transfer.TransferDtos.Action;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDtos.OrganizationRequest;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationSubKind;
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

    private static final Map<String, String> COLUMNS = Map.of("districtId", "districtCode", "wardId", "wardCode",
            "parentId", "parentCode");

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditService audit;

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

    /** A row as read, before its parent is checked against the whole file. */
    private static final class Draft {
        final ImportRow row;
        final String code;
        final Organization stored;
        String kind;
        OrganizationKind kindRef;
        String subKind;
        String name;
        String kana;
        District district;
        Ward ward;
        String parentCode;
        LocalDate foundedOn;
        boolean legalEntity;
        LocalDate legalEntitySince;
        boolean publishesAssemblyDocuments;
        boolean publishesAccounts;

        Draft(ImportRow row, String code, Organization stored) {
            this.row = row;
            this.code = code;
            this.stored = stored;
        }
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
                byCode.putIfAbsent(code, x);
            }
            read(x, districts, wards, kinds);
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
            if (parentDistrictKnown && x.district != null && parentDistrict != null
                    && !Objects.equals(parentDistrict, x.district.id)) {
                x.row.error("parentCode", "belongs to another district", "SameDistrict");
                continue;
            }
            if (inCycle(x, byCode, nodes, nodesById)) {
                x.row.error("parentCode", "would make a cycle", "Cycle");
            }
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

    /** Reads the row's cells; a column the file leaves out keeps the stored value. */
    private void read(Draft x, Map<String, District> districts, Map<String, Ward> wards, Kinds kinds) {
        ImportRow r = x.row;
        Organization o = x.stored;
        String kindText = r.has("kind") ? r.text("kind") : o == null ? null : o.kindCode;
        x.kindRef = kinds.kind(kindText);
        x.kind = x.kindRef == null ? kindText : x.kindRef.code;
        if (kindText != null && x.kindRef == null) {
            r.error("kind", "no organization kind '" + kindText + "'; use one of " + kinds.codes(), "Exists");
        }
        String subText = r.has("subKind") ? r.text("subKind") : o == null ? null : o.subKindCode;
        if (subText != null && x.kindRef != null) {
            OrganizationSubKind sub = kinds.subKind(x.kindRef.code, subText);
            if (sub == null) {
                r.error("subKind", "not a sub-kind of " + x.kindRef.code, "Exists");
            } else {
                x.subKind = sub.code;
            }
        }
        x.name = r.has("name") ? r.text("name") : o == null ? null : o.name;
        x.kana = r.has("kana") ? r.text("kana") : o == null ? null : o.kana;
        x.district = o == null ? null : o.district;
        if (r.has("districtCode")) {
            String code = r.text("districtCode");
            x.district = code == null ? null : districts.get(code);
            if (code != null && x.district == null) {
                r.error("districtCode", "no district has the code '" + code + "'", "Exists");
            }
        }
        x.ward = o == null ? null : o.ward;
        if (r.has("wardCode")) {
            String code = r.text("wardCode");
            x.ward = code == null ? null : wards.get(code);
            if (code != null && x.ward == null) {
                r.error("wardCode", "no ward has the code '" + code + "'", "Exists");
            }
        }
        x.parentCode = r.has("parentCode") ? r.text("parentCode")
                : o == null || o.parent == null ? null : o.parent.code;
        x.foundedOn = r.has("foundedOn") ? r.date("foundedOn") : o == null ? null : o.foundedOn;
        x.legalEntity = r.has("legalEntity") ? r.bool("legalEntity") : o != null && o.legalEntity;
        x.legalEntitySince = r.has("legalEntitySince") ? r.date("legalEntitySince")
                : o == null ? null : o.legalEntitySince;
        x.publishesAssemblyDocuments = r.has("publishesAssemblyDocuments") ? r.bool("publishesAssemblyDocuments")
                : o != null && o.publishesAssemblyDocuments;
        x.publishesAccounts = r.has("publishesAccounts") ? r.bool("publishesAccounts")
                : o != null && o.publishesAccounts;

        r.violations(validator.validate(new OrganizationRequest(x.code, x.kind, x.subKind, x.name, x.kana,
                x.district == null ? null : x.district.id, x.ward == null ? null : x.ward.id, null, x.foundedOn,
                x.legalEntity, x.legalEntitySince, x.publishesAssemblyDocuments, x.publishesAccounts, null)), COLUMNS);
        if (x.kindRef != null && x.kindRef.districtScoped && x.district == null && !r.hasError("districtCode")) {
            r.error("districtCode", r.has("districtCode") ? "required for " + x.kindRef.labelEn
                    : "required for " + x.kindRef.labelEn + ", but the file has no column 'districtCode'", "NotNull");
        }
        if (x.legalEntitySince != null && !x.legalEntity && !r.hasError("legalEntity")) {
            r.error("legalEntitySince", "only for an authorized neighborhood corporation", "LegalEntity");
        }
        if (x.foundedOn != null && x.foundedOn.isAfter(LocalDate.now())) {
            r.error("foundedOn", "must not be in the future", "PastOrPresent");
        }
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
     * already in place.
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
        record Saved(Organization organization, Action action, Map<String, Object> before) {
        }
        List<Saved> saved = new ArrayList<>();
        for (Planned<State> p : ordered) {
            State s = p.state();
            Organization o = s.existing() != null ? s.existing() : new Organization();
            Map<String, Object> before = s.existing() == null ? null : auditState(o);
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
            if (s.existing() == null) {
                o.persist();
                entities.put(o.code, o);
            }
            saved.add(new Saved(o, p.action(), before));
        }
        em.flush();
        for (Saved x : saved) {
            String action = x.action() == Action.CREATE ? AuditService.CREATE : AuditService.UPDATE;
            audit.record("Organization", x.organization().id, null, null, action, x.before(),
                    auditState(x.organization()));
        }
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

    /** Kinds and sub-kinds by code or by the city's Japanese label (reference data: a few rows). */
    private static final class Kinds {
        private final Map<String, OrganizationKind> kinds = new HashMap<>();
        private final Map<String, Map<String, OrganizationSubKind>> subKinds = new HashMap<>();
        private final List<String> codes = new ArrayList<>();

        Kinds(List<OrganizationKind> all, List<OrganizationSubKind> subs) {
            for (OrganizationKind k : all) {
                kinds.put(k.code.toUpperCase(Locale.ROOT), k);
                kinds.putIfAbsent(TextNormalizer.fold(k.labelJa), k);
                codes.add(k.code);
            }
            for (OrganizationSubKind s : subs) {
                Map<String, OrganizationSubKind> m = subKinds.computeIfAbsent(s.kindCode, k -> new HashMap<>());
                m.put(s.code.toUpperCase(Locale.ROOT), s);
                m.putIfAbsent(TextNormalizer.fold(s.labelJa), s);
            }
            codes.sort(null);
        }

        OrganizationKind kind(String text) {
            if (text == null) {
                return null;
            }
            OrganizationKind k = kinds.get(text.toUpperCase(Locale.ROOT));
            return k != null ? k : kinds.get(TextNormalizer.fold(text));
        }

        OrganizationSubKind subKind(String kind, String text) {
            Map<String, OrganizationSubKind> m = subKinds.getOrDefault(kind, Map.of());
            OrganizationSubKind s = m.get(text.toUpperCase(Locale.ROOT));
            return s != null ? s : m.get(TextNormalizer.fold(text));
        }

        String codes() {
            return String.join(", ", codes);
        }
    }

    /** Every stored field, personal ones included (the import never changes them; history redacts them). */
    private static Map<String, Object> auditState(Organization o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", o.code);
        m.put("kind", o.kindCode);
        m.put("subKind", o.subKindCode);
        m.put("name", o.name);
        m.put("kana", o.kana);
        m.put("districtId", o.districtId());
        m.put("wardId", o.ward == null ? null : o.ward.id);
        m.put("parentId", o.parent == null ? null : o.parent.id);
        m.put("foundedOn", o.foundedOn);
        m.put("legalEntity", o.legalEntity);
        m.put("legalEntitySince", o.legalEntitySince);
        m.put("publishesAssemblyDocuments", o.publishesAssemblyDocuments);
        m.put("publishesAccounts", o.publishesAccounts);
        m.put("contactName", o.contactName);
        m.put("contactPhone", o.contactPhone);
        m.put("contactAddress", o.contactAddress);
        m.put("contactEmail", o.contactEmail);
        return m;
    }
}
