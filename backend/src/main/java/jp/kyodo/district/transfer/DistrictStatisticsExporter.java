package jp.kyodo.district.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;

/** 人口・世帯数の出力 — in one query, filtered by wardId, districtId and fiscalYear, by district code and year. */
@ApplicationScoped
class DistrictStatisticsExporter implements Exporter {

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return DistrictStatisticsDataset.SPEC;
    }

    @Override
    public List<Object[]> rows(ExportFilter f) {
        return new JpqlWhere()
                .and("w.id = :ward", "ward", f.id("wardId"))
                .and("d.id = :district", "district", f.id("districtId"))
                .and("s.fiscalYear = :fy", "fy", f.integer("fiscalYear"))
                .list(em, "select d.code, d.name, s.fiscalYear, s.population, s.households, s.version"
                        + " from DistrictStatistics s join s.district d join d.ward w",
                        " order by d.code, s.fiscalYear", Object[].class);
    }
}
