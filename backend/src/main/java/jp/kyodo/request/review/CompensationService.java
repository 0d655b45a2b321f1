package jp.kyodo.request.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.burden.LandingRule;
import jp.kyodo.request.review.CompensationRule.DistrictGroup;
import jp.kyodo.request.review.CompensationRule.Receiver;
import jp.kyodo.request.review.ReviewDtos.Compensation;
import jp.kyodo.request.review.ReviewDtos.CompensationAmounts;
import jp.kyodo.request.service.CityRequestService;

/** 費用弁償 of a request: the receiving organizations and their households read, {@link CompensationRule} applied. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompensationService {

    @Inject
    EntityManager em;

    @Inject
    CityRequestService requests;

    /**
     * 費用弁償 of a request: the formula of its COMPENSATE decision (or, as a preview, the one given), applied to
     * every receiving organization with the member households of the fiscal year's membership figures.
     */
    public CompensationAmounts compensation(long requestId, Integer fiscalYear, Long flat, Long perHousehold, PageParams p) {
        CityRequest r = requests.find(requestId);
        boolean decided = !CompensationRule.isPreview(flat, perHousehold);
        Compensation formula;
        if (decided) {
            ReviewItem i = ReviewItem.find("request.id = ?1 and decision = ?2 order by id desc", r.id, Decision.COMPENSATE)
                    .firstResult();
            if (i == null) {
                throw ProblemException.notFound("Compensation decision for request", requestId);
            }
            formula = new Compensation(i.compensationFlat, i.compensationPerHousehold);
        } else {
            formula = CompensationRule.preview(flat, perHousehold);
        }
        int fy = CompensationRule.fiscalYear(fiscalYear, r.fiscalYear);
        String from = " from city_request r" + LandingRule.JOIN
                + " left join district d on d.id = o.district_id"
                + " left join membership_figure m on m.organization_id = o.id and m.fiscal_year = :fy"
                + " where r.id = :id and" + LandingRule.WHERE;
        Query byDistrict = em.createNativeQuery("select d.id, d.name, count(*), sum(coalesce(m.member_households, 0))" + from
                + " group by d.id, d.code, d.name order by d.code");
        Query orgs = em.createNativeQuery("select o.id, o.code, o.name, d.id, d.name, m.member_households" + from
                + " order by d.code, o.code, o.id limit :lim offset :off");
        for (Query q : List.of(byDistrict, orgs)) {
            q.setParameter("fy", fy).setParameter("id", r.id);
        }
        orgs.setParameter("lim", p.size).setParameter("off", p.offset());
        List<DistrictGroup> groups = new ArrayList<>();
        for (Object row : byDistrict.getResultList()) {
            Object[] a = (Object[]) row;
            groups.add(new DistrictGroup(a[0] == null ? null : Rows.num(a[0]).longValue(), (String) a[1],
                    Rows.num(a[2]).longValue(), a[3] == null ? 0 : Rows.num(a[3]).longValue()));
        }
        List<Receiver> page = new ArrayList<>();
        for (Object row : orgs.getResultList()) {
            Object[] a = (Object[]) row;
            page.add(new Receiver(Rows.num(a[0]).longValue(), (String) a[1], (String) a[2],
                    a[3] == null ? null : Rows.num(a[3]).longValue(), (String) a[4],
                    a[5] == null ? null : Rows.num(a[5]).intValue()));
        }
        return CompensationRule.amounts(r.id, fy, formula, decided, groups, page, p.page, p.size);
    }
}
