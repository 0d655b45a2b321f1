package jp.kyodo.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.district.District;
import jp.kyodo.organization.Officer;
import jp.kyodo.organization.OfficerRole;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDtos.Contact;
import jp.kyodo.organization.OrganizationDtos.KindRequest;
import jp.kyodo.organization.OrganizationDtos.KindResponse;
import jp.kyodo.organization.OrganizationDtos.OfficerRequest;
import jp.kyodo.organization.OrganizationDtos.OfficerResponse;
import jp.kyodo.organization.OrganizationDtos.OrganizationRequest;
import jp.kyodo.organization.OrganizationDtos.OrganizationResponse;
import jp.kyodo.organization.OrganizationDtos.OrganizationSummary;
import jp.kyodo.organization.OrganizationDtos.SubKindResponse;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationSubKind;
import jp.kyodo.ward.Ward;

/** 地域団体 — organizations, their tree, kinds and officers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationService {

    private static final Map<String, String> SORT_KEYS = Map.of("code", "o.code", "name", "o.kana", "kana", "o.kana",
            "kind", "o.kindCode");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    // ---- kinds --------------------------------------------------------------------------------

    public List<KindResponse> kinds() {
        List<OrganizationSubKind> subs = OrganizationSubKind.list("order by kindCode, sortOrder");
        Map<String, List<SubKindResponse>> byKind = new HashMap<>();
        for (OrganizationSubKind s : subs) {
            byKind.computeIfAbsent(s.kindCode, k -> new ArrayList<>())
                    .add(new SubKindResponse(s.code, s.labelJa, s.labelEn));
        }
        return OrganizationKind.<OrganizationKind>list("order by sortOrder, code").stream()
                .map(k -> toResponse(k, byKind.getOrDefault(k.code, List.of()))).toList();
    }

    private static KindResponse toResponse(OrganizationKind k, List<SubKindResponse> subs) {
        return new KindResponse(k.code, k.labelJa, k.labelEn, k.sortOrder, k.hasMembership, k.districtScoped, subs,
                k.version);
    }

    @Transactional
    public KindResponse updateKind(String code, KindRequest r, String ifMatch) {
        OrganizationKind k = OrganizationKind.findById(code);
        if (k == null) {
            throw ProblemException.notFound("Organization kind", code);
        }
        KindResponse before = toResponse(k, List.of());
        Versions.check(ifMatch, k.version, () -> before);
        k.labelJa = r.labelJa().strip();
        k.labelEn = r.labelEn().strip();
        k.sortOrder = r.sortOrder();
        em.flush();
        KindResponse after = toResponse(k, List.of());
        audit.record("OrganizationKind", 0L, null, null, AuditService.UPDATE, before, after);
        return kinds().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    // ---- organizations ----------------------------------------------------------------------

    public record ListFilter(Long districtId, Long wardId, String kind, Long parentId, String q) {
    }

    public Page<OrganizationSummary> list(ListFilter f, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and o.district.id = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and (o.ward.id = :ward or o.district.ward.id = :ward)");
            params.put("ward", f.wardId());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" and o.kindCode = :kind");
            params.put("kind", f.kind());
        }
        if (f.parentId() != null) {
            where.append(" and o.parent.id = :parent");
            params.put("parent", f.parentId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and o.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        String order = SortSpec.orderBy(p.sort, SORT_KEYS, "code", "o.id");
        return JpqlPage.of(em, "select count(o) from Organization o left join o.district" + where,
                "select o from Organization o left join fetch o.district" + where + order, Organization.class, params, p)
                .map(OrganizationService::toSummary);
    }

    static OrganizationSummary toSummary(Organization o) {
        return new OrganizationSummary(o.id, o.code, o.kindCode, o.subKindCode, o.name, o.kana, o.districtId(),
                o.district == null ? null : o.district.name, o.parent == null ? null : o.parent.id, o.legalEntity,
                o.version);
    }

    public Organization find(long id) {
        Organization o = Organization.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Organization", id);
        }
        return o;
    }

    public OrganizationResponse get(long id) {
        return toResponse(find(id));
    }

    public OrganizationResponse toResponse(Organization o) {
        Long districtId = o.districtId();
        boolean personal = currentUser.canSeePersonalData(districtId);
        Contact contact = personal && (o.contactName != null || o.contactPhone != null || o.contactAddress != null
                || o.contactEmail != null)
                        ? new Contact(o.contactName, o.contactPhone, o.contactAddress, o.contactEmail)
                        : null;
        return new OrganizationResponse(o.id, o.code, o.kindCode, o.subKindCode, o.name, o.kana, districtId,
                o.district == null ? null : o.district.name, o.ward != null ? o.ward.id
                        : o.district == null ? null : o.district.ward.id,
                o.parent == null ? null : o.parent.id, o.parent == null ? null : o.parent.name, o.foundedOn,
                o.legalEntity, o.legalEntitySince, o.publishesAssemblyDocuments, o.publishesAccounts, contact,
                new Permissions(currentUser.canEditDistrict(districtId) && (districtId != null
                        || currentUser.isAdminOrOffice())),
                o.version);
    }

    /** The state kept in history: every stored field, personal ones included (redacted when read). */
    static Map<String, Object> auditState(Organization o) {
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

    /** Office and admin edit any organization; a liaison only those of the districts assigned to them. */
    private void requireEdit(Long districtId) {
        if (districtId == null && !currentUser.isAdminOrOffice()) {
            throw ProblemException.forbidden("Only the office may change organizations outside a district");
        }
        currentUser.requireEditDistrict(districtId);
    }

    @Transactional
    public OrganizationResponse create(OrganizationRequest r) {
        Organization o = new Organization();
        apply(o, r);
        requireEdit(o.districtId());
        boolean generated = r.code() == null || r.code().isBlank();
        o.code = generated ? "TMP-" + UUID.randomUUID() : r.code();
        if (!generated && Organization.count("code", o.code) > 0) {
            throw ProblemException.invalid("code", "already used by another organization", "Unique");
        }
        o.persist();
        if (generated) {
            em.flush();
            o.code = "ORG-" + o.id;
        }
        o.searchKey = TextNormalizer.searchKey(o.name, o.kana, o.code);
        em.flush();
        audit.record("Organization", o.id, null, null, AuditService.CREATE, null, auditState(o));
        return toResponse(o);
    }

    @Transactional
    public OrganizationResponse update(long id, OrganizationRequest r, String ifMatch) {
        Organization o = find(id);
        requireEdit(o.districtId());
        Versions.check(ifMatch, o.version, () -> toResponse(o));
        Map<String, Object> before = auditState(o);
        String code = r.code() == null || r.code().isBlank() ? o.code : r.code();
        if (!code.equals(o.code) && Organization.count("code", code) > 0) {
            throw ProblemException.invalid("code", "already used by another organization", "Unique");
        }
        apply(o, r);
        o.code = code;
        o.searchKey = TextNormalizer.searchKey(o.name, o.kana, o.code);
        requireEdit(o.districtId());
        em.flush();
        audit.record("Organization", o.id, null, null, AuditService.UPDATE, before, auditState(o));
        return toResponse(o);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Organization o = find(id);
        requireEdit(o.districtId());
        Versions.check(ifMatch, o.version, () -> toResponse(o));
        long children = Organization.count("parent.id", id);
        if (children > 0) {
            throw ProblemException.conflict("The organization has " + children
                    + " organizations under it; move or delete them first");
        }
        Map<String, Object> before = auditState(o);
        em.createQuery("delete from MembershipFigure m where m.organization.id = :o").setParameter("o", id)
                .executeUpdate();
        Officer.delete("organization.id", id);
        o.delete();
        audit.record("Organization", id, null, null, AuditService.DELETE, before, null);
    }

    private void apply(Organization o, OrganizationRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        OrganizationKind kind = OrganizationKind.findById(r.kind());
        if (kind == null) {
            errors.add(new FieldProblem("kind", "no such organization kind", "Exists"));
        }
        OrganizationSubKind sub = null;
        if (r.subKind() != null && !r.subKind().isBlank()) {
            sub = OrganizationSubKind.findById(r.subKind());
            if (sub == null || !sub.kindCode.equals(r.kind())) {
                errors.add(new FieldProblem("subKind", "not a sub-kind of " + r.kind(), "Exists"));
            }
        }
        District district = null;
        if (r.districtId() != null) {
            district = District.findById(r.districtId());
            if (district == null) {
                errors.add(new FieldProblem("districtId", "no such district", "Exists"));
            }
        } else if (kind != null && kind.districtScoped) {
            errors.add(new FieldProblem("districtId", "required for " + kind.labelEn, "NotNull"));
        }
        Ward ward = null;
        if (r.wardId() != null) {
            ward = Ward.findById(r.wardId());
            if (ward == null) {
                errors.add(new FieldProblem("wardId", "no such ward", "Exists"));
            }
        }
        Organization parent = null;
        if (r.parentId() != null) {
            parent = Organization.findById(r.parentId());
            if (parent == null) {
                errors.add(new FieldProblem("parentId", "no such organization", "Exists"));
            } else if (o.id != null && isSelfOrDescendant(parent, o.id)) {
                errors.add(new FieldProblem("parentId", "would make a cycle", "Cycle"));
            } else if (district != null && parent.districtId() != null
                    && !Objects.equals(parent.districtId(), district.id)) {
                errors.add(new FieldProblem("parentId", "belongs to another district", "SameDistrict"));
            }
        }
        if (r.legalEntitySince() != null && !r.legalEntity()) {
            errors.add(new FieldProblem("legalEntitySince", "only for an authorized neighborhood corporation",
                    "LegalEntity"));
        }
        if (r.foundedOn() != null && r.foundedOn().isAfter(java.time.LocalDate.now())) {
            errors.add(new FieldProblem("foundedOn", "must not be in the future", "PastOrPresent"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        o.kindCode = r.kind();
        o.subKindCode = sub == null ? null : sub.code;
        o.name = r.name().strip();
        o.kana = TextNormalizer.reading(r.kana());
        o.district = district;
        o.ward = ward;
        o.parent = parent;
        o.foundedOn = r.foundedOn();
        o.legalEntity = r.legalEntity();
        o.legalEntitySince = r.legalEntitySince();
        o.publishesAssemblyDocuments = r.publishesAssemblyDocuments();
        o.publishesAccounts = r.publishesAccounts();
        Contact c = r.contact();
        o.contactName = c == null ? null : Strings.blankToNull(c.name());
        o.contactPhone = c == null ? null : Strings.blankToNull(c.phone());
        o.contactAddress = c == null ? null : Strings.blankToNull(c.address());
        o.contactEmail = c == null ? null : Strings.blankToNull(c.email());
        o.searchKey = TextNormalizer.searchKey(o.name, o.kana, o.code);
    }

    private static boolean isSelfOrDescendant(Organization candidate, long id) {
        for (Organization x = candidate; x != null; x = x.parent) {
            if (x.id == id) {
                return true;
            }
        }
        return false;
    }

    // ---- officers ----------------------------------------------------------------------------

    OfficerResponse toResponse(Officer x) {
        Organization o = x.organization;
        boolean personal = currentUser.canSeePersonalData(o.districtId());
        return new OfficerResponse(x.id, o.id, o.name, o.districtId(), x.role, personal ? x.personName : null,
                personal ? x.personKana : null, personal ? x.phone : null, personal ? x.address : null, x.termStart,
                x.termEnd, x.version);
    }

    static Map<String, Object> auditState(Officer x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organizationId", x.organization.id);
        m.put("role", x.role);
        m.put("personName", x.personName);
        m.put("personKana", x.personKana);
        m.put("phone", x.phone);
        m.put("address", x.address);
        m.put("termStart", x.termStart);
        m.put("termEnd", x.termEnd);
        return m;
    }

    /** 会長, 副会長, 会計, 事務局長, 監事, その他 — the order a Japanese officer list is read in. */
    private static final String ROLE_ORDER = "case x.role when jp.kyodo.organization.OfficerRole.CHAIR then 1"
            + " when jp.kyodo.organization.OfficerRole.VICE_CHAIR then 2 when jp.kyodo.organization.OfficerRole.TREASURER then 3"
            + " when jp.kyodo.organization.OfficerRole.SECRETARY_GENERAL then 4 when jp.kyodo.organization.OfficerRole.AUDITOR then 5"
            + " else 6 end";

    public record OfficerFilter(Long organizationId, OfficerRole role, String organizationKind,
            Integer termEndedInFiscalYear, Boolean current) {
    }

    /**
     * Officers across organizations. With {@code termEndedInFiscalYear} and role CHAIR of kind DISTRICT_COUNCIL
     * this is the list for the mayor's letters of thanks (感謝状).
     */
    public Page<OfficerResponse> officers(OfficerFilter f, PageParams p) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.organizationId() != null) {
            where.append(" and x.organization.id = :org");
            params.put("org", f.organizationId());
        }
        if (f.role() != null) {
            where.append(" and x.role = :role");
            params.put("role", f.role());
        }
        if (f.organizationKind() != null && !f.organizationKind().isBlank()) {
            where.append(" and o.kindCode = :kind");
            params.put("kind", f.organizationKind());
        }
        if (f.termEndedInFiscalYear() != null) {
            where.append(" and x.termEnd between :from and :to");
            params.put("from", Japanese.fiscalYearStart(f.termEndedInFiscalYear()));
            params.put("to", Japanese.fiscalYearEnd(f.termEndedInFiscalYear()));
        }
        if (Boolean.TRUE.equals(f.current())) {
            where.append(" and x.termStart <= :today and (x.termEnd is null or x.termEnd >= :today)");
            params.put("today", java.time.LocalDate.now());
        }
        String order = SortSpec.orderBy(p.sort, Map.of("termStart", "x.termStart", "termEnd", "x.termEnd", "role",
                ROLE_ORDER, "organization", "o.kana"), "organization,role,-termStart", "x.id");
        Page<Officer> found = JpqlPage.of(em, "select count(x) from Officer x join x.organization o" + where, "select x from Officer x join fetch x.organization o left join fetch o.district"
                + where + order, Officer.class, params, p);
        List<Officer> rows = found.items();
        return new Page<>(rows.stream().map(this::toResponse).toList(), found.total(), p.page, p.size);
    }

    public Officer findOfficer(long id) {
        Officer x = Officer.findById(id);
        if (x == null) {
            throw ProblemException.notFound("Officer", id);
        }
        return x;
    }

    public OfficerResponse getOfficer(long id) {
        return toResponse(findOfficer(id));
    }

    @Transactional
    public OfficerResponse createOfficer(long organizationId, OfficerRequest r) {
        Organization o = find(organizationId);
        requireEdit(o.districtId());
        Officer x = new Officer();
        x.organization = o;
        applyOfficer(x, r);
        x.persist();
        audit.record("Officer", x.id, "Organization", o.id, AuditService.CREATE, null, auditState(x));
        return toResponse(x);
    }

    @Transactional
    public OfficerResponse updateOfficer(long id, OfficerRequest r, String ifMatch) {
        Officer x = findOfficer(id);
        requireEdit(x.organization.districtId());
        Versions.check(ifMatch, x.version, () -> toResponse(x));
        Map<String, Object> before = auditState(x);
        applyOfficer(x, r);
        em.flush();
        audit.record("Officer", x.id, "Organization", x.organization.id, AuditService.UPDATE, before, auditState(x));
        return toResponse(x);
    }

    @Transactional
    public void deleteOfficer(long id, String ifMatch) {
        Officer x = findOfficer(id);
        requireEdit(x.organization.districtId());
        Versions.check(ifMatch, x.version, () -> toResponse(x));
        Map<String, Object> before = auditState(x);
        Long orgId = x.organization.id;
        x.delete();
        audit.record("Officer", id, "Organization", orgId, AuditService.DELETE, before, null);
    }

    private static void applyOfficer(Officer x, OfficerRequest r) {
        if (r.termEnd() != null && r.termEnd().isBefore(r.termStart())) {
            throw ProblemException.invalid("termEnd", "must not be before termStart", "DateOrder");
        }
        x.role = r.role();
        x.personName = r.personName().strip();
        x.personKana = Strings.blankToNull(r.personKana());
        x.phone = Strings.blankToNull(r.phone());
        x.address = Strings.blankToNull(r.address());
        x.termStart = r.termStart();
        x.termEnd = r.termEnd();
    }

    /** Whether the caller may read personal data in this organization's district (for history redaction). */
    public boolean canSeePersonalData(long organizationId) {
        return currentUser.canSeePersonalData(find(organizationId).districtId());
    }
}
