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
import java.util.Objects;
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
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.participation.BuildingContact;
import jp.kyodo.participation.BuildingOutcome;
import jp.kyodo.participation.JoinPromotionDtos.BuildingRequest;
import jp.kyodo.participation.JoinPromotionDtos.BuildingResponse;
import jp.kyodo.participation.JoinPromotionDtos.ContactRequest;
import jp.kyodo.participation.JoinPromotionDtos.ContactResponse;
import jp.kyodo.participation.JoinPromotionDtos.OutcomeRequest;
import jp.kyodo.participation.NewBuilding;

/**
 * 新築集合住宅 — the buildings the building section was notified of, the contacts with their developers (a
 * timeline), and the outcome: the management company joins for every unit, residents join one by one, they form an
 * association, or the developer declines. The office and the district's liaisons write; every staff role reads. A
 * building keeps its contact count and last contact day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewBuildings {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public static final Aggregate<NewBuilding> BUILDING = Aggregate.<NewBuilding>of("NewBuilding", b -> b.id, b -> b.version,
            NewBuildings::state);

    static final Aggregate<BuildingContact> CONTACT = Aggregate.<BuildingContact>of("BuildingContact", c -> c.id, c -> c.version,
            NewBuildings::contactState).withParent("NewBuilding", c -> c.building.id);

    static Map<String, Object> state(NewBuilding b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("noticeNo", b.noticeNo);
        m.put("noticeOn", b.noticeOn);
        m.put("name", b.name);
        m.put("address", b.address);
        m.put("districtId", b.district.id);
        m.put("organizationId", b.organization == null ? null : b.organization.id);
        m.put("units", b.units);
        m.put("developer", b.developer);
        m.put("managementCompany", b.managementCompany);
        m.put("completionOn", b.completionOn);
        m.put("outcome", b.outcome);
        m.put("outcomeOn", b.outcomeOn);
        m.put("joinedUnits", b.joinedUnits);
        m.put("note", b.note);
        return m;
    }

    static Map<String, Object> contactState(BuildingContact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("buildingId", c.building.id);
        m.put("contactedOn", c.contactedOn);
        m.put("channel", c.channel);
        m.put("contactWith", c.contactWith);
        m.put("madeBy", c.madeBy);
        m.put("summary", c.summary);
        return m;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    BuildingResponse toResponse(NewBuilding b, List<ContactResponse> contacts) {
        return new BuildingResponse(b.id, b.noticeNo, b.noticeOn, b.name, b.address, b.district.id, b.district.name,
                b.organization == null ? null : b.organization.id, b.organization == null ? null : b.organization.name, b.units,
                b.developer, b.managementCompany, b.completionOn, b.outcome, b.outcomeOn, b.joinedUnits, b.note, b.contactCount,
                b.lastContactOn, contacts, new Permissions(currentUser.canEditDistrict(b.district.id)), b.version, b.createdAt, b.updatedAt);
    }

    BuildingResponse toResponse(NewBuilding b) {
        List<ContactResponse> contacts = em.createQuery("from BuildingContact c where c.building = :b order by c.contactedOn, c.id",
                BuildingContact.class).setParameter("b", b).getResultList().stream().map(NewBuildings::toResponse).toList();
        return toResponse(b, contacts);
    }

    static ContactResponse toResponse(BuildingContact c) {
        return new ContactResponse(c.id, c.building.id, c.contactedOn, c.channel, c.contactWith, c.madeBy, c.summary, c.version, c.createdAt);
    }

    private Aggregate<NewBuilding> api() {
        return BUILDING.withRepresentation(this::toResponse);
    }

    public record Filter(Long districtId, Long wardId, BuildingOutcome outcome, Integer fiscalYear, Boolean uncontacted, String q) {
    }

    static final Map<String, String> SORT = Map.of("noticeOn", "b.noticeOn", "district", "d.kana", "units", "b.units",
            "lastContactOn", "b.lastContactOn", "name", "b.name");

    public Page<BuildingResponse> list(Filter f, PageParams page, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and d.ward.id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.outcome() != null) {
            where.append(" and b.outcome = :outcome");
            params.put("outcome", f.outcome());
        }
        if (f.fiscalYear() != null) {
            where.append(" and b.noticeOn between :from and :to");
            params.put("from", jp.kyodo.common.web.Japanese.fiscalYearStart(f.fiscalYear()));
            params.put("to", jp.kyodo.common.web.Japanese.fiscalYearEnd(f.fiscalYear()));
        }
        if (f.uncontacted() != null) {
            where.append(f.uncontacted() ? " and b.contactCount = 0" : " and b.contactCount > 0");
        }
        if (Strings.blankToNull(f.q()) != null) {
            where.append(" and b.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "b.updatedAt", "b.id");
        String order = k.orderBy(SortSpec.orderBy(page.sort, SORT, "-noticeOn", "b.id"), "b.updatedAt", "b.id");
        return JpqlPage.of(em, "select count(b) from NewBuilding b join b.district d" + where,
                "select b from NewBuilding b join fetch b.district d left join fetch b.organization" + where + order,
                NewBuilding.class, params, page, k).map(b -> toResponse(b, null));
    }

    public NewBuilding find(long id) {
        NewBuilding b = NewBuilding.findById(id);
        if (b == null) {
            throw ProblemException.notFound("New building", id);
        }
        return b;
    }

    public BuildingResponse get(long id) {
        return toResponse(find(id));
    }

    @Transactional
    public BuildingResponse create(BuildingRequest r) {
        NewBuilding b = new NewBuilding();
        apply(b, r);
        writes.create(api(), b);
        return toResponse(b);
    }

    @Transactional
    public BuildingResponse update(long id, BuildingRequest r, String ifMatch) {
        NewBuilding b = find(id);
        currentUser.requireEditDistrict(b.district.id);
        writes.update(api(), b, ifMatch, x -> apply(x, r));
        return toResponse(b);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        NewBuilding b = find(id);
        currentUser.requireEditDistrict(b.district.id);
        Versions.check(ifMatch, b.version, () -> toResponse(b));
        for (BuildingContact c : BuildingContact.<BuildingContact>list("building.id", id)) {
            writes.delete(CONTACT, c);
        }
        writes.delete(BUILDING, b);
    }

    private void apply(NewBuilding b, BuildingRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        District d = District.findById(r.districtId());
        if (d == null) {
            errors.add(new FieldProblem("districtId", "no such district", "Exists"));
        } else if (!currentUser.canEditDistrict(d.id)) {
            throw ProblemException.forbidden("Only the office, or a liaison assigned to this district, may record its buildings");
        }
        Organization org = null;
        if (r.organizationId() != null) {
            org = Organization.findById(r.organizationId());
            if (org == null) {
                errors.add(new FieldProblem("organizationId", "no such organization", "Exists"));
            } else if (d != null && !Objects.equals(org.districtId(), d.id)) {
                errors.add(new FieldProblem("organizationId", "the organization is of another district", "SameDistrict"));
            }
        }
        String noticeNo = Strings.blankToNull(r.noticeNo());
        if (noticeNo != null && NewBuilding.count("noticeNo = ?1 and id <> ?2", noticeNo, b.id == null ? -1L : b.id) > 0) {
            errors.add(new FieldProblem("noticeNo", "another building has this notice number", "Unique"));
        }
        if (r.units() < b.joinedUnits) {
            errors.add(new FieldProblem("units", "fewer than the " + b.joinedUnits + " units that joined", "JoinedUnits"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        b.noticeNo = noticeNo;
        b.noticeOn = r.noticeOn();
        b.name = r.name().strip();
        b.address = r.address().strip();
        b.district = d;
        b.organization = org;
        b.units = r.units();
        b.developer = r.developer().strip();
        b.managementCompany = Strings.blankToNull(r.managementCompany());
        b.completionOn = r.completionOn();
        b.note = Strings.blankToNull(r.note());
        b.searchKey = searchKey(b);
    }

    public static String searchKey(NewBuilding b) {
        return TextNormalizer.searchKey(b.name, b.address, b.developer, b.managementCompany, b.noticeNo, b.note);
    }

    @Transactional
    public BuildingResponse recordOutcome(long id, OutcomeRequest r, String ifMatch) {
        NewBuilding b = find(id);
        currentUser.requireEditDistrict(b.district.id);
        List<FieldProblem> errors = new ArrayList<>();
        int joined = r.joinedUnits() == null ? 0 : r.joinedUnits();
        if (r.outcome() == BuildingOutcome.PENDING) {
            if (r.outcomeOn() != null) {
                errors.add(new FieldProblem("outcomeOn", "a pending building has no outcome day", "Null"));
            }
        } else if (r.outcomeOn() == null) {
            errors.add(new FieldProblem("outcomeOn", "must not be null", "NotNull"));
        } else if (r.outcomeOn().isAfter(today())) {
            errors.add(new FieldProblem("outcomeOn", "must not be in the future", "PastOrPresent"));
        }
        if (!r.outcome().joined() && joined > 0) {
            errors.add(new FieldProblem("joinedUnits", "no units join when the outcome is " + r.outcome(), "Joined"));
        } else if (joined > b.units) {
            errors.add(new FieldProblem("joinedUnits", "at most the building's " + b.units + " units", "Max"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        writes.update(api(), b, ifMatch, x -> {
            x.outcome = r.outcome();
            x.outcomeOn = r.outcomeOn();
            x.joinedUnits = joined;
        });
        return toResponse(b);
    }

    @Transactional
    public ContactResponse addContact(long buildingId, ContactRequest r) {
        NewBuilding b = find(buildingId);
        currentUser.requireEditDistrict(b.district.id);
        if (r.contactedOn().isAfter(today())) {
            throw ProblemException.invalid("contactedOn", "must not be in the future", "PastOrPresent");
        }
        BuildingContact c = new BuildingContact();
        c.building = b;
        c.contactedOn = r.contactedOn();
        c.channel = r.channel();
        c.contactWith = r.contactWith().strip();
        c.madeBy = r.madeBy().strip();
        c.summary = r.summary().strip();
        writes.create(CONTACT, c);
        keepContacts(b);
        return toResponse(c);
    }

    @Transactional
    public void deleteContact(long buildingId, long contactId, String ifMatch) {
        NewBuilding b = find(buildingId);
        currentUser.requireEditDistrict(b.district.id);
        BuildingContact c = BuildingContact.findById(contactId);
        if (c == null || !c.building.id.equals(b.id)) {
            throw ProblemException.notFound("Building contact", contactId);
        }
        writes.delete(CONTACT.withRepresentation(NewBuildings::toResponse), c, ifMatch);
        keepContacts(b);
    }

    /** The building's kept contact count and last contact day, from its rows (one statement). */
    void keepContacts(NewBuilding b) {
        em.flush();
        Object[] r = em.createQuery("select count(c), max(c.contactedOn) from BuildingContact c where c.building = :b", Object[].class)
                .setParameter("b", b).getSingleResult();
        int count = ((Long) r[0]).intValue();
        LocalDate last = (LocalDate) r[1];
        if (count != b.contactCount || !Objects.equals(last, b.lastContactOn)) {
            b.contactCount = count;
            b.lastContactOn = last;
        }
    }
}
