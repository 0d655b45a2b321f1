package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.participation.JoinAgreement;
import jp.kyodo.participation.JoinPromotionDtos.AgreementRequest;
import jp.kyodo.participation.JoinPromotionDtos.AgreementResponse;
import jp.kyodo.participation.JoinPromotionDtos.LeafletRequest;
import jp.kyodo.participation.JoinPromotionDtos.LeafletResponse;
import jp.kyodo.participation.LeafletDistribution;
import jp.kyodo.ward.Ward;

/**
 * チラシ・ウェルカムパックの配布 per ward and month (one row per ward, month, kind and place) and 関係団体との協定 —
 * the office's records of the plan's outreach measures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JoinOutreach {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    Clock clock;

    static final Aggregate<LeafletDistribution> LEAFLET = Aggregate.<LeafletDistribution>of("LeafletDistribution", l -> l.id,
            l -> l.version, JoinOutreach::leafletState);

    static final Aggregate<JoinAgreement> AGREEMENT = Aggregate.<JoinAgreement>of("JoinAgreement", a -> a.id, a -> a.version,
            JoinOutreach::agreementState);

    static Map<String, Object> leafletState(LeafletDistribution l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wardId", l.ward.id);
        m.put("month", YearMonth.from(l.monthStart).toString());
        m.put("kind", l.kind);
        m.put("place", l.place);
        m.put("copies", l.copies);
        m.put("note", l.note);
        return m;
    }

    static Map<String, Object> agreementState(JoinAgreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("partner", a.partner);
        m.put("title", a.title);
        m.put("concludedOn", a.concludedOn);
        m.put("endsOn", a.endsOn);
        m.put("wardId", a.ward == null ? null : a.ward.id);
        m.put("summary", a.summary);
        return m;
    }

    // ---- leaflets ------------------------------------------------------------------------------------

    static LeafletResponse toResponse(LeafletDistribution l) {
        return new LeafletResponse(l.id, l.ward.id, l.ward.name, YearMonth.from(l.monthStart).toString(), l.fiscalYear, l.kind, l.place,
                l.copies, l.note, l.version, l.createdAt, l.updatedAt);
    }

    public Page<LeafletResponse> leaflets(Integer fiscalYear, Long wardId, PageParams page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (fiscalYear != null) {
            where.append(" and l.fiscalYear = :fy");
            params.put("fy", fiscalYear);
        }
        if (wardId != null) {
            where.append(" and w.id = :ward");
            params.put("ward", wardId);
        }
        return JpqlPage.of(em, "select count(l) from LeafletDistribution l join l.ward w" + where,
                "select l from LeafletDistribution l join fetch l.ward w" + where + " order by l.monthStart desc, w.code, l.kind, l.place, l.id",
                LeafletDistribution.class, params, page, Keyset.NONE).map(JoinOutreach::toResponse);
    }

    LeafletDistribution findLeaflet(long id) {
        LeafletDistribution l = LeafletDistribution.findById(id);
        if (l == null) {
            throw ProblemException.notFound("Leaflet distribution", id);
        }
        return l;
    }

    public LeafletResponse getLeaflet(long id) {
        return toResponse(findLeaflet(id));
    }

    @Transactional
    public LeafletResponse createLeaflet(LeafletRequest r) {
        LeafletDistribution l = new LeafletDistribution();
        apply(l, r);
        return toResponse(writes.create(LEAFLET.withRepresentation(JoinOutreach::toResponse), l));
    }

    @Transactional
    public LeafletResponse updateLeaflet(long id, LeafletRequest r, String ifMatch) {
        LeafletDistribution l = findLeaflet(id);
        return toResponse(writes.update(LEAFLET.withRepresentation(JoinOutreach::toResponse), l, ifMatch, x -> apply(x, r)));
    }

    @Transactional
    public void deleteLeaflet(long id, String ifMatch) {
        writes.delete(LEAFLET.withRepresentation(JoinOutreach::toResponse), findLeaflet(id), ifMatch);
    }

    private void apply(LeafletDistribution l, LeafletRequest r) {
        Ward w = Ward.findById(r.wardId());
        if (w == null) {
            throw ProblemException.invalid("wardId", "no such ward", "Exists");
        }
        LocalDate month = YearMonth.parse(r.month()).atDay(1);
        String place = r.place().strip();
        if (LeafletDistribution.count("ward.id = ?1 and monthStart = ?2 and kind = ?3 and place = ?4 and id <> ?5", w.id, month, r.kind(),
                place, l.id == null ? -1L : l.id) > 0) {
            throw ProblemException.invalid("place", "this ward, month, kind and place are already recorded; change that row", "Unique");
        }
        l.ward = w;
        l.monthStart = month;
        l.fiscalYear = Japanese.fiscalYearOf(month);
        l.kind = r.kind();
        l.place = place;
        l.copies = r.copies();
        l.note = Strings.blankToNull(r.note());
    }

    // ---- agreements ------------------------------------------------------------------------------------

    AgreementResponse toResponse(JoinAgreement a) {
        LocalDate today = LocalDate.now(clock);
        boolean current = !a.concludedOn.isAfter(today) && (a.endsOn == null || !a.endsOn.isBefore(today));
        return new AgreementResponse(a.id, a.partner, a.title, a.concludedOn, a.endsOn, a.ward == null ? null : a.ward.id,
                a.ward == null ? null : a.ward.name, a.summary, current, a.version, a.createdAt, a.updatedAt);
    }

    public List<AgreementResponse> agreements() {
        return em.createQuery("select a from JoinAgreement a left join fetch a.ward order by a.concludedOn desc, a.id", JoinAgreement.class)
                .getResultList().stream().map(this::toResponse).toList();
    }

    JoinAgreement findAgreement(long id) {
        JoinAgreement a = JoinAgreement.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Agreement", id);
        }
        return a;
    }

    public AgreementResponse getAgreement(long id) {
        return toResponse(findAgreement(id));
    }

    @Transactional
    public AgreementResponse createAgreement(AgreementRequest r) {
        JoinAgreement a = new JoinAgreement();
        apply(a, r);
        return toResponse(writes.create(AGREEMENT.withRepresentation(this::toResponse), a));
    }

    @Transactional
    public AgreementResponse updateAgreement(long id, AgreementRequest r, String ifMatch) {
        return toResponse(writes.update(AGREEMENT.withRepresentation(this::toResponse), findAgreement(id), ifMatch, x -> apply(x, r)));
    }

    @Transactional
    public void deleteAgreement(long id, String ifMatch) {
        writes.delete(AGREEMENT.withRepresentation(this::toResponse), findAgreement(id), ifMatch);
    }

    private void apply(JoinAgreement a, AgreementRequest r) {
        Ward w = null;
        if (r.wardId() != null) {
            w = Ward.findById(r.wardId());
            if (w == null) {
                throw ProblemException.invalid("wardId", "no such ward", "Exists");
            }
        }
        if (r.endsOn() != null && r.endsOn().isBefore(r.concludedOn())) {
            throw ProblemException.invalid("endsOn", "must not be before concludedOn", "DateOrder");
        }
        a.partner = r.partner().strip();
        a.title = r.title().strip();
        a.concludedOn = r.concludedOn();
        a.endsOn = r.endsOn();
        a.ward = w;
        a.summary = Strings.blankToNull(r.summary());
    }
}
