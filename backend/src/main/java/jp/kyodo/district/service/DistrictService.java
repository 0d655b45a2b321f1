package jp.kyodo.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.json.StrictJson;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versions;
import jp.kyodo.district.District;
import jp.kyodo.district.DistrictDeleting;
import jp.kyodo.district.DistrictMoved;
import jp.kyodo.district.DistrictMoves;
import jp.kyodo.district.DistrictDtos.AssignmentRequest;
import jp.kyodo.district.DistrictDtos.AssignmentResponse;
import jp.kyodo.district.DistrictDtos.DistrictRequest;
import jp.kyodo.district.DistrictDtos.DistrictResponse;
import jp.kyodo.district.DistrictDtos.LiaisonRef;
import jp.kyodo.district.DistrictDtos.StatisticsRequest;
import jp.kyodo.district.DistrictDtos.StatisticsResponse;
import jp.kyodo.district.DistrictStatistics;
import jp.kyodo.district.LiaisonAssignment;
import jp.kyodo.ward.Ward;

/** 校区 — districts, their yearly statistics and their liaison assignments. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictService {

    /** A liaison's districts are part of who they are: assignment changes drop remembered callers. */
    @Inject
    jp.kyodo.common.security.IdentityCache identities;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    Event<DistrictDeleting> deleting;

    @Inject
    Event<DistrictMoves> moves;

    @Inject
    Event<DistrictMoved> moved;

    /** 校区: the history keeps the stored fields (API and import alike); see {@link #api()} for 412 answers. */
    public static final Aggregate<District> DISTRICT = Aggregate.of("District", d -> d.id, d -> d.version,
            DistrictService::auditState);

    /** 校区の統計: history and 412 answers carry the API's representation; shown in the district's history. */
    public static final Aggregate<DistrictStatistics> STATISTICS = Aggregate.<DistrictStatistics>of("DistrictStatistics", s -> s.id,
            s -> s.version, DistrictService::toResponse).withParent("District", s -> s.district.id);

    /** 校区担当: history and 412 answers carry the API's representation; shown in the district's history. */
    static final Aggregate<LiaisonAssignment> ASSIGNMENT = Aggregate.<LiaisonAssignment>of("LiaisonAssignment", a -> a.id,
            a -> a.version, DistrictService::toResponse).withParent("District", a -> a.district.id);

    /** {@link #DISTRICT}, answering a stale If-Match with the API's representation. */
    private Aggregate<District> api() {
        return DISTRICT.withRepresentation(this::toResponse);
    }

    public District find(long id) {
        District d = District.findById(id);
        if (d == null) {
            throw ProblemException.notFound("District", id);
        }
        return d;
    }

    public DistrictResponse get(long id) {
        District d = em.createQuery("from District d join fetch d.ward where d.id = :id", District.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("District", id));
        return toResponse(d);
    }

    DistrictResponse toResponse(District d) {
        StatisticsResponse latest = em.createQuery(
                "from DistrictStatistics s where s.district.id = :d order by s.fiscalYear desc", DistrictStatistics.class)
                .setParameter("d", d.id).setMaxResults(1).getResultStream().findFirst()
                .map(DistrictService::toResponse).orElse(null);
        List<LiaisonRef> liaisons = null;
        if (!currentUser.isAnonymous()) {
            LocalDate today = LocalDate.now(clock);
            liaisons = em.createQuery("select a from LiaisonAssignment a join fetch a.user where a.district.id = :d"
                    + " and a.startsOn <= :t and (a.endsOn is null or a.endsOn >= :t) order by a.startsOn, a.id",
                    LiaisonAssignment.class)
                    .setParameter("d", d.id).setParameter("t", today).getResultStream()
                    .map(a -> new LiaisonRef(a.id, a.user.id, a.user.displayName, a.startsOn, a.endsOn)).toList();
        }
        return new DistrictResponse(d.id, d.code, d.name, d.kana, d.ward.id, d.ward.name, d.communityHall, d.note,
                latest, liaisons, new Permissions(currentUser.isAdminOrOffice()), d.version, d.createdAt, d.updatedAt);
    }

    /** The state recorded in history (no computed or caller-specific parts). */
    public static Map<String, Object> auditState(District d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("code", d.code);
        m.put("name", d.name);
        m.put("kana", d.kana);
        m.put("wardId", d.ward.id);
        m.put("communityHall", d.communityHall);
        m.put("note", d.note);
        return m;
    }

    @Transactional
    public DistrictResponse create(DistrictRequest r) {
        if (District.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another district", "Unique");
        }
        District d = new District();
        apply(d, r);
        return toResponse(writes.create(DISTRICT, d));
    }

    @Transactional
    public DistrictResponse update(long id, DistrictRequest r, String ifMatch) {
        District d = find(id);
        // the version first, so a stale If-Match is answered before anything is moved
        Versions.check(ifMatch, d.version, () -> toResponse(d));
        long from = d.ward.id;
        List<DistrictMoves.Move> shifts = r.wardId() != null && d.ward != null && !r.wardId().equals(d.ward.id)
                ? List.of(new DistrictMoves.Move(id, d.ward.id, r.wardId())) : List.of();
        if (!shifts.isEmpty()) {
            moves.fire(new DistrictMoves(shifts, false));
        }
        District out = writes.update(api(), d, ifMatch, x -> {
            if (!x.code.equals(r.code()) && District.count("code", r.code()) > 0) {
                throw ProblemException.invalid("code", "already used by another district", "Unique");
            }
            apply(x, r);
        });
        if (!shifts.isEmpty()) {
            moves.fire(new DistrictMoves(shifts, true));
        }
        firedIfMoved(moved, out.id, from, out.ward.id);
        return toResponse(out);
    }

    /** Tells the features that keep figures by ward that a district (already written) changed ward. */
    public static void firedIfMoved(Event<DistrictMoved> moved, long id, long from, long to) {
        if (from != to) {
            moved.fire(new DistrictMoved(id, from, to));
        }
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        District d = find(id);
        // the version first: a stale If-Match is answered before the district's contents are judged
        Versions.check(ifMatch, d.version, () -> toResponse(d));
        deleting.fire(new DistrictDeleting(id));
        DistrictStatistics.delete("district.id", id);
        if (LiaisonAssignment.delete("district.id", id) > 0) {
            identities.changed(null);
        }
        writes.delete(DISTRICT, d);
    }

    private void apply(District d, DistrictRequest r) {
        Ward w = Ward.findById(r.wardId());
        if (w == null) {
            throw ProblemException.invalid("wardId", "no such ward", "Exists");
        }
        fill(d, r.code(), r.name(), r.kana(), w, r.communityHall(), r.note());
    }

    /** Stores valid values as the API and the import both store them: trimmed, kana as hiragana, blank as null. */
    public static void fill(District d, String code, String name, String kana, Ward ward, String communityHall,
            String note) {
        d.code = code;
        d.name = name.strip();
        d.kana = TextNormalizer.reading(kana);
        d.ward = ward;
        d.communityHall = Strings.blankToNull(communityHall);
        d.note = Strings.blankToNull(note);
        d.searchKey = TextNormalizer.searchKey(d.name, d.kana, d.code);
    }

    // ---- statistics -------------------------------------------------------------------------

    static StatisticsResponse toResponse(DistrictStatistics s) {
        return new StatisticsResponse(s.fiscalYear, s.population, s.households, s.version, s.createdAt, s.updatedAt);
    }

    public Page<StatisticsResponse> statistics(long districtId, PageParams p) {
        find(districtId);
        long total = DistrictStatistics.count("district.id", districtId);
        List<DistrictStatistics> rows = DistrictStatistics.<DistrictStatistics>find(
                "district.id = ?1 order by fiscalYear desc", districtId).page(p.page - 1, p.size).list();
        return new Page<>(rows.stream().map(DistrictService::toResponse).toList(), total, p.page, p.size);
    }

    public StatisticsResponse getStatistics(long districtId, int fiscalYear) {
        find(districtId);
        DistrictStatistics s = DistrictStatistics.<DistrictStatistics>find("district.id = ?1 and fiscalYear = ?2",
                districtId, fiscalYear).firstResult();
        if (s == null) {
            throw ProblemException.notFound("Statistics of fiscal year " + fiscalYear + " of district", districtId);
        }
        return toResponse(s);
    }

    public record Saved<T>(T body, boolean created) {
    }

    @Transactional
    public Saved<StatisticsResponse> putStatistics(long districtId, int fiscalYear, StatisticsRequest r, String ifMatch) {
        District d = find(districtId);
        if (!currentUser.isAdminOrOffice()) {
            throw ProblemException.forbidden("Only the office may record resident statistics");
        }
        DistrictStatistics s = DistrictStatistics.<DistrictStatistics>find("district.id = ?1 and fiscalYear = ?2",
                districtId, fiscalYear).firstResult();
        if (s != null) {
            return new Saved<>(toResponse(writes.update(STATISTICS, s, ifMatch, x -> {
                x.population = r.population();
                x.households = r.households();
            })), false);
        }
        s = new DistrictStatistics();
        s.district = d;
        s.fiscalYear = fiscalYear;
        s.population = r.population();
        s.households = r.households();
        return new Saved<>(toResponse(writes.create(STATISTICS, s)), true);
    }

    // ---- liaison assignments ----------------------------------------------------------------

    static AssignmentResponse toResponse(LiaisonAssignment a) {
        return new AssignmentResponse(a.id, a.district.id, a.user.id, a.user.displayName, a.startsOn, a.endsOn,
                a.version, a.createdAt, a.updatedAt);
    }

    public Page<AssignmentResponse> assignments(long districtId, PageParams p) {
        find(districtId);
        long total = LiaisonAssignment.count("district.id", districtId);
        List<LiaisonAssignment> rows = LiaisonAssignment.<LiaisonAssignment>find(
                "from LiaisonAssignment a join fetch a.user where a.district.id = ?1 order by a.startsOn desc, a.id",
                districtId).page(p.page - 1, p.size).list();
        return new Page<>(rows.stream().map(DistrictService::toResponse).toList(), total, p.page, p.size);
    }

    @Transactional
    public AssignmentResponse assign(long districtId, AssignmentRequest r) {
        LiaisonAssignment a = new LiaisonAssignment();
        a.district = find(districtId);
        applyAssignment(a, r);
        identities.changed(a.user.id);
        return toResponse(writes.create(ASSIGNMENT, a));
    }

    public LiaisonAssignment findAssignment(long id) {
        LiaisonAssignment a = LiaisonAssignment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Liaison assignment", id);
        }
        return a;
    }

    public AssignmentResponse getAssignment(long id) {
        LiaisonAssignment a = findAssignment(id);
        return toResponse(a);
    }

    @Transactional
    public AssignmentResponse updateAssignment(long id, AssignmentRequest r, String ifMatch) {
        LiaisonAssignment a = findAssignment(id);
        Long before = a.user.id;
        AssignmentResponse out = toResponse(writes.update(ASSIGNMENT, a, ifMatch, x -> applyAssignment(x, r)));
        identities.changed(before);
        identities.changed(a.user.id);
        return out;
    }

    @Transactional
    public void deleteAssignment(long id, String ifMatch) {
        LiaisonAssignment a = findAssignment(id);
        Long user = a.user.id;
        writes.delete(ASSIGNMENT, a, ifMatch);
        identities.changed(user);
    }

    private static void applyAssignment(LiaisonAssignment a, AssignmentRequest r) {
        AppUser u = AppUser.findById(r.userId());
        if (u == null || !Roles.LIAISON.equals(u.role)) {
            throw ProblemException.invalid("userId", "must be an account with the role LIAISON", "Liaison");
        }
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn", "DateOrder");
        }
        LiaisonAssignment other = LiaisonAssignment.<LiaisonAssignment>find("user.id = ?1 and district.id = ?2 and id <> ?3"
                + " and startsOn <= ?4 and (endsOn is null or endsOn >= ?5) order by startsOn", u.id, a.district.id,
                a.id == null ? -1L : a.id, r.endsOn() == null ? StrictJson.MAX_DATE : r.endsOn(), r.startsOn()).firstResult();
        if (other != null) {
            throw new ProblemException(ProblemType.CONFLICT, "この職員はその期間すでにこの校区の担当です / " + u.username
                    + " is already assigned to this district from " + other.startsOn
                    + (other.endsOn == null ? "" : " to " + other.endsOn) + " (assignment " + other.id
                    + "): change that assignment instead", "assignment-overlap",
                    List.of(new FieldProblem("startsOn", "overlaps assignment " + other.id, "Overlap")), null, Map.of());
        }
        a.user = u;
        a.startsOn = r.startsOn();
        a.endsOn = r.endsOn();
    }
}
