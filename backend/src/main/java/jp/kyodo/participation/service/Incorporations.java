package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.service.OrganizationService;
import jp.kyodo.participation.IncorporationCase;
import jp.kyodo.participation.IncorporationStage;
import jp.kyodo.participation.JoinPromotionDtos.IncorporationRequest;
import jp.kyodo.participation.JoinPromotionDtos.IncorporationResponse;

/**
 * 地縁団体の認可支援 — an association's consultation, preparation, application and approval (or withdrawal). The
 * office and the district's liaisons record them; the approval marks the association 認可地縁団体 in the registry
 * (legalEntity, legalEntitySince = the approval day), written through the registry's history like an edit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Incorporations {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    static final Aggregate<IncorporationCase> CASE = Aggregate.<IncorporationCase>of("IncorporationCase", c -> c.id, c -> c.version,
            Incorporations::state).withParent("Organization", c -> c.organization.id);

    static Map<String, Object> state(IncorporationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organizationId", c.organization.id);
        m.put("stage", c.stage);
        m.put("consultedOn", c.consultedOn);
        m.put("appliedOn", c.appliedOn);
        m.put("approvedOn", c.approvedOn);
        m.put("withdrawnOn", c.withdrawnOn);
        m.put("note", c.note);
        return m;
    }

    IncorporationResponse toResponse(IncorporationCase c) {
        Organization o = c.organization;
        return new IncorporationResponse(c.id, o.id, o.name, o.districtId(), o.district == null ? null : o.district.name, c.stage,
                c.consultedOn, c.appliedOn, c.approvedOn, c.withdrawnOn, c.note, new Permissions(currentUser.canEditDistrict(o.districtId())),
                c.version, c.createdAt, c.updatedAt);
    }

    private Aggregate<IncorporationCase> api() {
        return CASE.withRepresentation(this::toResponse);
    }

    public Page<IncorporationResponse> list(Long districtId, IncorporationStage stage, PageParams page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (districtId != null) {
            where.append(" and d.id = :district");
            params.put("district", districtId);
        }
        if (stage != null) {
            where.append(" and c.stage = :stage");
            params.put("stage", stage);
        }
        return JpqlPage.of(em, "select count(c) from IncorporationCase c join c.organization o left join o.district d" + where,
                "select c from IncorporationCase c join fetch c.organization o left join fetch o.district d" + where
                        + " order by c.consultedOn desc, c.id", IncorporationCase.class, params, page, Keyset.NONE).map(this::toResponse);
    }

    IncorporationCase find(long id) {
        IncorporationCase c = IncorporationCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Incorporation case", id);
        }
        return c;
    }

    public IncorporationResponse get(long id) {
        return toResponse(find(id));
    }

    @Transactional
    public IncorporationResponse create(IncorporationRequest r) {
        IncorporationCase c = new IncorporationCase();
        apply(c, r);
        writes.create(api(), c);
        approveInRegistry(c);
        return toResponse(c);
    }

    @Transactional
    public IncorporationResponse update(long id, IncorporationRequest r, String ifMatch) {
        IncorporationCase c = find(id);
        currentUser.requireEditDistrict(c.organization.districtId());
        writes.update(api(), c, ifMatch, x -> apply(x, r));
        approveInRegistry(c);
        return toResponse(c);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        IncorporationCase c = find(id);
        currentUser.requireEditDistrict(c.organization.districtId());
        writes.delete(api(), c, ifMatch);
    }

    private void apply(IncorporationCase c, IncorporationRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        Organization o = Organization.findById(r.organizationId());
        if (o == null) {
            throw ProblemException.invalid("organizationId", "no such organization", "Exists");
        }
        currentUser.requireEditDistrict(o.districtId());
        if (!"NEIGHBORHOOD_ASSOCIATION".equals(o.kindCode)) {
            errors.add(new FieldProblem("organizationId", "only a neighbourhood association is approved as 地縁団体", "Kind"));
        }
        // One open case per association: a new case (at any stage) waits until the open one is approved or
        // withdrawn, and an old case cannot be reopened beside it.
        boolean otherOpen = IncorporationCase.count("organization.id = ?1 and stage not in ?2 and id <> ?3", o.id,
                List.of(IncorporationStage.APPROVED, IncorporationStage.WITHDRAWN), c.id == null ? -1L : c.id) > 0;
        boolean staysOpen = r.stage() != IncorporationStage.APPROVED && r.stage() != IncorporationStage.WITHDRAWN;
        if (otherOpen && (c.id == null || staysOpen)) {
            errors.add(new FieldProblem("organizationId", "the association already has an open case", "Unique"));
        }
        LocalDate today = LocalDate.now(clock);
        IncorporationStage s = r.stage();
        boolean applied = s == IncorporationStage.APPLIED || s == IncorporationStage.APPROVED;
        if (applied && r.appliedOn() == null) {
            errors.add(new FieldProblem("appliedOn", "must not be null at stage " + s, "NotNull"));
        }
        if (!applied && s != IncorporationStage.WITHDRAWN && r.appliedOn() != null) {
            errors.add(new FieldProblem("appliedOn", "not yet applied at stage " + s, "Null"));
        }
        if (s == IncorporationStage.APPROVED && r.approvedOn() == null) {
            errors.add(new FieldProblem("approvedOn", "must not be null when approved", "NotNull"));
        }
        if (s != IncorporationStage.APPROVED && r.approvedOn() != null) {
            errors.add(new FieldProblem("approvedOn", "only an approved case has an approval day", "Null"));
        }
        if (s == IncorporationStage.WITHDRAWN && r.withdrawnOn() == null) {
            errors.add(new FieldProblem("withdrawnOn", "must not be null when withdrawn", "NotNull"));
        }
        if (s != IncorporationStage.WITHDRAWN && r.withdrawnOn() != null) {
            errors.add(new FieldProblem("withdrawnOn", "only a withdrawn case has a withdrawal day", "Null"));
        }
        if (r.appliedOn() != null && r.appliedOn().isBefore(r.consultedOn())) {
            errors.add(new FieldProblem("appliedOn", "must not be before consultedOn", "DateOrder"));
        }
        if (r.approvedOn() != null && r.appliedOn() != null && r.approvedOn().isBefore(r.appliedOn())) {
            errors.add(new FieldProblem("approvedOn", "must not be before appliedOn", "DateOrder"));
        }
        Map<String, LocalDate> days = new LinkedHashMap<>();
        days.put("consultedOn", r.consultedOn());
        days.put("appliedOn", r.appliedOn());
        days.put("approvedOn", r.approvedOn());
        days.put("withdrawnOn", r.withdrawnOn());
        days.forEach((field, day) -> {
            if (day != null && day.isAfter(today)) {
                errors.add(new FieldProblem(field, "must not be in the future", "PastOrPresent"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        c.organization = o;
        c.stage = s;
        c.consultedOn = r.consultedOn();
        c.appliedOn = r.appliedOn();
        c.approvedOn = r.approvedOn();
        c.withdrawnOn = r.withdrawnOn();
        c.note = Strings.blankToNull(r.note());
    }

    /** An approved case: the association is a 認可地縁団体 from the approval day (unless the registry says so already). */
    private void approveInRegistry(IncorporationCase c) {
        Organization o = c.organization;
        if (c.stage != IncorporationStage.APPROVED || (o.legalEntity && c.approvedOn.equals(o.legalEntitySince))) {
            return;
        }
        writes.update(OrganizationService.ORGANIZATION, o, x -> {
            x.legalEntity = true;
            x.legalEntitySince = c.approvedOn;
        });
    }
}
