package jp.kyodo.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.district.District;
import jp.kyodo.district.DistrictDeleting;
import jp.kyodo.organization.Officer;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDeleting;
import jp.kyodo.organization.OrganizationMoved;
import jp.kyodo.organization.OrganizationPlaced;
import jp.kyodo.organization.OrganizationPlaced.Placement;
import jp.kyodo.organization.OrganizationDtos.Contact;
import jp.kyodo.organization.OrganizationDtos.OrganizationRequest;
import jp.kyodo.organization.OrganizationDtos.OrganizationResponse;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationSubKind;
import jp.kyodo.ward.Ward;

/** 地域団体 — organizations: list, read, create, update, delete. Kinds and officers have their own services. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    Event<OrganizationDeleting> deleting;

    @Inject
    Event<OrganizationPlaced> placed;

    @Inject
    Event<OrganizationMoved> moved;

    /** 地域団体: the history keeps every stored field, API and import alike; see {@link #api()} for 412 answers. */
    public static final Aggregate<Organization> ORGANIZATION = Aggregate.of("Organization", o -> o.id,
            o -> o.version, OrganizationService::auditState)
            // an association that moves to another district, changes kind or goes takes its figures along
            .withDerived("JoinRate", OrganizationService::joinRateDistrict);

    /** The district whose 加入率 the organization's figures count in: only kinds that keep membership figures. */
    static Long joinRateDistrict(Organization o) {
        if (o.district == null || o.kindCode == null) {
            return null;
        }
        OrganizationKind kind = OrganizationKind.findById(o.kindCode);
        return kind != null && kind.hasMembership ? o.district.id : null;
    }

    /** {@link #ORGANIZATION}, answering a stale If-Match with the API's representation. */
    private Aggregate<Organization> api() {
        return ORGANIZATION.withRepresentation(this::toResponse);
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
                o.version, o.createdAt, o.updatedAt);
    }

    /** The state kept in history: every stored field, personal ones included (redacted when read). */
    public static Map<String, Object> auditState(Organization o) {
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
    void requireEdit(Long districtId) {
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
        // Inserted first (a generated code is made of the id the insert gives), then the search key with the final
        // code; Writes.create leaves the managed record as it is, flushes and writes the CREATE entry. (The
        // search key's update makes a new organization's version 1, as it always was.)
        o.persist();
        if (generated) {
            em.flush();
            o.code = "ORG-" + o.id;
        }
        o.searchKey = TextNormalizer.searchKey(o.name, o.kana, o.code);
        writes.create(ORGANIZATION, o);
        placed.fire(new OrganizationPlaced(null, Placement.of(o)));
        return toResponse(o);
    }

    @Transactional
    public OrganizationResponse update(long id, OrganizationRequest r, String ifMatch) {
        Organization o = find(id);
        requireEdit(o.districtId());
        Placement before = Placement.of(o);
        Long from = o.districtId();
        Organization saved = firePlaced(before, writes.update(api(), o, ifMatch, x -> {
            String code = r.code() == null || r.code().isBlank() ? x.code : r.code();
            if (!code.equals(x.code) && Organization.count("code", code) > 0) {
                throw ProblemException.invalid("code", "already used by another organization", "Unique");
            }
            apply(x, r);
            x.code = code;
            x.searchKey = TextNormalizer.searchKey(x.name, x.kana, x.code);
            requireEdit(x.districtId());
        }));
        firedIfMoved(moved, saved.id, from, saved.districtId());
        return toResponse(saved);
    }

    @Inject
    Event<OrganizationPlaced.Many> placedMany;

    /** Tells the features keeping figures per kind, district or ward that many organizations moved (an import). */
    public void firePlaced(java.util.List<OrganizationPlaced> changes) {
        java.util.List<OrganizationPlaced> moving = changes.stream().filter(OrganizationPlaced::moves).toList();
        if (!moving.isEmpty()) {
            placedMany.fire(new OrganizationPlaced.Many(moving));
        }
    }

    /** Tells the features keeping figures per kind, district or ward that an organization moved (if it did). */
    public Organization firePlaced(Placement before, Organization o) {
        OrganizationPlaced e = new OrganizationPlaced(before, Placement.of(o));
        if (e.moves()) {
            placed.fire(e);
        }
        return o;
    }

    /** Tells the features that keep figures by district that an organization (already written) changed district. */
    public static void firedIfMoved(Event<OrganizationMoved> moved, long id, Long from, Long to) {
        if (!java.util.Objects.equals(from, to)) {
            moved.fire(new OrganizationMoved(id, from, to));
        }
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Organization o = find(id);
        requireEdit(o.districtId());
        // the version first: a stale If-Match is answered before the organization's contents are judged
        Versions.check(ifMatch, o.version, () -> toResponse(o));
        long children = Organization.count("parent.id", id);
        if (children > 0) {
            throw ProblemException.conflict("The organization has " + children
                    + " organizations under it; move or delete them first");
        }
        deleting.fire(new OrganizationDeleting(id));
        Officer.delete("organization.id", id);
        Placement before = Placement.of(o);
        writes.delete(ORGANIZATION, o);
        placed.fire(new OrganizationPlaced(before, null));
    }

    /** A district is deleted only when no organization belongs to it. */
    void refuseWhileOrganizations(@Observes DistrictDeleting e) {
        long orgs = Organization.count("district.id", e.districtId());
        if (orgs > 0) {
            throw ProblemException.conflict("The district still has " + orgs
                    + " organizations; move or delete them first");
        }
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
        } else {
            add(errors, OrganizationRules.districtRequired(kind, false));
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
                add(errors, OrganizationRules.cycle(true));
            } else {
                add(errors, OrganizationRules.sameDistrict(parent.districtId(), district == null ? null : district.id));
            }
        }
        add(errors, OrganizationRules.legalEntitySince(r.legalEntity(), r.legalEntitySince()));
        add(errors, OrganizationRules.foundedOn(r.foundedOn(), LocalDate.now(clock)));
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

    private static void add(List<FieldProblem> errors, FieldProblem problem) {
        if (problem != null) {
            errors.add(problem);
        }
    }

    private static boolean isSelfOrDescendant(Organization candidate, long id) {
        for (Organization x = candidate; x != null; x = x.parent) {
            if (x.id == id) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller may read personal data in this organization's district (for history redaction). */
    public boolean canSeePersonalData(long organizationId) {
        return currentUser.canSeePersonalData(find(organizationId).districtId());
    }
}
