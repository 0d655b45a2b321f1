package jp.kyodo.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodo.common.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.burden.BurdenService;

/** 依頼等 as a spreadsheet: the filtered inventory in the columns of the city-requests dataset. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CityRequestExportService {

    @Inject
    EntityManager em;

    @Inject
    BurdenService burden;

    @Inject
    CityRequestService requests;

    /**
     * labels=ja: kind, asks, receiving kinds, channel and status as the labels the request import reads (a kind's
     * label from the reference data), mandatory as はい/いいえ.
     */
    public jp.kyodo.common.transfer.ValueLabels labels() {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        jp.kyodo.organization.OrganizationKind.<jp.kyodo.organization.OrganizationKind>listAll()
                .forEach(k -> kinds.put(k.code, k.labelJa));
        return jp.kyodo.common.transfer.ValueLabels.of(jp.kyodo.request.transfer.CityRequestDataset.SPEC)
                .column("kind", jp.kyodo.common.transfer.ValueLabels.labels(jp.kyodo.request.RequestKind.class, k -> k.labelJa))
                .list("asks", jp.kyodo.common.transfer.ValueLabels.labels(jp.kyodo.request.Ask.class, a -> a.labelJa))
                .list("receiverKinds", kinds)
                .column("channel", jp.kyodo.common.transfer.ValueLabels.labels(jp.kyodo.request.Channel.class, c -> c.labelJa))
                .column("status", jp.kyodo.common.transfer.ValueLabels.labels(jp.kyodo.request.RequestStatus.class, s -> s.labelJa));
    }

    // ---- export ------------------------------------------------------------------------------------------

    /**
     * The filtered inventory in the columns of Dataset.CITY_REQUESTS, ordered by code: one query for the requests,
     * one per kind of child row and per 1,000 requests, one for the receiving organizations.
     */
    public List<Object[]> exportRows(CityRequestService.Filter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        requests.where(f, where, params);
        var query = em.createQuery("select r from CityRequest r join fetch r.section s join fetch s.department d"
                + where + " order by r.code", CityRequest.class);
        params.forEach(query::setParameter);
        List<CityRequest> rows = query.getResultList();
        Map<Long, List<String>> asks = new HashMap<>();
        Map<Long, List<String>> kinds = new HashMap<>();
        Map<Long, List<String>> districts = new HashMap<>();
        Map<Long, List<String>> wards = new HashMap<>();
        Map<Long, Map<Integer, Integer>> months = new HashMap<>();
        Map<Long, Long> orgs = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            children("select request_id, ask from city_request_ask where request_id in (:ids) order by ask", chunk)
                    .forEach(a -> asks.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select request_id, kind_code from city_request_receiver_kind where request_id in (:ids) order by kind_code", chunk)
                    .forEach(a -> kinds.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select x.request_id, d.code from city_request_district x join district d on d.id = x.district_id"
                    + " where x.request_id in (:ids) order by d.code", chunk)
                    .forEach(a -> districts.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select x.request_id, w.code from city_request_ward x join ward w on w.id = x.ward_id"
                    + " where x.request_id in (:ids) order by w.code", chunk)
                    .forEach(a -> wards.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new ArrayList<>()).add((String) a[1]));
            children("select request_id, month_no, times from city_request_month where request_id in (:ids)", chunk)
                    .forEach(a -> months.computeIfAbsent(Rows.num(a[0]).longValue(), k -> new TreeMap<>())
                            .put(Rows.num(a[1]).intValue(), Rows.num(a[2]).intValue()));
            orgs.putAll(burden.organizationCounts(chunk));
        }
        List<Object[]> out = new ArrayList<>(rows.size());
        for (CityRequest r : rows) {
            Map<Integer, Integer> m = months.getOrDefault(r.id, Map.of());
            List<String> monthText = new ArrayList<>();
            for (int month : BurdenService.FISCAL_MONTHS) {
                Integer t = m.get(month);
                if (t != null) {
                    monthText.add(t == 1 ? Integer.toString(month) : month + "x" + t);
                }
            }
            BigDecimal annual = r.hoursPerOrganizationPerYear().multiply(BigDecimal.valueOf(orgs.getOrDefault(r.id, 0L)));
            out.add(new Object[] {r.code, r.title, r.section.code, r.section.name, r.fiscalYear, r.kind.name(),
                    String.join(";", asks.getOrDefault(r.id, List.of())), String.join(";", kinds.getOrDefault(r.id, List.of())),
                    r.allDistricts ? "" : String.join(";", districts.getOrDefault(r.id, List.of())),
                    r.allDistricts ? "" : String.join(";", wards.getOrDefault(r.id, List.of())), r.channel.name(),
                    String.join(";", monthText), r.deadlineDays, r.deadlineNote, r.headCount, r.mandatory, r.people,
                    r.hoursPerPerson.stripTrailingZeros().toPlainString(), r.status.name(), r.description,
                    BurdenService.hours(annual).toPlainString(), r.version});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> children(String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }
}
