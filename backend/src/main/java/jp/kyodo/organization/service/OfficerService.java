package jp.kyodo.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.json.StrictJson;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.organization.Officer;
import jp.kyodo.organization.OfficerRole;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDtos.OfficerRequest;
import jp.kyodo.organization.OrganizationDtos.OfficerResponse;

/** 役員 — the officers of organizations (personal data: shown only to callers who may read it). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficerService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    OrganizationService organizations;

    OfficerResponse toResponse(Officer x) {
        Organization o = x.organization;
        boolean personal = currentUser.canSeePersonalData(o.districtId());
        return new OfficerResponse(x.id, o.id, o.name, o.districtId(), x.role, personal ? x.personName : null,
                personal ? x.personKana : null, personal ? x.phone : null, personal ? x.address : null, x.termStart,
                x.termEnd, x.version, x.createdAt, x.updatedAt);
    }

    /** 役員: the history keeps every field (personal ones redacted when read); shown in the organization's. */
    static final Aggregate<Officer> OFFICER = Aggregate.<Officer>of("Officer", x -> x.id, x -> x.version,
            OfficerService::auditState).withParent("Organization", x -> x.organization.id);

    /** {@link #OFFICER}, answering a stale If-Match with the API's representation. */
    private Aggregate<Officer> api() {
        return OFFICER.withRepresentation(this::toResponse);
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
    public Page<OfficerResponse> officers(OfficerFilter f, PageParams p, Keyset k) {
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
            params.put("today", java.time.LocalDate.now(clock));
        }
        k.restrict(where, params, "x.updatedAt", "x.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, Map.of("termStart", "x.termStart", "termEnd", "x.termEnd", "role",
                ROLE_ORDER, "organization", "o.kana"), "organization,role,-termStart", "x.id"), "x.updatedAt", "x.id");
        return JpqlPage.of(em, "select count(x) from Officer x join x.organization o" + where, "select x from Officer x join fetch x.organization o left join fetch o.district"
                + where + order, Officer.class, params, p, k).map(this::toResponse);
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
        Organization o = organizations.find(organizationId);
        organizations.requireEdit(o.districtId());
        Officer x = new Officer();
        x.organization = o;
        applyOfficer(x, r);
        return toResponse(writes.create(OFFICER, x));
    }

    @Transactional
    public OfficerResponse updateOfficer(long id, OfficerRequest r, String ifMatch) {
        Officer x = findOfficer(id);
        organizations.requireEdit(x.organization.districtId());
        return toResponse(writes.update(api(), x, ifMatch, o -> applyOfficer(o, r)));
    }

    @Transactional
    public void deleteOfficer(long id, String ifMatch) {
        Officer x = findOfficer(id);
        organizations.requireEdit(x.organization.districtId());
        writes.delete(api(), x, ifMatch);
    }

    private static void applyOfficer(Officer x, OfficerRequest r) {
        if (r.termEnd() != null && r.termEnd().isBefore(r.termStart())) {
            throw ProblemException.invalid("termEnd", "must not be before termStart", "DateOrder");
        }
        if (r.role().singleHolder()) {
            requireNoOverlap(x, r);
        }
        x.role = r.role();
        x.personName = r.personName().strip();
        x.personKana = Strings.blankToNull(r.personKana());
        x.phone = Strings.blankToNull(r.phone());
        x.address = Strings.blankToNull(r.address());
        x.termStart = r.termStart();
        x.termEnd = r.termEnd();
    }

    /** A single-holder role (会長, 会計, 事務局長) has one holder at a time: terms in one organization may not overlap. */
    private static void requireNoOverlap(Officer x, OfficerRequest r) {
        Officer other = Officer.<Officer>find("organization.id = ?1 and role = ?2 and id <> ?3 and termStart <= ?4"
                + " and (termEnd is null or termEnd >= ?5) order by termStart", x.organization.id, r.role(),
                x.id == null ? -1L : x.id, r.termEnd() == null ? StrictJson.MAX_DATE : r.termEnd(), r.termStart())
                .firstResult();
        if (other != null) {
            throw new ProblemException(ProblemType.CONFLICT, "この役職は同じ期間に一人です / " + r.role()
                    + " is held by one person at a time, and officer " + other.id + " holds it from " + other.termStart
                    + (other.termEnd == null ? "" : " to " + other.termEnd) + ": end that term first", "single-holder",
                    List.of(new FieldProblem("termStart", "overlaps the term of officer " + other.id, "SingleHolder")),
                    null, Map.of());
        }
    }
}
