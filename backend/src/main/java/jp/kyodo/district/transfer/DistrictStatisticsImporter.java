package jp.kyodo.district.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.district.District;
import jp.kyodo.district.DistrictDtos.StatisticsRequest;
import jp.kyodo.district.DistrictStatistics;
import jp.kyodo.district.service.DistrictService;

/**
 * 人口・世帯数の取込 — statistics by (district code, fiscal year), the bulk form of
 * {@code PUT /districts/{id}/statistics/{fiscalYear}}: the same rules (StatisticsRequest, a fiscal year from 1950
 * to 2100, a stored district) and the same write path, so each change reads in the district's history as an edit.
 */
@ApplicationScoped
class DistrictStatisticsImporter implements Importer<DistrictStatisticsImporter.State> {

    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Writes writes;

    record State(DistrictStatistics existing, District district, int fiscalYear, int population, int households) {
    }

    @Override
    public DatasetSpec dataset() {
        return DistrictStatisticsDataset.SPEC;
    }

    static String key(String districtCode, Integer fiscalYear) {
        return districtCode + "/" + (fiscalYear == null ? "" : fiscalYear);
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(codes, r.text("districtCode"));
        }
        Map<String, District> districts = Bulk.byKey(codes, keys -> em.createQuery(
                "from District d where d.code in :keys", District.class).setParameter("keys", keys).getResultList(),
                d -> d.code);
        Map<String, DistrictStatistics> stored = Bulk.byKey(codes, keys -> em.createQuery(
                "select s from DistrictStatistics s join fetch s.district d where d.code in :keys",
                DistrictStatistics.class).setParameter("keys", keys).getResultList(),
                s -> key(s.district.code, s.fiscalYear));

        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String code = r.text("districtCode");
            Integer fy = r.integer("fiscalYear");
            if (code == null) {
                r.error("districtCode", "must not be blank", "NotBlank");
            }
            if (fy == null && !r.hasError("fiscalYear")) {
                r.error("fiscalYear", "must not be blank", "NotNull");
            } else if (fy != null && (fy < MIN_YEAR || fy > MAX_YEAR)) {
                r.error("fiscalYear", "must be between " + MIN_YEAR + " and " + MAX_YEAR, "Range");
                fy = null;
            }
            String key = code == null ? null : key(code, fy);
            if (code != null && fy != null) {
                Integer first = firstRow.putIfAbsent(key, r.number());
                if (first != null) {
                    r.error(null, "the same district and fiscal year are already in row " + first, "Duplicate");
                }
            }
            District d = code == null ? null : districts.get(code);
            if (code != null && d == null) {
                r.error("districtCode", "no district has the code '" + code + "'", "Exists");
            }
            DistrictStatistics s = key == null || fy == null ? null : stored.get(key);
            if (d != null && fy != null) {
                r.expectVersion(s == null ? null : s.version);
            }
            Integer population = r.has("population") ? r.integer("population") : s == null ? null : s.population;
            Integer households = r.has("households") ? r.integer("households") : s == null ? null : s.households;
            r.violations(validator.validate(new StatisticsRequest(population, households)), Map.of());
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            State state = new State(s, d, fy, population, households);
            List<String> changed = new ArrayList<>();
            if (s != null && s.population != population) {
                changed.add("population");
            }
            if (s != null && s.households != households) {
                changed.add("households");
            }
            plan.add(Planned.of(r, key, s != null, changed, state));
        }
        return plan;
    }

    /** Each changed row through the statistics' one write path (history under the district, change feed). */
    @Override
    public void apply(List<Planned<State>> plan) {
        ImportWrites.apply(writes, DistrictService.STATISTICS, plan, State::existing, s -> {
            DistrictStatistics x = new DistrictStatistics();
            x.district = s.district();
            x.fiscalYear = s.fiscalYear();
            return x;
        }, (x, s) -> {
            x.population = s.population();
            x.households = s.households();
        });
    }
}
