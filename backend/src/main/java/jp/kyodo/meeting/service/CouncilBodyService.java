package jp.kyodo.meeting.service;

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
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Versions;
import jp.kyodo.meeting.BodySide;
import jp.kyodo.meeting.CouncilBody;
import jp.kyodo.meeting.QuorumRule;
import jp.kyodo.meeting.MembershipDtos.SeatResponse;
import jp.kyodo.meeting.CouncilMeeting;
import jp.kyodo.meeting.MeetingDtos.CouncilBodyRequest;
import jp.kyodo.meeting.MeetingDtos.CouncilBodyResponse;
import jp.kyodo.organization.Organization;

/** 会議体 — the council bodies the city reports to, with the names a meeting log may use for them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CouncilBodyService {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    BodyMembership membership;

    // ---- council bodies ---------------------------------------------------------------------

    public List<CouncilBodyResponse> bodies(Long organizationId) {
        String jpql = "select b from CouncilBody b left join fetch b.organization"
                + (organizationId == null ? "" : " where b.organization.id = :org") + " order by b.sortOrder, b.code";
        var q = em.createQuery(jpql, CouncilBody.class);
        if (organizationId != null) {
            q.setParameter("org", organizationId);
        }
        List<CouncilBody> list = q.getResultList();
        Map<Long, List<SeatResponse>> seats = membership.seatsOf(list.stream().map(b -> b.id).toList());
        return list.stream().map(b -> toResponse(b, seats.getOrDefault(b.id, List.of()))).toList();
    }

    public CouncilBody findBody(long id) {
        CouncilBody b = CouncilBody.findById(id);
        if (b == null) {
            throw ProblemException.notFound("Council body", id);
        }
        return b;
    }

    public CouncilBodyResponse getBody(long id) {
        return toResponse(findBody(id));
    }

    CouncilBodyResponse toResponse(CouncilBody b) {
        return toResponse(b, b.id == null ? List.of() : membership.seatsOf(List.of(b.id)).getOrDefault(b.id, List.of()));
    }

    static CouncilBodyResponse toResponse(CouncilBody b, List<SeatResponse> seats) {
        return new CouncilBodyResponse(b.id, b.code, b.nameJa, b.nameEn, b.kind,
                b.organization == null ? null : b.organization.id, b.organization == null ? null : b.organization.name,
                b.aliasList(), b.sortOrder, b.side, b.quorum, b.proxiesCount, seats.stream().mapToInt(SeatResponse::seatsToday).sum(),
                seats.stream().mapToInt(SeatResponse::vacant).sum(), b.version, b.createdAt, b.updatedAt);
    }

    /** 会議体: history stores its fields. */
    static final Aggregate<CouncilBody> BODY = Aggregate.<CouncilBody>of("CouncilBody", b -> b.id, b -> b.version,
            CouncilBodyService::auditState);

    /** {@link #BODY}, answering a stale If-Match with the API's representation. */
    private Aggregate<CouncilBody> api() {
        return BODY.withRepresentation(this::toResponse);
    }

    static Map<String, Object> auditState(CouncilBody b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code);
        m.put("nameJa", b.nameJa);
        m.put("nameEn", b.nameEn);
        m.put("kind", b.kind);
        m.put("organizationId", b.organization == null ? null : b.organization.id);
        m.put("aliases", b.aliasList());
        m.put("sortOrder", b.sortOrder);
        m.put("side", b.side);
        m.put("quorum", b.quorum);
        m.put("proxiesCount", b.proxiesCount);
        return m;
    }

    @Transactional
    public CouncilBodyResponse createBody(CouncilBodyRequest r) {
        CouncilBody b = new CouncilBody();
        applyBody(b, r);
        return toResponse(writes.create(api(), b));
    }

    @Transactional
    public CouncilBodyResponse updateBody(long id, CouncilBodyRequest r, String ifMatch) {
        CouncilBody b = findBody(id);
        writes.update(api(), b, ifMatch, x -> applyBody(x, r));
        membership.refreshFigures(b);
        return toResponse(b);
    }

    @Transactional
    public void deleteBody(long id, String ifMatch) {
        CouncilBody b = findBody(id);
        Versions.check(ifMatch, b.version, () -> toResponse(b));
        long meetings = CouncilMeeting.count("body.id", id);
        if (meetings > 0) {
            throw ProblemException.conflict("The body has " + meetings + " meetings; delete them first");
        }
        long seats = jp.kyodo.meeting.CouncilSeat.count("body.id", id);
        if (seats > 0) {
            throw ProblemException.conflict("The body has " + seats + " seats; delete them first");
        }
        writes.delete(api(), b);
    }

    private void applyBody(CouncilBody b, CouncilBodyRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = r.code().strip();
        if (CouncilBody.count("code = ?1 and id <> ?2", code, b.id == null ? -1L : b.id) > 0) {
            errors.add(new FieldProblem("code", "already used by another council body", "Unique"));
        }
        Organization org = null;
        if (r.organizationId() != null) {
            org = Organization.findById(r.organizationId());
            if (org == null) {
                errors.add(new FieldProblem("organizationId", "no such organization", "Exists"));
            }
        }
        List<String> names = new ArrayList<>();
        names.add(r.nameJa().strip());
        if (r.aliases() != null) {
            r.aliases().stream().map(String::strip).filter(a -> !names.contains(a)).forEach(names::add);
        }
        // The meeting-log import finds a body by name: a name must point to one body only.
        Map<String, CouncilBody> taken = nameIndex(CouncilBody.<CouncilBody>listAll().stream()
                .filter(x -> !Objects.equals(x.id, b.id)).toList());
        for (int i = 0; i < names.size(); i++) {
            CouncilBody other = taken.get(TextNormalizer.fold(names.get(i)));
            if (other != null) {
                errors.add(new FieldProblem(i == 0 ? "nameJa" : "aliases", "'" + names.get(i)
                        + "' is already a name of the council body " + other.code, "Unique"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        b.code = code;
        b.nameJa = r.nameJa().strip();
        b.nameEn = r.nameEn().strip();
        b.kind = r.kind();
        b.organization = org;
        b.aliases = names.size() > 1 ? String.join("\n", names.subList(1, names.size())) : null;
        b.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
        b.side = r.side() == null ? BodySide.COMMUNITY : r.side();
        b.quorum = r.quorum() == null ? QuorumRule.NONE : r.quorum();
        b.proxiesCount = Boolean.TRUE.equals(r.proxiesCount());
    }

    /** Every body by its folded name, aliases and code: how a meeting log names a body. */
    public static Map<String, CouncilBody> nameIndex(List<CouncilBody> bodies) {
        Map<String, CouncilBody> m = new HashMap<>();
        for (CouncilBody b : bodies) {
            m.putIfAbsent(TextNormalizer.fold(b.nameJa), b);
            b.aliasList().forEach(a -> m.putIfAbsent(TextNormalizer.fold(a), b));
        }
        for (CouncilBody b : bodies) {
            m.putIfAbsent(TextNormalizer.fold(b.code), b);
        }
        return m;
    }
}
