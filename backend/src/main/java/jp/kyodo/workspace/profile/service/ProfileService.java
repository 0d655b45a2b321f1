package jp.kyodo.workspace.profile.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.district.District;
import jp.kyodo.membership.JoinRate;
import jp.kyodo.request.burden.BurdenService;
import jp.kyodo.request.burden.LandingRule;
import jp.kyodo.workspace.map.service.MapMetricsService;
import jp.kyodo.workspace.profile.ProfileDtos.AssociationTrend;
import jp.kyodo.workspace.profile.ProfileDtos.DistrictProfile;
import jp.kyodo.workspace.profile.ProfileDtos.Initiative;
import jp.kyodo.workspace.profile.ProfileDtos.RequestLanding;
import jp.kyodo.workspace.profile.ProfileDtos.Meeting;
import jp.kyodo.workspace.profile.ProfileDtos.Report;
import jp.kyodo.workspace.profile.ProfileDtos.HouseholdSource;
import jp.kyodo.workspace.profile.ProfileDtos.Households;
import jp.kyodo.workspace.profile.ProfileDtos.YearRate;

/**
 * 校区カルテ: one query per section (association figures of five years, requests landing, meetings with their
 * agenda, reports, bound initiatives) — never one per association or per request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileService {

    static final int YEARS = 5;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MapMetricsService metrics;

    public DistrictProfile profile(long districtId, Integer fiscalYear) {
        if (District.findById(districtId) == null) {
            throw ProblemException.notFound("District", districtId);
        }
        int fy = fiscalYear != null ? fiscalYear : metrics.defaultFiscalYear(LocalDate.now(clock));

        // associations and the district, five years
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<YearRate>> years = new LinkedHashMap<>();
        Map<Integer, long[]> sums = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select o.id, o.name, m.fiscal_year, m.households, m.member_households"
                + " from membership_figure m join organization o on o.id = m.organization_id"
                + " where o.district_id = :d and m.fiscal_year between :from and :fy order by o.kana, o.id, m.fiscal_year")
                .setParameter("d", districtId).setParameter("from", fy - YEARS + 1).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            long id = Rows.num(a[0]).longValue();
            int y = Rows.num(a[2]).intValue();
            long h = Rows.num(a[3]).longValue();
            long mh = Rows.num(a[4]).longValue();
            names.put(id, (String) a[1]);
            years.computeIfAbsent(id, k -> new ArrayList<>()).add(new YearRate(y, h, mh, JoinRate.of(mh, h)));
        }
        // the district's sums: its kept totals (membership.service.MembershipTotals)
        for (Object row : em.createNativeQuery("select fiscal_year, households, member_households from membership_total_district"
                + " where district_id = :d and fiscal_year between :from and :fy")
                .setParameter("d", districtId).setParameter("from", fy - YEARS + 1).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            sums.put(Rows.num(a[0]).intValue(), new long[] {Rows.num(a[1]).longValue(), Rows.num(a[2]).longValue()});
        }
        List<AssociationTrend> associations = new ArrayList<>();
        names.forEach((id, name) -> associations.add(new AssociationTrend(id, name, years.get(id))));
        List<YearRate> district = new ArrayList<>();
        for (int y = fy - YEARS + 1; y <= fy; y++) {
            long[] s = sums.get(y);
            if (s != null) {
                district.add(new YearRate(y, s[0], s[1], JoinRate.of(s[1], s[0])));
            }
        }

        // the year's households from both sources: the rate's (associations) and the registry's (statistics)
        long[] year = sums.get(fy);
        Long byAssociations = year == null ? null : year[0];
        Long byRegistry = em.createQuery("select s.households from DistrictStatistics s where s.district.id = :d"
                + " and s.fiscalYear = :fy", Integer.class).setParameter("d", districtId).setParameter("fy", fy)
                .getResultStream().findFirst().map(Integer::longValue).orElse(null);
        Households households = new Households(fy, byAssociations, byRegistry,
                byAssociations == null || byRegistry == null ? null : byRegistry - byAssociations,
                HouseholdSource.ASSOCIATIONS);

        // requests landing on the district's organizations
        List<RequestLanding> requests = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Object row : em.createNativeQuery("select r.id, r.title, s.name, r.kind, count(*), sum(" + BurdenService.HOURS_PER_ORG + ") as h"
                + " from city_request r join section s on s.id = r.section_id" + LandingRule.JOIN
                + " where r.fiscal_year = :fy and" + BurdenService.COUNTED + " and o.district_id = :d and" + LandingRule.WHERE
                + " group by r.id, r.title, s.name, r.kind order by h desc, r.id")
                .setParameter("fy", fy).setParameter("d", districtId).getResultList()) {
            Object[] a = (Object[]) row;
            BigDecimal h = BurdenService.hours(Rows.dec(a[5]));
            total = total.add(h);
            requests.add(new RequestLanding(Rows.num(a[0]).longValue(), (String) a[1], (String) a[2], (String) a[3],
                    Rows.num(a[4]).longValue(), h));
        }

        // meetings of the district's bodies, with their agenda
        Map<Long, Object[]> meetingRows = new LinkedHashMap<>();
        Map<Long, List<String>> agenda = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select cm.id, b.name_ja, cm.meeting_number, cm.held_on, cm.title, ai.title as item"
                + " from council_meeting cm join council_body b on b.id = cm.body_id join organization o on o.id = b.organization_id"
                + " left join agenda_item ai on ai.meeting_id = cm.id"
                + " where o.district_id = :d and cm.fiscal_year = :fy order by cm.held_on, cm.id, ai.item_order")
                .setParameter("d", districtId).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            long id = Rows.num(a[0]).longValue();
            meetingRows.putIfAbsent(id, a);
            List<String> items = agenda.computeIfAbsent(id, k -> new ArrayList<>());
            if (a[5] != null) {
                items.add((String) a[5]);
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        meetingRows.forEach((id, a) -> meetings.add(new Meeting(id, (String) a[1], a[2] == null ? null : Rows.num(a[2]).intValue(),
                date(a[3]), (String) a[4], agenda.get(id))));

        List<Report> reports = new ArrayList<>();
        for (Object row : em.createNativeQuery("select u.id, u.report_type, u.title, u.received_on from upward_report u"
                + " where u.district_id = :d and u.fiscal_year = :fy order by u.received_on desc, u.id desc")
                .setParameter("d", districtId).setParameter("fy", fy).getResultList()) {
            Object[] a = (Object[]) row;
            reports.add(new Report(Rows.num(a[0]).longValue(), (String) a[1], (String) a[2], date(a[3])));
        }

        List<Initiative> initiatives = new ArrayList<>();
        for (Object row : em.createNativeQuery("select distinct i.id, p.id as pid, p.name, i.title, i.ref_key from initiative i"
                + " join plan p on p.id = i.plan_id where exists (select 1 from progress_report pr join progress_indicator pi"
                + " on pi.report_id = pr.id where pr.initiative_id = i.id and pi.scope_level = 'DISTRICT' and pi.scope_id = :d)"
                + " order by p.id, i.ref_key").setParameter("d", districtId).getResultList()) {
            Object[] a = (Object[]) row;
            initiatives.add(new Initiative(Rows.num(a[0]).longValue(), Rows.num(a[1]).longValue(), (String) a[2], (String) a[3]));
        }
        return new DistrictProfile(districtId, fy, district, households, associations, BurdenService.hours(total), requests, meetings,
                reports, initiatives);
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
